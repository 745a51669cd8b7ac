import GRDB
import PlanModel
import Progress

extension TrackingStore {
    /// What the store knows about each plan, for the status judgement:
    /// current actuals and completions, and each milestone's due date in
    /// every synced revision. Plans with nothing recorded get empty evidence.
    public func evidence(for planIDs: [String]) throws(StoreError) -> [String: PlanEvidence] {
        try read { db in
            var evidence: [String: PlanEvidence] = [:]
            // One indexed query per plan, for that plan only: a board's pack
            // needs its own plans' rows, not a scan of every plan's (a
            // national store holds millions).
            let actuals = try db.cachedStatement(
                sql: """
                    SELECT measureID, date, value, source, note FROM actual a
                    WHERE planID = ? AND NOT EXISTS (SELECT 1 FROM actual b WHERE b.supersedes = a.id)
                    ORDER BY measureID, date, id
                    """)
            let completions = try db.cachedStatement(
                sql: """
                    SELECT * FROM milestoneCompletion a
                    WHERE planID = ? AND NOT EXISTS (SELECT 1 FROM milestoneCompletion b WHERE b.supersedes = a.id)
                    ORDER BY milestoneID, id
                    """)
            let revisions = try db.cachedStatement(sql: "SELECT * FROM planRevision WHERE planID = ? ORDER BY id")
            for id in planIDs where evidence[id] == nil {
                var plan = PlanEvidence()
                let rows = try Row.fetchCursor(actuals, arguments: [id])
                while let row = try rows.next() {
                    guard let date = Day(iso: row["date"]) else { continue }
                    plan.actuals[row["measureID"], default: []].append(
                        Actual(date: date, value: row["value"], source: row["source"], note: row["note"]))
                }
                for record in try CompletionRecord.fetchAll(completions, arguments: [id]) {
                    plan.completions[record.milestoneID] = record.completion
                }
                for revision in try PlanRevision.fetchAll(revisions, arguments: [id]) {
                    guard let snapshot = revision.plan else { continue }
                    for (milestone, due) in snapshot.milestoneDues {
                        plan.dueHistory[milestone, default: []].append(due)
                    }
                }
                evidence[id] = plan
            }
            return evidence
        }
    }
}
