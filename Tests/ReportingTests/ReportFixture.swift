import Foundation
import PlanChanges
import PlanLoading
import PlanModel
import Progress
import TestSupport
import Testing

@testable import Reporting

/// The hostile fixture workspace (Fixtures/workspace: markup, pipes and
/// formulas in plan text) with figures written inline, so a report can be
/// built without a store.
enum ReportFixture {
    static let root = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.path + "/workspace"
    static let asOf = day("2010-03-31")

    static func day(_ text: String) -> Day { Day(iso: text)! }

    static func loaded() throws -> LoadedWorkspace {
        let workspace = try WorkspaceLoader(displayBase: root).load(root: root)
        #expect(workspace.plans.count == 2, "the fixture plans must pass the schema checks")
        return workspace
    }

    static func evidence() -> [String: PlanEvidence] {
        func actual(_ date: String, _ value: Double, source: String? = nil) -> Actual {
            Actual(date: day(date), value: value, source: source)
        }
        return [
            "smoking": PlanEvidence(
                actuals: [
                    "prevalence": [
                        actual("2009-06-30", 28.6), actual("2009-09-30", 28.4),
                        actual("2009-12-31", 28.3, source: "=IHS survey | Q3"),
                    ],
                    "quitters": [actual("2009-06-30", 2200), actual("2009-12-31", 2300)],
                ],
                completions: ["pharmacy-contract": Completion(date: day("2009-07-14"))],
                dueHistory: ["evening-clinics": [day("2009-08-31")]]),
            "infant": PlanEvidence(
                actuals: ["infant-deaths": [actual("2009-09-30", 7.1), actual("2009-12-31", 6.9)]],
                completions: ["midwife-referral": Completion(date: day("2010-01-15"))]),
        ]
    }

    /// The plans as they stood at the previous report: a less ambitious
    /// target now, and a milestone that has slipped since.
    static func previousPlans(_ plans: [Plan]) -> [Plan] {
        plans.map { plan in
            var copy = plan
            if plan.id == "smoking" {
                copy.outcome.target.value = 25.0
                copy.interventions[0].milestones[1].due = day("2009-08-31")
            }
            return copy
        }
    }

    static func inputs(previous: Bool = true, board: String = "hwb") throws -> ReportInputs {
        let workspace = try loaded()
        let config = try #require(workspace.config)
        let plans = workspace.plans.filter { $0.board == board }
        let status = StatusJudge(rules: StatusRules(asOf: asOf, workspace: config))
            .report(plans: plans, workspace: config, evidence: evidence())
        var changes = ReportChanges(since: nil, plans: nil, actuals: [], completions: [], unsyncedPlans: [])
        if previous {
            var set = PlanChanges.compare(
                before: previousPlans(workspace.plans), after: workspace.plans, beforeWorkspace: config,
                afterWorkspace: config)
            set.from = "the report of 2009-12-31"
            set.to = "the plans at 2010-03-31"
            for plan in set.plans.indices {
                for change in set.plans[plan].changes.indices {
                    set.plans[plan].changes[change].location = nil
                    set.plans[plan].changes[change].beforeLocation = nil
                }
            }
            changes = ReportChanges(
                since: day("2009-12-31"), plans: set,
                actuals: [
                    NewActual(
                        plan: "smoking", measure: "prevalence", title: "Adult smoking prevalence | all adults",
                        unit: "%", date: day("2009-12-31"), value: 28.3, source: "=IHS survey | Q3", replaces: 28.5)
                ],
                completions: [
                    NewCompletion(
                        plan: "infant", milestone: "midwife-referral", title: "Opt-out referral by midwives",
                        completed: day("2010-01-15"), replaces: nil)
                ], unsyncedPlans: [])
        }
        return ReportInputs(
            board: try #require(config.board(board)), workspace: config, framework: .christmasTree,
            plans: workspace.plans, status: status,
            modelled: [
                "smoking": ModelledContribution(
                    years: BySex(male: 0.031, female: 0.024), interventionCount: 1, mortalityFile: "deaths.csv")
            ],
            previousReport: previous ? day("2009-12-31") : nil,
            previousStatuses: previous ? ["smoking": .green, "infant": .red] : [:], changes: changes)
    }

    static func report(previous: Bool = true, board: String = "hwb") throws -> BoardReport {
        BoardReportBuilder(try inputs(previous: previous, board: board)).build()
    }
}

/// The golden files in Snapshots/ beside these tests.
let snapshots = Snapshot(besideFile: #filePath)
