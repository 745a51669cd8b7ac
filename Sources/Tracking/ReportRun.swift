import Foundation
import GRDB
import StableJSON

/// One `countdown report` run for a board: what it wrote (each file's
/// SHA-256) and what it had seen, so that the next report to the same board
/// can say what changed since. Never changed once stored.
///
/// "What it had seen" is kept as watermarks, the highest row ids of the
/// plan revisions, actuals and completions when the report read the store:
/// ids only grow, so the plans current at the run are the latest revision of
/// each plan at or below `lastRevisionID`, and an actual recorded since has a
/// larger id than `lastActualID`. Watermarks stay small at any scale, where a
/// copy of every plan would not.
public struct ReportRun: Codable, Sendable, Hashable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "reportRun"

    public var id: Int64?
    public var board: String
    /// The as-of date reported, `YYYY-MM-DD`.
    public var asOf: String
    /// The formats written, comma-separated, sorted.
    public var formats: String
    /// JSON object: each file written (relative to the board's folder) to its SHA-256, sorted keys.
    public var outputs: String
    /// JSON object: each plan reported to its RAG status, sorted keys; the
    /// next report shows each plan's direction against it.
    public var planStatuses: String
    public var lastRevisionID: Int64?
    public var lastActualID: Int64?
    public var lastCompletionID: Int64?
    /// When it ran (ISO 8601, UTC): for people reading the history, never in a report.
    public var ranAt: String
    public var ranBy: String

    public enum Columns {
        static let id = Column(CodingKeys.id)
        static let board = Column(CodingKeys.board)
        static let asOf = Column(CodingKeys.asOf)
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }

    /// `outputs` decoded.
    public var outputHashes: [String: String] { Self.decodeMap(outputs) }

    /// `planStatuses` decoded.
    public var statuses: [String: String] { Self.decodeMap(planStatuses) }

    /// What the run had seen.
    public var watermarks: ReportWatermarks {
        ReportWatermarks(revision: lastRevisionID, actual: lastActualID, completion: lastCompletionID)
    }

    static func encodeMap(_ map: [String: String]) -> String {
        let data = (try? StableJSONEncoder.foundationEncoder(pretty: false).encode(map)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    static func decodeMap(_ text: String) -> [String: String] {
        (try? JSONDecoder().decode([String: String].self, from: Data(text.utf8))) ?? [:]
    }
}

/// The highest row ids in the store at one moment (nil: the table was empty).
public struct ReportWatermarks: Sendable, Hashable, Codable {
    public var revision: Int64?
    public var actual: Int64?
    public var completion: Int64?

    public init(revision: Int64? = nil, actual: Int64? = nil, completion: Int64? = nil) {
        self.revision = revision
        self.actual = actual
        self.completion = completion
    }
}

/// What a report run wrote, to be recorded.
public struct ReportRunEntry: Sendable, Hashable {
    public var board: String
    public var asOf: String
    public var formats: [String]
    /// File (relative to the board's folder) to SHA-256.
    public var outputs: [String: String]
    /// Plan id to RAG status.
    public var planStatuses: [String: String]
    /// Read before the report read anything else, so that an entry recorded
    /// while it ran counts as new next time rather than never.
    public var watermarks: ReportWatermarks

    public init(
        board: String, asOf: String, formats: [String], outputs: [String: String], planStatuses: [String: String],
        watermarks: ReportWatermarks
    ) {
        self.board = board
        self.asOf = asOf
        self.formats = formats
        self.outputs = outputs
        self.planStatuses = planStatuses
        self.watermarks = watermarks
    }
}
