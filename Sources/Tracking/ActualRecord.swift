import GRDB
import PlanModel

/// One recorded value of a measure at a date. Rows are never changed: a
/// second value for the same measure and date is a new row that
/// `supersedes` the current one, and both stay in the history.
public struct ActualRecord: Codable, Sendable, Hashable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "actual"

    public var id: Int64?
    public var planID: String
    public var measureID: String
    /// The day the value applies to, `YYYY-MM-DD`.
    public var date: String
    public var value: Double
    public var source: String?
    public var note: String?
    /// When it was recorded (ISO 8601, UTC).
    public var recordedAt: String
    /// Who recorded it (the user account).
    public var recordedBy: String
    /// How it arrived: `record`, or `import FILE:LINE`.
    public var origin: String
    /// The id of the row this one replaces.
    public var supersedes: Int64?

    public enum Columns {
        static let id = Column(CodingKeys.id)
        static let planID = Column(CodingKeys.planID)
        static let measureID = Column(CodingKeys.measureID)
        static let date = Column(CodingKeys.date)
        static let supersedes = Column(CodingKeys.supersedes)
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    /// Read by column name rather than through Decodable: status and export
    /// read every current row, and the generic decoder was most of their time.
    public init(row: Row) throws {
        id = row["id"]
        planID = row["planID"]
        measureID = row["measureID"]
        date = row["date"]
        value = row["value"]
        source = row["source"]
        note = row["note"]
        recordedAt = row["recordedAt"]
        recordedBy = row["recordedBy"]
        origin = row["origin"]
        supersedes = row["supersedes"]
    }

    public init(
        id: Int64?, planID: String, measureID: String, date: String, value: Double, source: String?, note: String?,
        recordedAt: String, recordedBy: String, origin: String, supersedes: Int64?
    ) {
        self.id = id
        self.planID = planID
        self.measureID = measureID
        self.date = date
        self.value = value
        self.source = source
        self.note = note
        self.recordedAt = recordedAt
        self.recordedBy = recordedBy
        self.origin = origin
        self.supersedes = supersedes
    }

    public var address: String { "\(planID)/\(measureID)" }

    /// The value as the status judgement sees it.
    public var actual: Actual? {
        Day(iso: date).map { Actual(date: $0, value: value, source: source, note: note) }
    }

    /// Whether `entry` says exactly what this row says (so recording it
    /// again changes nothing).
    func matches(_ entry: ActualEntry) -> Bool {
        value == entry.value && source == entry.source && note == entry.note
    }
}

/// A milestone recorded as done. Like actuals, never changed: a correction
/// is a new row that supersedes it.
public struct CompletionRecord: Codable, Sendable, Hashable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "milestoneCompletion"

    public var id: Int64?
    public var planID: String
    public var milestoneID: String
    /// The day it was done, `YYYY-MM-DD`.
    public var completed: String
    public var note: String?
    public var recordedAt: String
    public var recordedBy: String
    public var origin: String
    public var supersedes: Int64?

    public enum Columns {
        static let id = Column(CodingKeys.id)
        static let planID = Column(CodingKeys.planID)
        static let milestoneID = Column(CodingKeys.milestoneID)
        static let supersedes = Column(CodingKeys.supersedes)
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    public var address: String { "\(planID)/\(milestoneID)" }

    public var completion: Completion? {
        Day(iso: completed).map { Completion(date: $0, note: note) }
    }

    func matches(_ entry: CompletionEntry) -> Bool {
        completed == entry.date.description && note == entry.note
    }
}
