import Foundation
import GRDB
import TestSupport
import Testing

@testable import Tracking

/// Opening, migrating and protecting the store.
struct StoreTests {
    @Test func aNewStoreIsCreatedInWALModeWithEveryMigration() throws {
        let folder = try TemporaryFolder()
        let store = try folder.openStore()
        #expect(FileManager.default.fileExists(atPath: folder.store))
        #expect(try store.appliedMigrations() == SQLiteStore.migrator.migrations)
        let mode = try DatabaseQueue(path: folder.store).read { try String.fetchOne($0, sql: "PRAGMA journal_mode") }
        #expect(mode == "wal")
        #expect(try store.integrityCheck() == ["ok"])
        // Opening again changes nothing and writes no backup.
        _ = try folder.openStore()
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path + "/.countdown")
        #expect(!files.contains { $0.contains(".before-") })
    }

    @Test func readingCommandsCreateNothing() throws {
        let folder = try TemporaryFolder()
        #expect(try SQLiteStore.openIfPresent(path: folder.store) == nil)
        #expect(!FileManager.default.fileExists(atPath: folder.store))
    }

    @Test func aStoreFromANewerCountdownIsRefused() throws {
        let folder = try TemporaryFolder()
        _ = try folder.openStore()
        try DatabaseQueue(path: folder.store).write {
            try $0.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v9-from-the-future')")
        }
        #expect(throws: StoreError.newerStore(path: folder.store, unknownMigrations: ["v9-from-the-future"])) {
            try folder.openStore()
        }
        let message = StoreError.newerStore(path: "t.sqlite", unknownMigrations: ["v9"]).description
        #expect(message.contains("newer countdown") && message.contains("upgrade countdown"))
    }

    @Test func anOlderStoreIsBackedUpThenMigrated() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.createDirectory(
            atPath: folder.path + "/.countdown", withIntermediateDirectories: true)
        let first = SQLiteStore.migrator.migrations[0]
        let queue = try DatabaseQueue(path: folder.store, configuration: SQLiteStore.configuration())
        try SQLiteStore.migrate(queue, path: folder.store, upTo: first)
        try queue.write { db in
            try db.execute(
                sql: """
                    INSERT INTO planRevision (planID, file, contentHash, snapshot, syncedAt)
                    VALUES ('old-plan', 'plans/old.yaml', 'abc', '{}', '2009-01-01T00:00:00Z')
                    """)
        }
        try queue.close()

        let store = try folder.openStore()
        #expect(try store.appliedMigrations() == SQLiteStore.migrator.migrations)
        #expect(try store.revisions(of: "old-plan").count == 1)
        let backup = folder.store + ".before-" + SQLiteStore.migrator.migrations[1]
        #expect(FileManager.default.fileExists(atPath: backup))
        let backedUp = try DatabaseQueue(path: backup).read { db in
            (try SQLiteStore.migrator.appliedMigrations(db), try db.tableExists("actual"))
        }
        #expect(backedUp.0 == [first])
        #expect(backedUp.1 == false)
    }

    @Test func aVersion3StoreGetsItsRevisionsDueDatesFromTheirSnapshots() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.createDirectory(
            atPath: folder.path + "/.countdown", withIntermediateDirectories: true)
        let queue = try DatabaseQueue(path: folder.store, configuration: SQLiteStore.configuration())
        try SQLiteStore.migrate(queue, path: folder.store, upTo: "v3-report-runs")
        let snapshots = [
            PlanSnapshot(Fixture.plan(dues: ["pharmacy-les": "2009-06-30", "clinics": "2009-09-30"])).encoded(),
            PlanSnapshot(Fixture.plan(dues: ["pharmacy-les": "2009-08-31", "clinics": "2009-09-30"])).encoded(),
        ]
        try queue.write { db in
            for snapshot in snapshots + ["not a snapshot"] {
                try db.execute(
                    sql: """
                        INSERT INTO planRevision (planID, file, contentHash, snapshot, syncedAt)
                        VALUES ('tobacco-control', 'plans/tobacco-control.yaml', 'abc', ?, '2009-01-01T00:00:00Z')
                        """, arguments: [snapshot])
            }
        }
        try queue.close()

        let store = try folder.openStore()
        #expect(try store.appliedMigrations() == SQLiteStore.migrator.migrations)
        let evidence = try #require(try store.evidence(for: ["tobacco-control"])["tobacco-control"])
        #expect(
            evidence.dueHistory == [
                "pharmacy-les": [Fixture.day("2009-06-30"), Fixture.day("2009-08-31")],
                "clinics": [Fixture.day("2009-09-30"), Fixture.day("2009-09-30")],
            ])
    }

    @Test func historyTablesAreAppendOnly() throws {
        let folder = try TemporaryFolder()
        let store = try folder.openStore()
        let entry = try Fixture.catalog.actual(
            address: "tobacco-control/smoking-prevalence", date: "2009-09-30", value: "28.1", source: nil, note: nil)
        _ = try store.record(entry, provenance: Fixture.me)
        let plan = PlanFile(plan: Fixture.plan(), relativePath: "plans/p.yaml", absolutePath: "/p.yaml", text: "p")
        _ = try store.sync([plan])
        let queue = try DatabaseQueue(path: folder.store)
        #expect(throws: DatabaseError.self) { try queue.write { try $0.execute(sql: "UPDATE actual SET value = 1") } }
        #expect(throws: DatabaseError.self) { try queue.write { try $0.execute(sql: "DELETE FROM actual") } }
        #expect(throws: DatabaseError.self) { try queue.write { try $0.execute(sql: "DELETE FROM planRevision") } }
        #expect(throws: DatabaseError.self) {
            try queue.write { try $0.execute(sql: "UPDATE planRevision SET planID = 'other'") }
        }
        #expect(try store.actualHistory(planID: "tobacco-control", measureID: "smoking-prevalence").count == 1)
    }

    @Test(arguments: StoreBackend.allCases) func notADatabaseIsAClearError(on backend: StoreBackend) throws {
        let folder = try TemporaryFolder()
        try FileManager.default.createDirectory(atPath: folder.path + "/.countdown", withIntermediateDirectories: true)
        try Data("this is not sqlite, just text that is long enough to look like a file".utf8)
            .write(to: URL(fileURLWithPath: folder.store))
        do {
            _ = try folder.openStore(backend)
            Issue.record("opened a text file as a store")
        } catch {
            #expect("\(error)".contains(folder.store))
        }
    }
}
