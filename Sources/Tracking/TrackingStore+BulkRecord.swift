import GRDB
import PlanModel

extension TrackingStore {
    /// Counts of what a batch of actuals did.
    struct BatchOutcome {
        var added = 0
        var superseded = 0
        var unchanged = 0
    }

    /// Records many actuals in the caller's transaction, with the same rules
    /// as `record` one at a time: a value equal to the current one adds
    /// nothing, a different one supersedes it. The current values are read in
    /// one query and rows are written through one prepared statement, instead
    /// of a lookup and a statement per row (a million rows took minutes).
    static func recordActuals(
        _ rows: [(line: Int, entry: ActualEntry)], origin: (Int) -> String, recordedBy: String,
        at recordedAt: String, in db: Database, progress: ((Int, Int) -> Void)? = nil
    ) throws -> BatchOutcome {
        struct Key: Hashable {
            var planID: String
            var measureID: String
            var date: String
        }
        struct Current {
            var id: Int64
            var value: Double
            var source: String?
            var note: String?
        }
        var current: [Key: Current] = [:]
        let plans = Array(Set(rows.map(\.entry.planID)))
        // One query per plan in the file keeps the lookup on the index.
        let select = try db.cachedStatement(
            sql: """
                SELECT id, measureID, date, value, source, note FROM actual a
                WHERE planID = ? AND NOT EXISTS (SELECT 1 FROM actual b WHERE b.supersedes = a.id)
                """)
        for plan in plans {
            let cursor = try Row.fetchCursor(select, arguments: [plan])
            while let row = try cursor.next() {
                current[Key(planID: plan, measureID: row["measureID"], date: row["date"])] = Current(
                    id: row["id"], value: row["value"], source: row["source"], note: row["note"])
            }
        }
        let insert = try db.cachedStatement(
            sql: """
                INSERT INTO actual
                (planID, measureID, date, value, source, note, recordedAt, recordedBy, origin, supersedes)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
        var outcome = BatchOutcome()
        for (index, row) in rows.enumerated() {
            if index % 5000 == 0 { progress?(index, rows.count) }
            let entry = row.entry
            let key = Key(planID: entry.planID, measureID: entry.measureID, date: entry.date.description)
            let previous = current[key]
            if let previous, previous.value == entry.value, previous.source == entry.source,
                previous.note == entry.note
            {
                outcome.unchanged += 1
                continue
            }
            try insert.execute(arguments: [
                entry.planID, entry.measureID, key.date, entry.value, entry.source, entry.note, recordedAt,
                recordedBy, origin(row.line), previous?.id,
            ])
            current[key] = Current(id: db.lastInsertedRowID, value: entry.value, source: entry.source, note: entry.note)
            if previous == nil { outcome.added += 1 } else { outcome.superseded += 1 }
        }
        return outcome
    }
}
