import Foundation
import PlanModel
import Progress
import Testing

@testable import Reporting

/// The report model, section by section.
struct BuilderTests {
    @Test func exceptionsComeMostSevereFirst() throws {
        let report = try ReportFixture.report()
        let kinds = report.exceptions.map(\.kind)
        #expect(kinds == kinds.sorted { $0.rank < $1.rank }, "exceptions out of kind order: \(kinds)")
        #expect(
            report.exceptions.map(\.subject) == [
                "smoking/quitters", "smoking/evening-clinics", "smoking/hotline", "smoking/seizures",
                "smoking/services/engaging-the-public",
            ])
        let overdue = report.exceptions.filter { $0.kind == .overdueMilestone }
        // The longest overdue first.
        #expect(overdue.map(\.magnitude) == [182, 59])
        #expect(overdue[0].detail.contains("moved once, +30 days"))
        #expect(report.headline.exceptionCount == 5)
    }

    @Test func theSummaryShowsDirectionNextMilestoneAndCountdown() throws {
        let report = try ReportFixture.report()
        let smoking = try #require(report.summary.first { $0.plan == "smoking" })
        #expect(smoking.status == .red)
        #expect(smoking.previousStatus == .green)
        #expect(smoking.direction == .worse)
        #expect(smoking.nextMilestone?.id == "quit-audit")
        #expect(smoking.nextMilestone?.daysToDue == 9)
        #expect(smoking.nextMilestone?.state == .dueSoon)
        #expect(smoking.daysToTarget == 365)
        #expect(smoking.outcome.latest == 28.3)
        #expect(smoking.outcome.state == .amber)
        let infant = try #require(report.summary.first { $0.plan == "infant" })
        #expect(infant.direction == .improved)
        #expect(infant.nextMilestone == nil)
        let first = try ReportFixture.report(previous: false)
        #expect(first.summary.allSatisfy { $0.direction == .firstReport })
    }

    @Test func theHeadlineAddsUpEveryPlanAgainstTheTarget() throws {
        let headline = try #require(try ReportFixture.report().headline.lifeExpectancy)
        #expect(headline.sexes.map(\.sex) == ["male", "female"])
        let male = headline.sexes[0]
        #expect(male.target == 0.1)
        #expect(abs(male.declared - 0.08) < 1e-12)
        #expect(male.addsUp == false)
        // Modelled: only one plan has a model; the other adds nothing.
        #expect(male.modelled == 0.031)
        #expect(headline.plans.map(\.plan) == ["infant", "smoking"])
        #expect(try ReportFixture.report().headline.plans.map(\.state) == ["red", "amber", "green"])
    }

    @Test func plansCarryChartsMilestonesTreesPartnersAndRisks() throws {
        let report = try ReportFixture.report()
        let smoking = try #require(report.plans.first { $0.id == "smoking" })
        #expect(smoking.measures.map(\.progress.id) == ["prevalence", "quitters", "seizures"])
        #expect(smoking.measures[0].tolerance?.percent == 3)
        #expect(smoking.measures[0].trajectory.count == 2)
        #expect(smoking.measures[1].intervention == "services")
        #expect(smoking.milestones.first { $0.id == "evening-clinics" }?.slip?.netDays == 30)
        #expect(smoking.interventions[0].ratings.count == DiagnosticFramework.christmasTree.components.count)
        #expect(
            smoking.interventions[0].ratings.filter(\.rated).map(\.component).sorted() == [
                "accessibility", "engaging-the-public", "known-efficacy",
            ])
        #expect(smoking.interventions[0].partners[0].organisationName == "Testshire pharmacies")
        #expect(smoking.risks.map(\.id) == ["capacity", "funding"])
        #expect(smoking.risks[0].score == 12)
        #expect(smoking.lead == "Consultant in Public Health, Testshire PCT")
    }

    @Test func theChangesComeFromTheSharedChangeModel() throws {
        let changes = try ReportFixture.report().changes
        let set = try #require(changes.plans)
        let kinds = set.allChanges.map(\.kind.rawValue)
        #expect(kinds.contains("milestone-moved"))
        #expect(kinds.contains("target-changed"))
        #expect(set.hasWeakening)
        #expect(changes.actuals.count == 1)
        let markdown = ReportRenderer().markdown(try ReportFixture.report())
        for change in set.allChanges {
            #expect(markdown.contains(MarkdownText.escape(change.sentence)), "the pack leaves out: \(change.sentence)")
        }
    }

    @Test func financialQuartersAndDatesReadAsBoardsWriteThem() {
        #expect(ReportText.date(ReportFixture.asOf) == "31 Mar 2010")
        #expect(ReportText.longDate(ReportFixture.asOf) == "31 March 2010")
        #expect(ReportText.number(15000) == "15,000")
        #expect(ReportText.number(-1234567.5) == "-1,234,567.5")
        #expect(ReportText.number(2334) == "2,334")
        #expect(ReportText.number(999.5) == "999.5")
        #expect(ReportText.years(0.1) == "0.100")
        #expect(ReportText.percent(1.054) == "105%")
        #expect(ReportText.due(-9) == "9 days overdue")
        #expect(ReportText.toGo(1) == "1 day to go")
    }
}
