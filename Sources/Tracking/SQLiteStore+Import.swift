import GRDB
import PlanModel

/// What importing one file did.
public struct ImportResult: Sendable {
    public var file: String
    public var format: ExchangeFormat?
    /// Data rows read (good and bad).
    public var rowCount = 0
    public var added = 0
    public var superseded = 0
    /// Rows that say what the store already holds: importing a file twice
    /// adds nothing the second time.
    public var unchanged = 0
    /// Every bad row (and file-level problem), in line order.
    public var problems: [Diagnostic] = []
    /// Whether the good rows were written: false when any row is bad and
    /// bad rows are not being skipped, or when the file itself is unusable.
    public var written = false
}

extension SQLiteStore {
    /// Imports a file in one transaction: every good row is written, or
    /// none is.
    ///
    /// The file is read one row at a time inside the transaction, and each
    /// good row is written as soon as it is checked, so that a million rows
    /// are never held in memory. Every row is still checked: at the end, the
    /// transaction is committed only when no row was bad, and otherwise
    /// rolled back, with every bad row reported (once a row is bad, the rest
    /// are only checked, not written). Rows whose problem depends on the store
    /// (a milestone already done on another date) are found in the same
    /// transaction, so what is checked is what is written.
    ///
    /// With `skipBad`, the good rows are written and the bad ones listed. A
    /// file whose header or quoting is broken is never imported. `progress`
    /// gets the bytes read so far and the file's size.
    public func importFile(
        bytes: [UInt8], file: String, catalog: PlanCatalog, recordedBy: String, skipBad: Bool,
        progress: ((Int, Int) -> Void)?
    ) throws(StoreError) -> ImportResult {
        try bytes.withUnsafeBufferPointer { bytes in
            Result { () throws(StoreError) in
                try importFile(
                    buffer: bytes, file: file, catalog: catalog, recordedBy: recordedBy, skipBad: skipBad,
                    progress: progress)
            }
        }.get()
    }

    private func importFile(
        buffer: UnsafeBufferPointer<UInt8>, file: String, catalog: PlanCatalog, recordedBy: String, skipBad: Bool,
        progress: ((Int, Int) -> Void)?
    ) throws(StoreError) -> ImportResult {
        var reader = ImportReader(bytes: buffer, file: file, catalog: catalog)
        var result = ImportResult(file: file)
        guard reader.readHeader() else {
            result.format = reader.format
            result.problems = reader.problems
            return result
        }
        let recordedAt = timestamp()
        do {
            try queue.writeWithoutTransaction { db in
                // A multi-row INSERT into a table with constraints keeps a statement journal (to
                // undo a failed statement alone); on disk, that is a temp file written for every
                // batch. In memory it costs no system calls, and it is never needed after a crash.
                try db.execute(sql: "PRAGMA temp_store = MEMORY")
                defer { try? db.execute(sql: "PRAGMA temp_store = DEFAULT") }
                try db.inTransaction(.immediate) {
                    let actuals = try ActualWriter(
                        db: db, table: reader.table, file: buffer, name: file, recordedAt: recordedAt,
                        recordedBy: recordedBy)
                    var milestones = ActualWriter.Counts()
                    var storeProblems: [Diagnostic] = []
                    try reader.readRows(progress: progress) { row, allGood in
                        // Once a row is bad this will be rolled back: the rest are only checked.
                        guard allGood || skipBad else { return }
                        switch row {
                        case .actual(let actual):
                            try actuals.write(actual)
                        case .milestone(let line, let entry):
                            let provenance = Provenance(recordedBy: recordedBy, origin: "import \(file):\(line)")
                            switch try Self.complete(
                                entry, provenance: provenance, at: recordedAt, correcting: false, in: db)
                            {
                            case .success(.added): milestones.added += 1
                            case .success(.superseded): milestones.superseded += 1
                            case .success(.unchanged): milestones.unchanged += 1
                            case .failure(let problem):
                                storeProblems.append(
                                    Diagnostic(
                                        rule: problem.rule, message: problem.message,
                                        location: SourceLocation(file: file, line: line, column: 1),
                                        hint: problem.hint))
                            }
                        }
                    }
                    try actuals.finish()
                    let (done, total) = reader.progress
                    progress?(done, total)
                    result.format = reader.format
                    result.rowCount = reader.rowCount
                    result.problems = reader.problems
                    // With a bad row and no --skip-bad, only the rows' own problems are reported, as
                    // when every row was checked before the store was asked about any.
                    if reader.hasFileProblem || (!reader.problems.isEmpty && !skipBad) { return .rollback }
                    result.problems = (reader.problems + storeProblems).sorted()
                    result.written = result.problems.isEmpty || skipBad
                    guard result.written else { return .rollback }
                    result.added = actuals.counts.added + milestones.added
                    result.superseded = actuals.counts.superseded + milestones.superseded
                    result.unchanged = actuals.counts.unchanged + milestones.unchanged
                    return .commit
                }
            }
        } catch {
            throw .database(Self.reason(error))
        }
        return result
    }
}
