/// Why the store could not be used at all (the command exits 2 with this
/// one line). Problems with what a user recorded are `EntryProblem`s instead.
public enum StoreError: Error, Equatable, CustomStringConvertible {
    /// The store was written by a newer countdown: its schema has migrations
    /// this version does not know, so writing to it could corrupt it.
    case newerStore(path: String, unknownMigrations: [String])
    /// The file is missing, unreadable, or not an SQLite database.
    case cannotOpen(path: String, reason: String)
    /// Migrating an older store, or backing it up first, failed.
    case migrationFailed(path: String, reason: String)
    /// A database operation failed (the SQL and SQLite's reason).
    case database(String)
    /// SQLite's own check found the file damaged: nothing is written to it.
    case damaged(path: String, problems: [String])

    public var description: String {
        switch self {
        case .newerStore(let path, let unknown):
            "\(path) was written by a newer countdown (it has \(unknown.joined(separator: ", ")), "
                + "which this version does not know); upgrade countdown to use it"
        case .cannotOpen(let path, let reason):
            "cannot open the tracking store \(path): \(reason)"
        case .migrationFailed(let path, let reason):
            "cannot upgrade the tracking store \(path): \(reason)"
        case .database(let reason):
            "the tracking store failed: \(reason)"
        case .damaged(let path, let problems):
            "the tracking store \(path) is damaged (SQLite's check says: "
                + problems.prefix(3).joined(separator: "; ") + (problems.count > 3 ? "; …" : "")
                + "), so countdown writes nothing to it; put back a good copy (a backup, or a "
                + "tracking.sqlite.before-… copy beside it), or save what SQLite can read with "
                + "`sqlite3 \(path) .recover | sqlite3 recovered.sqlite`"
        }
    }
}
