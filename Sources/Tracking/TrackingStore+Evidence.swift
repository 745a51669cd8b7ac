import GRDB
import PlanModel
import Progress

extension TrackingStore {
    /// What the store knows about each plan, for the status judgement:
    /// current actuals and completions, and each milestone's due date in
    /// every synced revision. Plans with nothing recorded get empty evidence.
    public func evidence(for planIDs: [String]) throws(StoreError) -> [String: PlanEvidence] {
        let wanted = Set(planIDs)
        return try read { db in
            var evidence: [String: PlanEvidence] = [:]
            for id in planIDs { evidence[id] = PlanEvidence() }
            let actuals = try ActualRecord.fetchAll(db, sql: Self.current("actual", orderBy: "planID, measureID, date"))
            for record in actuals where wanted.contains(record.planID) {
                guard let actual = record.actual else { continue }
                evidence[record.planID]?.actuals[record.measureID, default: []].append(actual)
            }
            let completions = try CompletionRecord.fetchAll(
                db, sql: Self.current("milestoneCompletion", orderBy: "planID, milestoneID"))
            for record in completions where wanted.contains(record.planID) {
                evidence[record.planID]?.completions[record.milestoneID] = record.completion
            }
            let revisions = try PlanRevision.order(PlanRevision.Columns.id).fetchAll(db)
            for revision in revisions where wanted.contains(revision.planID) {
                guard let snapshot = revision.plan else { continue }
                for (milestone, due) in snapshot.milestoneDues {
                    evidence[revision.planID]?.dueHistory[milestone, default: []].append(due)
                }
            }
            return evidence
        }
    }
}
