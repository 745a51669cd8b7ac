import Foundation
import PlanModel
import Progress
import Reporting
import Testing

/// The status text and JSON, from one small report.
struct StatusRendererTests {
    var report: StatusReport {
        let plan = Build.plan(
            outcome: Build.measure("outcome", tolerance: .percent(5), kind: .outcome),
            milestones: [Build.milestone("late", due: "2010-03-01"), Build.milestone("next", due: "2010-06-30")])
        let evidence = PlanEvidence(
            actuals: ["outcome": [Actual(date: Build.day("2009-12-31"), value: 2450)]],
            dueHistory: ["late": [Build.day("2010-02-10"), Build.day("2010-02-21")]])
        return StatusReport(
            rules: StatusRules(asOf: Build.day("2010-03-31")),
            plans: [Build.judge("2010-03-31").plan(plan, period: plan.period!, evidence: evidence)])
    }

    @Test func textShowsEveryPartOfAPlan() {
        let text = StatusTextRenderer().render(report)
        let expected = """
            Status at 2010-03-31 (2009/10 Q4): 1 plan, 1 red

            RED plan: A plan
              lead Lead, nhs; board board; target date 2011-03-31 (365 days to go)
              Measures
                amber         outcome  2450 people on 2009-12-31, expected 2552.05, tolerance 5%
                                       target 3400 people by 2011-03-31 (365 days to go)
              Milestones
                overdue       late  due 2010-03-01, 30 days overdue; moved twice, +19 days
                upcoming      next  due 2010-06-30, in 91 days

            Measures: 0 green, 1 amber, 0 red, 0 stale, 0 awaiting data.
            Milestones: 0 done, 1 upcoming, 0 due soon, 1 overdue.

            """
        #expect(text == expected)
    }

    /// A measure already past its target, and staying there, is not "not reaching" it.
    @Test func aForecastPastTheTargetIsNotAMiss() {
        let plan = Build.plan(outcome: Build.measure("outcome", tolerance: .percent(5), kind: .outcome))
        let evidence = PlanEvidence(actuals: [
            "outcome": [
                Actual(date: Build.day("2009-12-31"), value: 3500), Actual(date: Build.day("2010-03-01"), value: 3600),
            ]
        ])
        let report = StatusReport(
            rules: StatusRules(asOf: Build.day("2010-03-31")),
            plans: [Build.judge("2010-03-31").plan(plan, period: plan.period!, evidence: evidence)])
        let text = StatusTextRenderer().render(report)
        #expect(!text.contains("not reaching the target"))
        #expect(text.contains("meeting the target"))
    }

    @Test func colourOnlyWhenAsked() {
        #expect(!StatusTextRenderer().render(report).contains("\u{1B}"))
        #expect(StatusTextRenderer(colour: true).render(report).contains("\u{1B}[31mRED\u{1B}[0m"))
    }

    @Test func jsonIsTheModelWithSortedKeys() throws {
        let json = StatusJSONRenderer.render(report)
        #expect(json == StatusJSONRenderer.render(report))
        let decoded = try JSONDecoder().decode(StatusReport.self, from: Data(json.utf8))
        #expect(decoded == report)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["version"] as? Int == 1)
        #expect(object["quarter"] as? String == "2009/10 Q4")
        #expect(json.contains("\"summary\" : \"moved twice, +19 days\""))
    }
}
