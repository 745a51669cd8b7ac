import Foundation
import GRDB

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
        let queue: DatabaseQueue
        do {
            queue = try DatabaseQueue(path: path, configuration: configuration())
        } catch {
            throw .cannotOpen(path: path, reason: reason(error))
        }
        try migrate(queue, path: path)
        return SQLiteStore(path: path, queue: queue, now: now)
    }

    /// Opens an existing store, or returns nil when there is none yet, so
    /// that reading commands on a new workspace create nothing.
    public static func openIfPresent(
        path: String, now: @escaping @Sendable () -> Date = { Date() }
    ) throws(StoreError) -> SQLiteStore? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        return try open(path: path, now: now)
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
                let (applied, superseded) = try queue.read { db in
                    (try migrator.appliedIdentifiers(db), try migrator.hasBeenSuperseded(db))
                }
                if superseded {
                    throw StoreError.newerStore(
                        path: path, unknownMigrations: applied.subtracting(migrator.migrations).sorted())
                }
                let known = migrator.migrations.prefix { $0 != target } + [target]
                guard let next = known.first(where: { !applied.contains($0) }) else { return }
                if !applied.isEmpty { try backUp(queue, path: path, before: next) }
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

    /// Copies the store beside itself before `migration` changes it. An
    /// existing copy is kept: it is the older one, from before the first try.
    static func backUp(_ queue: DatabaseQueue, path: String, before migration: String) throws {
        let backup = "\(path).before-\(migration)"
        guard !FileManager.default.fileExists(atPath: backup) else { return }
        let temporary = backup + ".partial-\(ProcessInfo.processInfo.processIdentifier)"
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
            throw .database(Self.reason(error))
        }
    }

    func write<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try queue.write(body)
        } catch let error as StoreError {
            throw error
        } catch {
            throw .database(Self.reason(error))
        }
    }

    static func reason(_ error: Error) -> String {
        if let error = error as? DatabaseError {
            return error.message ?? error.description
        }
        return String(describing: error)
    }

    /// The current time as stored: ISO 8601 in UTC, to the second.
    func timestamp() -> String {
        now().formatted(.iso8601)
    }
}
