import GRDB
import PlanModel

/// What recording one actual did.
public enum RecordOutcome: Sendable, Hashable {
    /// The first value for that measure and date.
    case added(ActualRecord)
    /// A new value replaced the current one, which stays in the history.
    case superseded(old: ActualRecord, new: ActualRecord)
    /// The current value already says exactly this: nothing was written.
    case unchanged(ActualRecord)
}

/// What recording a milestone as done did.
public enum CompletionOutcome: Sendable, Hashable {
    case added(CompletionRecord)
    case superseded(old: CompletionRecord, new: CompletionRecord)
    case unchanged(CompletionRecord)
}

extension SQLiteStore {
    /// Records an actual: new, superseding the current value for the same
    /// measure and date, or nothing when it says the same.
    public func record(_ entry: ActualEntry, provenance: Provenance) throws(StoreError) -> RecordOutcome {
        let recordedAt = timestamp()
        return try write { db in try Self.record(entry, provenance: provenance, at: recordedAt, in: db) }
    }

    /// Records a milestone as done. A milestone already done is refused
    /// (`already-done`) unless `correcting`, when the new date supersedes the
    /// old one, which stays in the history.
    public func complete(
        _ entry: CompletionEntry, provenance: Provenance, correcting: Bool
    ) throws(StoreError) -> Result<CompletionOutcome, EntryProblem> {
        let recordedAt = timestamp()
        return try write { db in
            try Self.complete(entry, provenance: provenance, at: recordedAt, correcting: correcting, in: db)
        }
    }

    static func record(
        _ entry: ActualEntry, provenance: Provenance, at recordedAt: String, in db: Database
    ) throws -> RecordOutcome {
        let current = try currentActual(planID: entry.planID, measureID: entry.measureID, date: entry.date, in: db)
        if let current, current.matches(entry) { return .unchanged(current) }
        var record = ActualRecord(
            id: nil, planID: entry.planID, measureID: entry.measureID, date: entry.date.description,
            value: entry.value, source: entry.source, note: entry.note, recordedAt: recordedAt,
            recordedBy: provenance.recordedBy, origin: provenance.origin, supersedes: current?.id)
        try record.insert(db)
        if let current { return .superseded(old: current, new: record) }
        return .added(record)
    }

    static func complete(
        _ entry: CompletionEntry, provenance: Provenance, at recordedAt: String, correcting: Bool, in db: Database
    ) throws -> Result<CompletionOutcome, EntryProblem> {
        let current = try currentCompletion(planID: entry.planID, milestoneID: entry.milestoneID, in: db)
        if let current, current.matches(entry) { return .success(.unchanged(current)) }
        if let current, !correcting {
            return .failure(
                EntryProblem(
                    rule: "already-done",
                    message: "'\(entry.address)' is already done, on \(current.completed)",
                    hint: "to change the recorded date or note, run countdown done \(entry.address) "
                        + "--date \(entry.date) --correct (the old entry stays in the history)"))
        }
        var record = CompletionRecord(
            id: nil, planID: entry.planID, milestoneID: entry.milestoneID, completed: entry.date.description,
            note: entry.note, recordedAt: recordedAt, recordedBy: provenance.recordedBy, origin: provenance.origin,
            supersedes: current?.id)
        try record.insert(db)
        if let current { return .success(.superseded(old: current, new: record)) }
        return .success(.added(record))
    }

    /// The value for a measure and date that nothing supersedes.
    static func currentActual(planID: String, measureID: String, date: Day, in db: Database) throws -> ActualRecord? {
        try ActualRecord.fetchOne(
            db,
            sql: """
                SELECT * FROM actual a
                WHERE planID = ? AND measureID = ? AND date = ?
                AND NOT EXISTS (SELECT 1 FROM actual b WHERE b.supersedes = a.id)
                """,
            arguments: [planID, measureID, date.description])
    }

    static func currentCompletion(planID: String, milestoneID: String, in db: Database) throws -> CompletionRecord? {
        try CompletionRecord.fetchOne(
            db,
            sql: """
                SELECT * FROM milestoneCompletion a
                WHERE planID = ? AND milestoneID = ?
                AND NOT EXISTS (SELECT 1 FROM milestoneCompletion b WHERE b.supersedes = a.id)
                """,
            arguments: [planID, milestoneID])
    }
}
