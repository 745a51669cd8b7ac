import Foundation
import PlanModel

// The tracking store as the rest of countdown sees it: capabilities named for
// what they do, so a caller asks only for what it needs and a second backend
// (PostgreSQL) is one more type conforming to them. `SQLiteStore` is the
// embedded default. Every write is one transaction; nothing is ever changed
// or erased, only superseded.

/// Synced plan revisions: what each plan said, and when.
public protocol PlanRevisionStore: Sendable {
    /// Stores a revision of each plan whose content differs from its latest
    /// revision (or that has none), in one transaction.
    func sync(_ files: [PlanFile], progress: ((Int, Int) -> Void)?) throws(StoreError) -> SyncResult
    /// Every revision of a plan, oldest first.
    func revisions(of planID: String) throws(StoreError) -> [PlanRevision]
    /// Each plan's latest revision with an id at or below `watermark` (none for nil).
    func planRevisions(atOrBelow watermark: Int64?) throws(StoreError) -> [String: PlanRevision]
    /// Each plan's latest content hash, by plan id.
    func latestContentHashes() throws(StoreError) -> [String: String]
}

/// Recording progress: one actual, one completion, or a whole exchange file.
public protocol ProgressRecorder: Sendable {
    /// Records an actual: new, superseding the current value for the same
    /// measure and date, or nothing when it says the same.
    func record(_ entry: ActualEntry, provenance: Provenance) throws(StoreError) -> RecordOutcome
    /// Records a milestone as done; one already done is refused unless `correcting`.
    func complete(_ entry: CompletionEntry, provenance: Provenance, correcting: Bool) throws(StoreError)
        -> Result<CompletionOutcome, EntryProblem>
    /// Imports an exchange file in one transaction: every good row, or none
    /// unless `skipBad`. `progress` is told the bytes read and the total.
    func importFile(
        bytes: [UInt8], file: String, catalog: PlanCatalog, recordedBy: String, skipBad: Bool,
        progress: ((Int, Int) -> Void)?
    ) throws(StoreError) -> ImportResult
}

/// Reading what was recorded: the evidence status judges, and the full history.
public protocol EvidenceReader: Sendable {
    /// Current actuals, completions and milestone due-date history of each plan.
    func evidence(for planIDs: [String]) throws(StoreError) -> [String: PlanEvidence]
    /// Everything ever recorded for a measure, superseded values included.
    func actualHistory(planID: String, measureID: String) throws(StoreError) -> [ActualRecord]
    /// Every completion ever recorded for a milestone, in the order recorded.
    func completionHistory(planID: String, milestoneID: String) throws(StoreError) -> [CompletionRecord]
}

/// Board-pack runs, and what was recorded since one.
public protocol ReportRunStore: Sendable {
    /// The highest row ids now; a report reads these before its evidence.
    func watermarks() throws(StoreError) -> ReportWatermarks
    /// Records a board's run, with the hashes of the files written.
    @discardableResult
    func recordReportRun(_ entry: ReportRunEntry, ranBy: String) throws(StoreError) -> ReportRun
    /// The latest run to `board` at a date before `asOf` (YYYY-MM-DD).
    func previousReportRun(board: String, before asOf: String) throws(StoreError) -> ReportRun?
    /// Every run to `board`, in the order run.
    func reportRuns(board: String) throws(StoreError) -> [ReportRun]
    /// Actuals of these plans recorded after a watermark, with what each replaced.
    func actualsRecorded(after watermark: Int64?, planIDs: [String]) throws(StoreError) -> [RecordedActual]
    /// Completions of these plans recorded after a watermark, with what each replaced.
    func completionsRecorded(after watermark: Int64?, planIDs: [String]) throws(StoreError) -> [RecordedCompletion]
}

/// The current values as the CSV exchange files that import reads back exactly.
public protocol ExchangeExporter: Sendable {
    func exportActuals() throws(StoreError) -> String
    func exportMilestones() throws(StoreError) -> String
}

/// The store's own health: its integrity and the migrations it has applied.
public protocol StoreHealth: Sendable {
    /// The backend's own integrity check: ["ok"], or the problems found.
    func integrityCheck() throws(StoreError) -> [String]
    /// The migrations applied, in order.
    func appliedMigrations() throws(StoreError) -> [String]
}

/// Every capability: what a front end holds once it has opened a store.
public typealias TrackingStore =
    PlanRevisionStore & ProgressRecorder & EvidenceReader & ReportRunStore & ExchangeExporter & StoreHealth

/// Where the store is, as countdown.yaml's `store:` names it.
public enum StoreLocation: Sendable, Hashable, CustomStringConvertible {
    /// An SQLite file (`.countdown/tracking.sqlite` by default).
    case sqlite(path: String)

    /// Opens the store, creating it when missing.
    public func open(now: @escaping @Sendable () -> Date = { Date() }) throws(StoreError) -> any TrackingStore {
        switch self {
        case .sqlite(let path): try SQLiteStore.open(path: path, now: now)
        }
    }

    /// Opens the store if it exists: reading commands on a new workspace create nothing.
    public func openIfPresent(now: @escaping @Sendable () -> Date = { Date() }) throws(StoreError)
        -> (any TrackingStore)?
    {
        switch self {
        case .sqlite(let path): try SQLiteStore.openIfPresent(path: path, now: now)
        }
    }

    public var description: String {
        switch self {
        case .sqlite(let path): path
        }
    }
}

extension SQLiteStore: PlanRevisionStore, ProgressRecorder, EvidenceReader, ReportRunStore, ExchangeExporter,
    StoreHealth
{}

extension ProgressRecorder {
    /// Records a milestone as done, refusing one already done.
    public func complete(_ entry: CompletionEntry, provenance: Provenance) throws(StoreError)
        -> Result<CompletionOutcome, EntryProblem>
    {
        try complete(entry, provenance: provenance, correcting: false)
    }

    /// Imports an exchange file with no progress reports.
    public func importFile(
        bytes: [UInt8], file: String, catalog: PlanCatalog, recordedBy: String, skipBad: Bool
    ) throws(StoreError) -> ImportResult {
        try importFile(
            bytes: bytes, file: file, catalog: catalog, recordedBy: recordedBy, skipBad: skipBad, progress: nil)
    }

    /// `importFile(bytes:…)` for a file already read as text.
    public func importFile(
        text: String, file: String, catalog: PlanCatalog, recordedBy: String, skipBad: Bool,
        progress: ((Int, Int) -> Void)? = nil
    ) throws(StoreError) -> ImportResult {
        try importFile(
            bytes: Array(text.utf8), file: file, catalog: catalog, recordedBy: recordedBy, skipBad: skipBad,
            progress: progress)
    }

    /// Imports a file checked with `ImportFile` (it is read and checked again, as it is written).
    public func importFile(
        _ file: ImportFile, recordedBy: String, skipBad: Bool, progress: ((Int, Int) -> Void)? = nil
    ) throws(StoreError) -> ImportResult {
        try importFile(
            text: file.text, file: file.file, catalog: file.catalog, recordedBy: recordedBy, skipBad: skipBad,
            progress: progress)
    }
}

extension PlanRevisionStore {
    /// Syncs with no progress reports.
    public func sync(_ files: [PlanFile]) throws(StoreError) -> SyncResult {
        try sync(files, progress: nil)
    }
}
