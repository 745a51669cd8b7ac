import GRDB
import PlanModel

/// What importing one file did.
public struct ImportResult: Sendable {
    public var file: String
    public var format: ExchangeFormat?
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

extension TrackingStore {
    /// Imports a checked file in one transaction: every good row is written,
    /// or none is. Rows whose problem depends on the store (a milestone
    /// already done on another date) are found inside the same transaction,
    /// so what is checked is what is written.
    ///
    /// With `skipBad`, the good rows are written and the bad ones listed;
    /// without it, one bad row means nothing is written. A file whose header
    /// or quoting is broken is never imported.
    public func importFile(
        _ file: ImportFile, recordedBy: String, skipBad: Bool, progress: ((Int, Int) -> Void)? = nil
    ) throws(StoreError) -> ImportResult {
        var result = ImportResult(file: file.file, format: file.format, problems: file.problems)
        if file.hasFileProblem || (!file.problems.isEmpty && !skipBad) { return result }
        let recordedAt = timestamp()
        let total = file.entryCount
        do {
            try queue.writeWithoutTransaction { db in
                try db.inTransaction(.immediate) {
                    var attempt = result
                    func origin(_ line: Int) -> Provenance {
                        Provenance(recordedBy: recordedBy, origin: "import \(file.file):\(line)")
                    }
                    switch file.entries {
                    case .actuals(let rows):
                        let outcome = try Self.recordActuals(
                            rows.map { ($0.line, $0.entry) }, origin: { origin($0).origin }, recordedBy: recordedBy,
                            at: recordedAt, in: db, progress: progress)
                        attempt.added += outcome.added
                        attempt.superseded += outcome.superseded
                        attempt.unchanged += outcome.unchanged
                    case .milestones(let rows):
                        for (index, row) in rows.enumerated() {
                            if index % 500 == 0 { progress?(index, total) }
                            let outcome = try Self.complete(
                                row.entry, provenance: origin(row.line), at: recordedAt, correcting: false, in: db)
                            switch outcome {
                            case .success(.added): attempt.added += 1
                            case .success(.superseded): attempt.superseded += 1
                            case .success(.unchanged): attempt.unchanged += 1
                            case .failure(let problem):
                                attempt.problems.append(
                                    Diagnostic(
                                        rule: problem.rule, message: problem.message,
                                        location: SourceLocation(file: file.file, line: row.line, column: 1),
                                        hint: problem.hint))
                            }
                        }
                    }
                    progress?(total, total)
                    attempt.problems.sort()
                    attempt.written = attempt.problems.isEmpty || skipBad
                    if !attempt.written {
                        attempt.added = 0
                        attempt.superseded = 0
                        attempt.unchanged = 0
                    }
                    result = attempt
                    return attempt.written ? .commit : .rollback
                }
            }
        } catch {
            throw .database(Self.reason(error))
        }
        return result
    }
}
