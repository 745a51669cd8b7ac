import Foundation
import GRDB
import PlanModel
import Progress

extension TrackingStore {
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
            let revisions = try db.cachedStatement(
                sql: "SELECT snapshot FROM planRevision WHERE planID = ? ORDER BY id")
            var rows: [(id: Int64, measure: String, actual: Actual)] = []
            var superseded = Set<Int64>()
            for id in planIDs where evidence[id] == nil {
                var plan = PlanEvidence()
                rows.removeAll(keepingCapacity: true)
                superseded.removeAll(keepingCapacity: true)
                let cursor = try Row.fetchCursor(actuals, arguments: [id])
                while let row = try cursor.next() {
                    if let replaced = row[1] as Int64? { superseded.insert(replaced) }
                    guard let date = Day(iso: row[3] as String) else { continue }
                    rows.append(
                        (row[0], row[2], Actual(date: date, value: row[4], source: row[5], note: row[6])))
                }
                // Rows come ordered by measure, so each measure's list is built in one run.
                var measure: String?
                var list: [Actual] = []
                for row in rows where !superseded.contains(row.id) {
                    if row.measure != measure {
                        if let measure { plan.actuals[measure] = list }
                        measure = row.measure
                        list = plan.actuals[row.measure] ?? []
                    }
                    list.append(row.actual)
                }
                if let measure { plan.actuals[measure] = list }
                for record in try CompletionRecord.fetchAll(completions, arguments: [id]) {
                    plan.completions[record.milestoneID] = record.completion
                }
                let snapshots = try String.fetchCursor(revisions, arguments: [id])
                while let snapshot = try snapshots.next() {
                    guard let dues = MilestoneDues.decode(snapshot)?.byMilestone else { continue }
                    for (milestone, due) in dues {
                        plan.dueHistory[milestone, default: []].append(due)
                    }
                }
                evidence[id] = plan
            }
            return evidence
        }
    }
}

/// The part of a stored plan snapshot the status needs: its milestones'
/// due dates. Decoding only these skips building every other field.
struct MilestoneDues: Decodable {
    var interventions: [Intervention]

    struct Intervention: Decodable {
        var milestones: [Milestone]
    }

    struct Milestone: Decodable {
        var id: String
        var due: Day
    }

    /// Each milestone's due date, by id (as `PlanSnapshot.milestoneDues`).
    var byMilestone: [String: Day] {
        var dues: [String: Day] = [:]
        for intervention in interventions {
            for milestone in intervention.milestones { dues[milestone.id] = milestone.due }
        }
        return dues
    }

    static func decode(_ text: String) -> MilestoneDues? {
        try? JSONDecoder().decode(MilestoneDues.self, from: Data(text.utf8))
    }
}
