import Foundation
import GRDB
import PlanModel

#if canImport(GRDBSQLite)
    import GRDBSQLite
#else
    import SQLite3
#endif

extension SQLiteStore {
    /// What the store knows about each plan, for the status judgement:
    /// current actuals and completions, and each milestone's due date in
    /// every synced revision. Plans with nothing recorded get empty evidence.
    ///
    /// A national store holds a million actuals, and `status` reads them
    /// all: each plan's rows come from one indexed query for that plan only
    /// (a board's pack needs its own plans' rows, not a scan of everyone's),
    /// read by column position, with superseded rows dropped here rather
    /// than by a correlated subquery per row; revisions are read for their
    /// milestones' due dates only.
    public func evidence(for planIDs: [String]) throws(StoreError) -> [String: PlanEvidence] {
        try read { db in
            var evidence: [String: PlanEvidence] = [:]
            let actuals = try db.cachedStatement(
                sql: """
                    SELECT id, supersedes, measureID, date, value, source, note FROM actual
                    WHERE planID = ? ORDER BY measureID, date, id
                    """)
            let completions = try db.cachedStatement(
                sql: """
                    SELECT * FROM milestoneCompletion a
                    WHERE planID = ? AND NOT EXISTS (SELECT 1 FROM milestoneCompletion b WHERE b.supersedes = a.id)
                    ORDER BY milestoneID, id
                    """)
            // Each synced revision's due dates, oldest revision first (kept beside
            // the snapshots since migration v4, so no snapshot is decoded).
            let dues = try db.cachedStatement(
                sql: """
                    SELECT d.milestoneID, d.due FROM milestoneDue d JOIN planRevision r ON r.id = d.revisionID
                    WHERE r.planID = ? ORDER BY d.revisionID, d.milestoneID
                    """)
            var reader = ActualRowReader()
            for id in planIDs where evidence[id] == nil {
                var plan = PlanEvidence()
                try actuals.setArguments([id])
                plan.actuals = try reader.read(actuals)
                for record in try CompletionRecord.fetchAll(completions, arguments: [id]) {
                    plan.completions[record.milestoneID] = record.completion
                }
                let rows = try Row.fetchCursor(dues, arguments: [id])
                while let row = try rows.next() {
                    guard let due = Day(iso: row[1]) else { continue }
                    plan.dueHistory[row[0] as String, default: []].append(due)
                }
                evidence[id] = plan
            }
            return evidence
        }
    }
}

/// Reads one plan's actuals from the prepared query
/// (`id, supersedes, measureID, date, value, source, note`, ordered by
/// measure, date and id) through SQLite's own calls: a national store's
/// status reads a million rows, and a `Row` with a `String` per column was
/// most of its time. A measure's id and a source are made into `String`s
/// only when they differ from the row before (they repeat down the rows);
/// dates are read from their bytes.
struct ActualRowReader {
    private var rows: [(id: Int64, measure: Int, actual: Actual)] = []
    private var measures: [String] = []
    private var superseded = Set<Int64>()
    /// The last measure id and source read, as text and as bytes to compare with.
    private var lastMeasure: [UInt8] = []
    private var lastSource: (text: String, bytes: [UInt8])?

    mutating func read(_ statement: Statement) throws -> [String: [Actual]] {
        rows.removeAll(keepingCapacity: true)
        measures.removeAll(keepingCapacity: true)
        superseded.removeAll(keepingCapacity: true)
        let handle = statement.sqliteStatement
        defer { sqlite3_reset(handle) }
        while true {
            let code = sqlite3_step(handle)
            if code == SQLITE_DONE { break }
            guard code == SQLITE_ROW else {
                throw DatabaseError(resultCode: ResultCode(rawValue: code), message: "reading actuals")
            }
            if sqlite3_column_type(handle, 1) != SQLITE_NULL {
                superseded.insert(sqlite3_column_int64(handle, 1))
            }
            guard let date = SQLiteColumn.bytes(handle, 3).flatMap({ Day(isoBytes: $0.span) }) else { continue }
            let measure = SQLiteColumn.bytes(handle, 2) ?? UnsafeBufferPointer(start: nil, count: 0)
            if measures.isEmpty || !Self.same(measure, lastMeasure) {
                measures.append(String(decoding: measure, as: UTF8.self))
                lastMeasure = Array(measure)
            }
            var source: String?
            if let bytes = SQLiteColumn.bytes(handle, 5) {
                if let last = lastSource, Self.same(bytes, last.bytes) {
                    source = last.text
                } else {
                    let text = String(decoding: bytes, as: UTF8.self)
                    source = text
                    lastSource = (text, Array(bytes))
                }
            }
            rows.append(
                (
                    sqlite3_column_int64(handle, 0), measures.count - 1,
                    Actual(
                        date: date, value: sqlite3_column_double(handle, 4), source: source,
                        note: SQLiteColumn.text(handle, 6))
                ))
        }
        var byMeasure: [String: [Actual]] = [:]
        var current = -1
        var list: [Actual] = []
        for row in rows where !superseded.contains(row.id) {
            if row.measure != current {
                if current >= 0 { byMeasure[measures[current], default: []] += list }
                current = row.measure
                list = []
            }
            list.append(row.actual)
        }
        if current >= 0 { byMeasure[measures[current], default: []] += list }
        return byMeasure
    }

    static func same(_ bytes: UnsafeBufferPointer<UInt8>, _ other: [UInt8]) -> Bool {
        other.withUnsafeBufferPointer { SQLiteColumn.equal(bytes, $0) }
    }
}
