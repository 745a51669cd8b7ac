import Foundation
import GRDB

extension SQLiteStore {
    /// The store's schema as history: named migrations, applied in order and
    /// never edited once released (a change is a new migration appended
    /// here). They use table and column names as strings, not record types,
    /// so that today's Swift code cannot change yesterday's schema.
    ///
    /// Append-only is enforced by SQLite itself: triggers refuse UPDATE and
    /// DELETE on the history tables, so a bug cannot silently change a
    /// recorded value. A correction is a new row whose `supersedes` names the
    /// row it replaces; `UNIQUE` on `supersedes` keeps each history a chain.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-plan-revisions") { db in
            try db.create(table: "planRevision") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("planID", .text).notNull()
                t.column("file", .text).notNull()
                t.column("contentHash", .text).notNull()
                t.column("snapshot", .text).notNull()
                t.column("syncedAt", .text).notNull()
                t.column("gitCommit", .text)
                t.column("gitAuthor", .text)
            }
            try db.create(index: "planRevision_planID", on: "planRevision", columns: ["planID", "id"])
            try appendOnly(db, table: "planRevision", noun: "plan revisions")
        }
        migrator.registerMigration("v2-actuals-and-milestone-completions") { db in
            try db.create(table: "actual") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("planID", .text).notNull()
                t.column("measureID", .text).notNull()
                t.column("date", .text).notNull()
                t.column("value", .double).notNull()
                t.column("source", .text)
                t.column("note", .text)
                t.column("recordedAt", .text).notNull()
                t.column("recordedBy", .text).notNull()
                t.column("origin", .text).notNull()
                t.column("supersedes", .integer).unique().references("actual")
            }
            try db.create(index: "actual_key", on: "actual", columns: ["planID", "measureID", "date"])
            try appendOnly(db, table: "actual", noun: "actuals")
            try db.create(table: "milestoneCompletion") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("planID", .text).notNull()
                t.column("milestoneID", .text).notNull()
                t.column("completed", .text).notNull()
                t.column("note", .text)
                t.column("recordedAt", .text).notNull()
                t.column("recordedBy", .text).notNull()
                t.column("origin", .text).notNull()
                t.column("supersedes", .integer).unique().references("milestoneCompletion")
            }
            try db.create(
                index: "milestoneCompletion_key", on: "milestoneCompletion", columns: ["planID", "milestoneID"])
            try appendOnly(db, table: "milestoneCompletion", noun: "milestone completions")
        }
        // Board packs (`countdown report`): what each run wrote and what it had seen, so that
        // the next report to the board can say what changed since (`ReportRun`).
        migrator.registerMigration("v3-report-runs") { db in
            try db.create(table: "reportRun") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("board", .text).notNull()
                t.column("asOf", .text).notNull()
                t.column("formats", .text).notNull()
                t.column("outputs", .text).notNull()
                t.column("planStatuses", .text).notNull()
                t.column("lastRevisionID", .integer)
                t.column("lastActualID", .integer)
                t.column("lastCompletionID", .integer)
                t.column("ranAt", .text).notNull()
                t.column("ranBy", .text).notNull()
            }
            try db.create(index: "reportRun_board", on: "reportRun", columns: ["board", "asOf", "id"])
            try appendOnly(db, table: "reportRun", noun: "report runs")
        }
        // Each revision's milestone due dates beside its snapshot, so that the status (slips
        // between revisions) reads them without decoding every plan's whole snapshot. Filled here
        // from the snapshots already stored.
        migrator.registerMigration("v4-milestone-dues") { db in
            try db.create(table: "milestoneDue", options: [.withoutRowID]) { t in
                t.column("revisionID", .integer).notNull().references("planRevision")
                t.column("milestoneID", .text).notNull()
                t.column("due", .text).notNull()
                t.primaryKey(["revisionID", "milestoneID"])
            }
            try appendOnly(db, table: "milestoneDue", noun: "milestone due dates")
            let revisions = try Row.fetchCursor(db, sql: "SELECT id, snapshot FROM planRevision ORDER BY id")
            while let revision = try revisions.next() {
                let snapshot: String = revision["snapshot"]
                let dues = SnapshotDuesV1.dues(in: snapshot)
                try insertDues(db, revisionID: revision["id"], dues: dues)
            }
        }
        return migrator
    }

    /// A revision's milestone due dates, by milestone id.
    static func insertDues(_ db: Database, revisionID: Int64, dues: [String: String]) throws {
        let insert = try db.cachedStatement(
            sql: "INSERT INTO milestoneDue (revisionID, milestoneID, due) VALUES (?, ?, ?)")
        for milestone in dues.keys.sorted() {
            try insert.execute(arguments: [revisionID, milestone, dues[milestone]])
        }
    }

    private static func appendOnly(_ db: Database, table: String, noun: String) throws {
        for action in ["UPDATE", "DELETE"] {
            try db.execute(
                sql: """
                    CREATE TRIGGER \(table)_no_\(action.lowercased()) BEFORE \(action) ON \(table)
                    BEGIN SELECT RAISE(ABORT, '\(noun) are append-only: record a new entry to supersede one'); END
                    """)
        }
    }
}

/// The milestones' due dates as snapshot format 1 stores them (fields are
/// only ever added to it), read for the v4 migration; frozen here so that
/// later changes to `PlanSnapshot` cannot change what the migration does.
private struct SnapshotDuesV1: Decodable {
    var interventions: [Intervention]?

    struct Intervention: Decodable {
        var milestones: [Milestone]?
    }

    struct Milestone: Decodable {
        var id: String
        var due: String
    }

    /// Each milestone's due date by id (the last, should an id repeat);
    /// nothing for a snapshot that cannot be read.
    static func dues(in snapshot: String) -> [String: String] {
        guard let read = try? JSONDecoder().decode(SnapshotDuesV1.self, from: Data(snapshot.utf8)) else { return [:] }
        var dues: [String: String] = [:]
        for intervention in read.interventions ?? [] {
            for milestone in intervention.milestones ?? [] { dues[milestone.id] = milestone.due }
        }
        return dues
    }
}
