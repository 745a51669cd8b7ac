import Common
import PlanModel
import Progress
import Reporting
import SystemIO
import Tracking

/// `countdown record PLAN/MEASURE VALUE --date D`: an actual as the user typed it.
public struct RecordRequest: Sendable {
    /// PLAN/MEASURE.
    public var measure: String
    public var value: String
    public var date: String
    public var source: String?
    public var note: String?

    public init(measure: String, value: String, date: String, source: String? = nil, note: String? = nil) {
        self.measure = measure
        self.value = value
        self.date = date
        self.source = source
        self.note = note
    }
}

/// `countdown done PLAN/MILESTONE --date D`.
public struct DoneRequest: Sendable {
    /// PLAN/MILESTONE.
    public var milestone: String
    public var date: String
    public var note: String?
    /// Replace a completion already recorded (the old one stays in the history).
    public var correcting: Bool

    public init(milestone: String, date: String, note: String? = nil, correcting: Bool = false) {
        self.milestone = milestone
        self.date = date
        self.note = note
        self.correcting = correcting
    }
}

/// What recording did, worded for the person who asked.
public struct RecordResult: Sendable {
    public var messages: [Message]
}

extension Workbench {
    /// Records an actual: checked against the plans, then stored (or found unchanged).
    public func record(_ request: RecordRequest) throws(WorkbenchError) -> RecordResult {
        let workspace = try open()
        let entry: ActualEntry
        do {
            entry = try workspace.catalog.actual(
                address: request.measure, date: request.date, value: request.value, source: request.source,
                note: request.note)
        } catch {
            throw .stopped([workspace.skippedPlans, .entry(error)].compactMap { $0 })
        }
        let store = try workspace.openStore(self)
        let outcome = try storeCall { () throws(StoreError) in
            try store.record(entry, provenance: Provenance(recordedBy: user, origin: "record"))
        }
        let unit = workspace.catalog.plan(entry.planID)?.measures.first { $0.id == entry.measureID }?.unit ?? ""
        let shown = StatusTextRenderer.quantity(entry.value, unit: unit)
        let message =
            switch outcome {
            case .added(let record): "Recorded \(entry.address) = \(shown) on \(entry.date) (#\(record.id ?? 0))."
            case .superseded(let old, let new):
                "Recorded \(entry.address) = \(shown) on \(entry.date) (#\(new.id ?? 0)), superseding "
                    + "\(StatusTextRenderer.quantity(old.value, unit: unit)) (#\(old.id ?? 0), kept in the history)."
            case .unchanged(let record):
                "Unchanged: \(entry.address) is already \(shown) on \(entry.date) (#\(record.id ?? 0))."
            }
        return RecordResult(messages: [.note(message)])
    }

    /// Records a milestone as done; one already done is refused unless correcting.
    public func done(_ request: DoneRequest) throws(WorkbenchError) -> RecordResult {
        let workspace = try open()
        let entry: CompletionEntry
        do {
            entry = try workspace.catalog.completion(address: request.milestone, date: request.date, note: request.note)
        } catch {
            throw .stopped([workspace.skippedPlans, .entry(error)].compactMap { $0 })
        }
        let store = try workspace.openStore(self)
        let outcome = try storeCall { () throws(StoreError) in
            try store.complete(
                entry, provenance: Provenance(recordedBy: user, origin: "done"), correcting: request.correcting)
        }
        let message: String
        switch outcome {
        case .failure(let problem): throw .stopped([.entry(problem)])
        case .success(.added(let record)):
            message = "Recorded \(entry.address) as done on \(entry.date) (#\(record.id ?? 0))."
        case .success(.superseded(let old, let new)):
            message =
                "Recorded \(entry.address) as done on \(entry.date) (#\(new.id ?? 0)), superseding "
                + "\(old.completed) (#\(old.id ?? 0), kept in the history)."
        case .success(.unchanged(let record)):
            message = "Unchanged: \(entry.address) is already done on \(record.completed) (#\(record.id ?? 0))."
        }
        return RecordResult(messages: [.note(message)])
    }
}
