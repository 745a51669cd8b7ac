import PlanModel
import Progress
import Testing

/// A plan's status: the worst of its measures and milestones.
struct PlanStatusTests {
    let outcome = Build.measure("outcome", kind: .outcome)
    let objective = Build.measure("objective", tolerance: .percent(10))
    let period = Period(start: Build.day("2009-04-01"), end: Build.day("2011-03-31"))

    func status(
        _ actuals: [String: [(String, Double)]], milestones: [Milestone] = [], done: [String: String] = [:],
        ratings: [ComponentRating] = []
    ) -> PlanProgress {
        let plan = Build.plan(outcome: outcome, objectives: [objective], milestones: milestones, ratings: ratings)
        let evidence = PlanEvidence(
            actuals: actuals.mapValues { $0.map { Actual(date: Build.day($0.0), value: $0.1) } },
            completions: done.mapValues { Completion(date: Build.day($0)) })
        return Build.judge("2010-03-31").plan(plan, period: period, evidence: evidence)
    }

    @Test func greenWhenEverythingIsOnTrack() {
        let progress = status(["outcome": [("2010-03-31", 2700)], "objective": [("2010-03-31", 2750)]])
        #expect(progress.status == .green)
        #expect(progress.daysToTarget == 365)
        #expect(progress.targetDate == Build.day("2011-03-31"))
    }

    @Test func theWorstMeasureSetsTheStatus() {
        // The objective is 2500 against 2700: 200 short, inside its 10% band (270): amber.
        let amber = status(["outcome": [("2010-03-31", 2700)], "objective": [("2010-03-31", 2500)]])
        #expect(amber.status == .amber)
        // The outcome has no tolerance: any shortfall is red.
        let red = status(["outcome": [("2010-03-31", 2690)], "objective": [("2010-03-31", 2750)]])
        #expect(red.status == .red)
    }

    @Test func aStaleMeasureMakesThePlanAmber() {
        let progress = status(["outcome": [("2010-03-31", 2700)], "objective": [("2009-09-30", 9999)]])
        #expect(progress.measures.map(\.state) == [.green, .stale])
        #expect(progress.status == .amber)
    }

    @Test func milestonesCountToo() {
        let on = [("outcome", [("2010-03-31", 2700.0)]), ("objective", [("2010-03-31", 2750.0)])]
        let actuals = Dictionary(uniqueKeysWithValues: on)
        let soon = status(actuals, milestones: [Build.milestone("soon", due: "2010-04-10")])
        #expect(soon.status == .amber)
        let late = status(actuals, milestones: [Build.milestone("late", due: "2010-03-01")])
        #expect(late.status == .red)
        #expect(late.milestones.first?.daysToDue == -30)
        let done = status(
            actuals, milestones: [Build.milestone("late", due: "2010-03-01")], done: ["late": "2010-03-20"])
        #expect(done.status == .green)
    }

    @Test func redDiagnosticComponentsAreShownNotCounted() {
        let rating = ComponentRating(
            component: "engaging-the-public", rating: .red, evidence: "Low uptake", value: 0.4, locations: Build.here)
        let progress = status(
            ["outcome": [("2010-03-31", 2700)], "objective": [("2010-03-31", 2750)]], ratings: [rating])
        #expect(progress.status == .green)
        #expect(progress.redComponents.map(\.component) == ["engaging-the-public"])
        #expect(progress.redComponents.first?.intervention == "work")
    }

    @Test func aReportJudgesEveryPlanInOrder() {
        let plan = Build.plan(outcome: outcome)
        let report = Build.judge("2010-10-15").report(
            plans: [plan], workspace: workspace, evidence: [:])
        #expect(report.plans.map(\.id) == ["plan"])
        #expect(report.quarter.description == "2010/11 Q3")
        #expect(report.plans[0].measures[0].state == .stale)
    }

    var workspace: WorkspaceConfig {
        WorkspaceConfig(
            schema: 1, area: Area(id: "a", name: "A"), comparator: nil, period: period, lifeExpectancy: nil,
            organisations: [], boards: [], diagnostic: "christmas-tree", contributors: [], lint: LintSettings(),
            dueSoonDays: 14, store: ".countdown/tracking.sqlite", exports: "exports", locations: Build.here)
    }
}
