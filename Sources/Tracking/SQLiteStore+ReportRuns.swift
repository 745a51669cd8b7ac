import GRDB

/// An actual recorded after a report run, with the value that report saw
/// for the same measure and date when it replaces one.
public struct RecordedActual: Sendable, Hashable {
    public var record: ActualRecord
    /// The value current at the report run, when this one superseded it since.
    public var replaced: ActualRecord?
}

/// A milestone completion recorded after a report run.
public struct RecordedCompletion: Sendable, Hashable {
    public var record: CompletionRecord
    public var replaced: CompletionRecord?
}

extension SQLiteStore {
    /// The highest row ids now. A report reads these first, before its evidence.
    public func watermarks() throws(StoreError) -> ReportWatermarks {
        try read { db in
            ReportWatermarks(
                revision: try Int64.fetchOne(db, sql: "SELECT max(id) FROM planRevision"),
                actual: try Int64.fetchOne(db, sql: "SELECT max(id) FROM actual"),
                completion: try Int64.fetchOne(db, sql: "SELECT max(id) FROM milestoneCompletion"))
        }
    }

    /// Records a report run, stamped with the time and `ranBy`.
    @discardableResult
    public func recordReportRun(_ entry: ReportRunEntry, ranBy: String) throws(StoreError) -> ReportRun {
        let ranAt = timestamp()
        return try write { db in
            var run = ReportRun(
                id: nil, board: entry.board, asOf: entry.asOf, formats: entry.formats.sorted().joined(separator: ","),
                outputs: ReportRun.encodeMap(entry.outputs), planStatuses: ReportRun.encodeMap(entry.planStatuses),
                lastRevisionID: entry.watermarks.revision, lastActualID: entry.watermarks.actual,
                lastCompletionID: entry.watermarks.completion, ranAt: ranAt, ranBy: ranBy)
            try run.insert(db)
            return run
        }
    }

    /// The report the board last received before `asOf`: the latest run
    /// for the board with an earlier as-of date. Runs at the same date are
    /// left out, so that running a report again gives the same pack.
    public func previousReportRun(board: String, before asOf: String) throws(StoreError) -> ReportRun? {
        try read { db in
            try ReportRun.fetchOne(
                db,
                sql: """
                    SELECT * FROM reportRun WHERE board = ? AND asOf < ?
                    ORDER BY asOf DESC, id DESC LIMIT 1
                    """,
                arguments: [board, asOf])
        }
    }

    /// Every run for a board, oldest first.
    public func reportRuns(board: String) throws(StoreError) -> [ReportRun] {
        try read { db in
            try ReportRun.filter { $0.board == board }.order(ReportRun.Columns.id).fetchAll(db)
        }
    }

    /// Each plan's latest revision at or below `watermark`, by plan id: the
    /// plans as they stood at a report run. Nil (nothing synced then) gives none.
    public func planRevisions(atOrBelow watermark: Int64?) throws(StoreError) -> [String: PlanRevision] {
        guard let watermark else { return [:] }
        return try revisions(atOrBelow: watermark)
    }

    /// Each plan's latest synced content hash, by plan id: what a pack needs
    /// to say which plans were edited since they were synced (without
    /// reading every snapshot).
    public func latestContentHashes() throws(StoreError) -> [String: String] {
        try read { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT planID, contentHash FROM planRevision WHERE id IN
                    (SELECT max(id) FROM planRevision GROUP BY planID)
                    """)
            return Dictionary(rows.map { ($0[0], $0[1]) }, uniquingKeysWith: { first, _ in first })
        }
    }

    func revisions(atOrBelow watermark: Int64) throws(StoreError) -> [String: PlanRevision] {
        try read { db in
            let revisions = try PlanRevision.fetchAll(
                db,
                sql: """
                    SELECT * FROM planRevision WHERE id IN
                    (SELECT max(id) FROM planRevision WHERE id <= ? GROUP BY planID)
                    ORDER BY planID
                    """,
                arguments: [watermark])
            return Dictionary(uniqueKeysWithValues: revisions.map { ($0.planID, $0) })
        }
    }

    /// Current actuals recorded after `watermark` for the plans named, by
    /// plan, measure and date; each with the value current at the watermark
    /// for the same measure and date, when it replaced one.
    public func actualsRecorded(after watermark: Int64?, planIDs: [String]) throws(StoreError) -> [RecordedActual] {
        let wanted = Set(planIDs)
        let mark = watermark ?? 0
        return try read { db in
            // Only rows after the watermark are read (a range of the primary key),
            // not every current row of a national store once per board.
            let current = try ActualRecord.fetchAll(
                db, sql: Self.current("actual", after: true, orderBy: "planID, measureID, date"), arguments: [mark])
            var result: [RecordedActual] = []
            for record in current where (record.id ?? 0) > mark && wanted.contains(record.planID) {
                var replaced = record.supersedes
                var seen: ActualRecord?
                while let id = replaced, seen == nil {
                    guard let earlier = try ActualRecord.fetchOne(db, key: id) else { break }
                    if id <= mark { seen = earlier } else { replaced = earlier.supersedes }
                }
                result.append(RecordedActual(record: record, replaced: seen))
            }
            return result
        }
    }

    /// Current completions recorded after `watermark` for the plans named.
    public func completionsRecorded(
        after watermark: Int64?, planIDs: [String]
    ) throws(StoreError) -> [RecordedCompletion] {
        let wanted = Set(planIDs)
        let mark = watermark ?? 0
        return try read { db in
            let current = try CompletionRecord.fetchAll(
                db, sql: Self.current("milestoneCompletion", after: true, orderBy: "planID, milestoneID"),
                arguments: [mark])
            var result: [RecordedCompletion] = []
            for record in current where (record.id ?? 0) > mark && wanted.contains(record.planID) {
                var replaced = record.supersedes
                var seen: CompletionRecord?
                while let id = replaced, seen == nil {
                    guard let earlier = try CompletionRecord.fetchOne(db, key: id) else { break }
                    if id <= mark { seen = earlier } else { replaced = earlier.supersedes }
                }
                result.append(RecordedCompletion(record: record, replaced: seen))
            }
            return result
        }
    }
}
