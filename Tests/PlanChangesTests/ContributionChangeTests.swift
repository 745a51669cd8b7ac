import PlanChanges
import PlanModel
import TestSupport
import Testing

/// Declared contributions, and whether the plans still add up to the
/// workspace's life-expectancy target.
@Suite struct ContributionChangeTests {
    @Test func aLoweredContributionThatTakesTheTotalBelowTheTargetIsWeakening() throws {
        let repository = try ScriptedRepository()
        let changes = try repository.changes(
            in: "plans/smoking.yaml",
            [("contribution: { male: 0.06, female: 0.05 }", "contribution: { male: 0.03, female: 0.05 }")])
        let plan = try changes.only(.contributionChanged)
        #expect(plan.severity == .neutral)
        #expect(plan.title == "Declared contribution for males lowered")
        #expect(plan.before == "0.06 years")
        #expect(plan.after == "0.03 years")
        #expect(plan.amount == -0.03)
        let total = try changes.only(.contributionTotalChanged)
        #expect(total.severity == .weakening)
        #expect(total.before == "0.11 years")
        #expect(total.after == "0.08 years")
        #expect(total.note == "now below the target of 0.1 years")
        let totals = try #require(changes.contributions?.totals)
        #expect(totals.map(\.sex) == ["male", "female"])
        #expect(totals[0].declaredBefore == 0.11)
        #expect(totals[0].declaredAfter == 0.08)
        #expect(totals[0].targetAfter == 0.1)
        #expect(totals[1].changed == false)
    }

    @Test func aDraftPlanDoesNotCount() throws {
        let repository = try ScriptedRepository()
        let changes = try repository.changes(in: "plans/infant.yaml", [("status: active", "status: draft")])
        let totals = try #require(changes.contributions?.totals)
        #expect(totals[0].declaredAfter == 0.06)
        #expect(changes.changes(.contributionTotalChanged).map(\.severity) == [.weakening, .weakening])
    }

    @Test func aRisingTotalThatReachesTheTargetIsStrengthening() throws {
        let repository = try ScriptedRepository()
        _ = try repository.changes(
            in: "plans/smoking.yaml",
            [("contribution: { male: 0.06, female: 0.05 }", "contribution: { male: 0.03, female: 0.05 }")])
        let changes = try repository.changes(
            in: "plans/smoking.yaml",
            [("contribution: { male: 0.03, female: 0.05 }", "contribution: { male: 0.05, female: 0.05 }")])
        let total = try changes.only(.contributionTotalChanged)
        #expect(total.severity == .strengthening)
        #expect(total.note == "now meets the target of 0.1 years")
    }

    @Test func aLowerWorkspaceTargetIsWeakening() throws {
        let repository = try ScriptedRepository()
        let changes = try repository.changes(in: "countdown.yaml", [("reduce_by_percent: 10", "reduce_by_percent: 5")])
        let targets = changes.changes(.workspaceTargetChanged)
        #expect(
            targets.map(\.title) == [
                "Life-expectancy target for males lowered", "Life-expectancy target for females lowered",
            ])
        #expect(targets[0].before == "0.1 years")
        #expect(targets[0].after == "0.05 years")
        #expect(targets[0].severity == .weakening)
        #expect(targets[0].location?.file == "countdown.yaml")
        #expect(changes.plans.isEmpty)
    }
}

extension ContributionChangeTests {
    @Test func aCountdownYAMLWithErrorsAfterDoesNotRemoveTheTarget() throws {
        let repository = try ScriptedRepository()
        try repository.edit("countdown.yaml", "comparator: England", "comparator: [England]")
        try repository.commit("break countdown.yaml")
        let after = try repository.load("HEAD")
        #expect(after.config == nil)
        let changes = try repository.changes()
        #expect(changes.changes(.workspaceTargetChanged).isEmpty)
        #expect(changes.contributions?.changed == false)
        #expect(changes.contributions?.totals.first?.targetAfter == 0.1)
    }
}
