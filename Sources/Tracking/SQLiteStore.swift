import Foundation
import GRDB
import SystemIO

/// The tracking store: an SQLite file (by default `.countdown/tracking.sqlite`)
/// holding every synced plan revision, every recorded actual and milestone
/// completion, with who recorded what, when, and from where.
///
/// Opened in WAL mode with a busy timeout so that two countdown processes
/// can record at once: a writer waits for the other's transaction instead of
/// failing with "database is locked", and readers never block writers. Every
/// write is one IMMEDIATE transaction, so two writers never interleave.
public final class SQLiteStore: Sendable {
    /// The store file's path, as given.
    public let path: String
    let queue: DatabaseQueue
    /// The clock for `recordedAt` and `syncedAt` stamps (a test can fix it).
    let now: @Sendable () -> Date

    /// How long a write waits for another process's transaction. A large
    /// import holds the lock for a few seconds at most; a minute leaves room
    /// on a slow disk without hanging forever on a stuck process.
    public static let busyTimeout: TimeInterval = 60

    init(path: String, queue: DatabaseQueue, now: @escaping @Sendable () -> Date) {
        self.path = path
        self.queue = queue
        self.now = now
    }

    /// Opens the store at `path`, creating it (and its folder) when missing.
    ///
    /// A store written by a newer countdown is refused. An older one is
    /// copied beside itself (`tracking.sqlite.before-MIGRATION`) through
    /// SQLite's backup API, then migrated; the copy is the way back if the
    /// new version misbehaves.
    public static func open(
        path: String, now: @escaping @Sendable () -> Date = { Date() }
    ) throws(StoreError) -> SQLiteStore {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw .cannotOpen(path: path, reason: "cannot create the folder \(folder)")
        }
        // Setting up WAL mode and migrating need the database to themselves, and
        // SQLite answers "database is locked" at once, without waiting, when
        // two processes do that to a new store together. An advisory lock on a
        // file beside the store makes openers take turns; the kernel releases
        // it if a process dies, so a killed countdown never leaves it held.
        let lock = try OpeningLock(path: path + ".lock")
        defer { lock.release() }
        // A store this countdown cannot read is refused before anything opens
        // it for writing, so it is left exactly as it was; a damaged one is
        // found the same way, before a write could touch it.
        if FileManager.default.fileExists(atPath: path) {
            let (reader, _) = try readOnlyState(path: path)
            try checkIntegrity(reader, path: path)
            try? reader.close()
        }
        let queue: DatabaseQueue
        do {
            queue = try DatabaseQueue(path: path, configuration: configuration())
        } catch {
            throw .cannotOpen(path: path, reason: reason(error))
        }
        try migrate(queue, path: path)
        return SQLiteStore(path: path, queue: queue, now: now)
    }

    /// Stores up to this size are checked with `PRAGMA quick_check` each time
    /// one is opened for writing. Its time grows with the file (about 0.9 s
    /// for a 250 MB store of 1,000 plans here, BENCHMARKS.md), so a larger
    /// store is checked before a migration only, and otherwise relies on
    /// SQLite reporting damage on the pages a write touches.
    public static let quickCheckLimit = 32 * 1_048_576

    /// Refuses to write into a store that SQLite's quick check finds damaged.
    static func checkIntegrity(_ queue: DatabaseQueue, path: String, always: Bool = false) throws(StoreError) {
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        guard always || size <= quickCheckLimit else { return }
        let problems: [String]
        do {
            problems = try queue.read { db in try String.fetchAll(db, sql: "PRAGMA quick_check") }
        } catch {
            throw .damaged(path: path, problems: [reason(error)])
        }
        if problems != ["ok"] {
            // One problem a line; SQLite's own "*** in database main ***" heading says nothing more.
            let lines = problems.flatMap { $0.split(separator: "\n").map(String.init) }.filter { !$0.hasPrefix("***") }
            throw .damaged(path: path, problems: lines)
        }
    }

    /// Opens an existing store for reading, or returns nil when there is none
    /// yet, so that reading commands create nothing. The store is opened
    /// read-only and nothing is written to it (a read-only file or folder
    /// can be read); only an older store, which must be upgraded before it
    /// can be read, is opened for writing, backed up and migrated.
    public static func openIfPresent(
        path: String, now: @escaping @Sendable () -> Date = { Date() }
    ) throws(StoreError) -> SQLiteStore? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        let queue: DatabaseQueue
        let current: Bool
        do {
            (queue, current) = try readOnlyState(path: path)
        } catch .cannotOpen where access(URL(fileURLWithPath: path).deletingLastPathComponent().path, W_OK) == 0 {
            // Another countdown may be creating the store this moment: wait for it as a writer would.
            return try open(path: path, now: now)
        }
        guard current else {
            try? queue.close()
            return try open(path: path, now: now)
        }
        return SQLiteStore(path: path, queue: queue, now: now)
    }

    /// The store opened read-only, and whether its migrations are this
    /// countdown's (false: older, to be upgraded); a newer store is refused.
    static func readOnlyState(path: String) throws(StoreError) -> (queue: DatabaseQueue, current: Bool) {
        let queue: DatabaseQueue
        do {
            queue = try openReadOnly(path: path)
        } catch {
            throw .cannotOpen(path: path, reason: reason(error))
        }
        do {
            let applied = try appliedRefusingNewer(queue, path: path)
            return (queue, Set(migrator.migrations).isSubset(of: applied))
        } catch let error as StoreError {
            throw error
        } catch {
            throw .cannotOpen(path: path, reason: reason(error))
        }
    }

    /// A read-only connection. In a folder countdown may not write, SQLite
    /// cannot make the shared-memory file a WAL reader needs, so the file is
    /// then read as immutable (nobody can be writing it there either).
    static func openReadOnly(path: String) throws -> DatabaseQueue {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(busyTimeout)
        configuration.label = "countdown tracking store (read-only)"
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        if access(folder, W_OK) == 0 || FileManager.default.fileExists(atPath: path + "-shm") {
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            // Reading the schema here turns a file SQLite cannot read into an error now.
            _ = try queue.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") }
            return queue
        }
        let uri =
            "file:" + (path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path) + "?immutable=1"
        let queue = try DatabaseQueue(path: uri, configuration: configuration)
        _ = try queue.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") }
        return queue
    }

    static func configuration() -> Configuration {
        var configuration = Configuration()
        configuration.journalMode = .wal
        configuration.busyMode = .timeout(busyTimeout)
        configuration.foreignKeysEnabled = true
        configuration.label = "countdown tracking store"
        return configuration
    }

    /// Brings the schema up to date. Two processes opening a new store at
    /// once can both find a migration missing; each migration runs in its
    /// own IMMEDIATE transaction, so the loser's attempt fails cleanly and a
    /// second pass finds the work done.
    static func migrate(_ queue: DatabaseQueue, path: String, upTo last: String? = nil) throws(StoreError) {
        let migrator = Self.migrator
        let target = last ?? migrator.migrations.last!
        var attempts = 0
        while true {
            attempts += 1
            do {
                let applied = try appliedRefusingNewer(queue, path: path)
                let known = migrator.migrations.prefix { $0 != target } + [target]
                guard let next = known.first(where: { !applied.contains($0) }) else { return }
                if !applied.isEmpty {
                    try checkIntegrity(queue, path: path, always: true)
                    try backUp(queue, path: path, before: next)
                }
                try migrator.migrate(queue, upTo: target)
                return
            } catch let error as StoreError {
                throw error
            } catch {
                if attempts < 3 { continue }
                throw .migrationFailed(path: path, reason: reason(error))
            }
        }
    }

    /// The migrations the store has applied; a store with ones this countdown does not know is refused.
    static func appliedRefusingNewer(_ queue: DatabaseQueue, path: String) throws -> Set<String> {
        let (applied, superseded) = try queue.read { db in
            (try migrator.appliedIdentifiers(db), try migrator.hasBeenSuperseded(db))
        }
        if superseded {
            throw StoreError.newerStore(
                path: path, unknownMigrations: applied.subtracting(migrator.migrations).sorted())
        }
        return applied
    }

    /// Copies the store beside itself before `migration` changes it. An
    /// existing copy is kept: it is the older one, from before the first try.
    static func backUp(_ queue: DatabaseQueue, path: String, before migration: String) throws {
        let backup = "\(path).before-\(migration)"
        guard !FileManager.default.fileExists(atPath: backup) else { return }
        let temporary: String
        do {
            // Made exclusively, never through a link, before SQLite opens it.
            let (path, descriptor) = try AtomicFileWriter.createTemporary(for: backup)
            close(descriptor)
            temporary = path
        } catch {
            throw StoreError.migrationFailed(
                path: path, reason: "the backup copy could not be written: \(error.reason)")
        }
        do {
            let copy = try DatabaseQueue(path: temporary)
            try queue.backup(to: copy)
            try copy.close()
            try FileManager.default.moveItem(atPath: temporary, toPath: backup)
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw StoreError.migrationFailed(
                path: path, reason: "the backup copy could not be written: \(reason(error))")
        }
    }

    /// SQLite's own check of the file (`PRAGMA integrity_check`): "ok" or the problems found.
    public func integrityCheck() throws(StoreError) -> [String] {
        try read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
    }

    /// The migrations this store has applied, in order.
    public func appliedMigrations() throws(StoreError) -> [String] {
        try read { db in try Self.migrator.appliedMigrations(db) }
    }

    func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try queue.read(body)
        } catch let error as StoreError {
            throw error
        } catch {
            throw isDamage(error) ? .damaged(path: path, problems: [Self.reason(error)]) : .database(Self.reason(error))
        }
    }

    func write<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try queue.write(body)
        } catch let error as StoreError {
            throw error
        } catch {
            throw isDamage(error) ? .damaged(path: path, problems: [Self.reason(error)]) : .database(Self.reason(error))
        }
    }

    static func reason(_ error: Error) -> String {
        if let error = error as? DatabaseError {
            let message = error.message ?? error.description
            return error.sql.map { message + " (in: \($0))" } ?? message
        }
        return String(describing: error)
    }

    /// SQLite found the file damaged while reading or writing it.
    func isDamage(_ error: Error) -> Bool {
        guard let error = error as? DatabaseError else { return false }
        return error.resultCode == .SQLITE_CORRUPT || error.resultCode == .SQLITE_NOTADB
    }

    /// The current time as stored: ISO 8601 in UTC, to the second.
    func timestamp() -> String {
        now().formatted(.iso8601)
    }
}
