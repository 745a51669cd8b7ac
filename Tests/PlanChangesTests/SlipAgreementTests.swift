import PlanChanges
import PlanLoading
import PlanModel
import Progress
import TestSupport
import Testing
import Tracking

/// The change model, the status judgement's slips and the store's
/// snapshots agree on what moved.
@Suite struct SlipAgreementTests {
    @Test func slipsAreTheChangeModelsMovesAddedUp() throws {
        // Three revisions: the pharmacy contract slips a month, then two weeks more.
        let repository = try ScriptedRepository()
        try repository.edit("plans/smoking.yaml", "due: 2009-06-30", "due: 2009-07-31")
        try repository.commit("first slip")
        try repository.edit("plans/smoking.yaml", "due: 2009-07-31", "due: 2009-08-14")
        try repository.commit("second slip")
        let revisions = try ["HEAD~2", "HEAD~1", "HEAD"].map { try repository.load($0).plans }
        let smoking = try revisions.map { plans in try #require(plans.first { $0.id == "smoking" }) }

        var diffDays: [Int] = []
        for (before, after) in zip(smoking, smoking.dropFirst()) {
            let changes = PlanChanges.compare(
                before: [before], after: [after], beforeWorkspace: nil, afterWorkspace: nil)
            diffDays += changes.changes(.milestoneMoved).compactMap(\.days)
            #expect(
                PlanChanges.milestoneMoves(before: before, after: after).map(\.move.days)
                    == changes.changes(.milestoneMoved).compactMap(\.days))
        }
        let history = smoking.dropLast().map { plan in plan.milestones.first { $0.id == "pharmacy-contract" }!.due }
        let judged = StatusJudge(rules: StatusRules(asOf: try #require(Day(iso: "2009-09-30")))).milestone(
            smoking[2].milestones[0], plan: "smoking", intervention: "services", completion: nil,
            dueHistory: history)
        let slip = try #require(judged.slip)
        #expect(diffDays == [31, 14])
        #expect(slip.moves == diffDays.count)
        #expect(slip.netDays == diffDays.reduce(0, +))
        #expect(slip.dateMoves.map(\.days) == diffDays)
        #expect(slip.summary == "moved twice, +45 days")
    }

    @Test func aDateMovedAndMovedBackIsTwoMovesNetZero() throws {
        let days = try ["2010-01-29", "2010-02-26", "2010-02-26", "2010-01-29"].map { try #require(Day(iso: $0)) }
        let moves = DateMove.moves(through: days)
        #expect(moves.map(\.days) == [28, -28])
        #expect(Slip(history: days)?.summary == "moved twice, net 0 days")
        #expect(Slip(moves: moves) == Slip(history: days))
        #expect(Slip(history: [days[0], days[0]]) == nil)
    }

    @Test func aPlanStoredInTheTrackingStoreComparesEqualToItself() throws {
        // The reports compare the plans as stored at the last report with the plans now.
        let repository = try ScriptedRepository()
        let plans = try repository.loadWorkingTree().plans
        let stored = try plans.map { plan in try #require(PlanSnapshot(plan).plan(file: plan.file)) }
        let changes = PlanChanges.compare(before: stored, after: plans, beforeWorkspace: nil, afterWorkspace: nil)
        #expect(changes.isEmpty, "\(changes.allChanges.map(\.sentence))")
    }
}
