import GRDB

/// One synced version of a plan file: stored whenever the file's content
/// differs from the plan's latest revision, never changed afterwards.
public struct PlanRevision: Codable, Sendable, Hashable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "planRevision"

    public var id: Int64?
    public var planID: String
    /// The file, relative to the workspace folder.
    public var file: String
    /// SHA-256 of the file's bytes, in hex.
    public var contentHash: String
    /// The parsed plan as JSON (`PlanSnapshot`), so reports can compare
    /// revisions without the file.
    public var snapshot: String
    /// When it was synced (ISO 8601, UTC).
    public var syncedAt: String
    /// The last commit that changed the file, when the file is committed
    /// unchanged in a git repository.
    public var gitCommit: String?
    /// That commit's author, `Name <email>`.
    public var gitAuthor: String?

    public enum Columns {
        static let id = Column(CodingKeys.id)
        static let planID = Column(CodingKeys.planID)
        static let contentHash = Column(CodingKeys.contentHash)
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    /// The snapshot decoded; nil for a snapshot this version cannot read.
    public var plan: PlanSnapshot? { PlanSnapshot.decode(snapshot) }
}
