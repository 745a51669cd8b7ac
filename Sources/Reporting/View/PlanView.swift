import PlanModel
import Progress

/// One plan's section as text, with its charts for HTML.
struct PlanView {
    var number: Int
    var id: String
    var title: String
    var status: StateView
    var draft: String?
    var overview: String?
    var lead: String
    var contributor: String
    var reporting: String
    var period: String
    var target: String
    var measures: [MeasureView]
    var milestones: [MilestoneView]
    var hasMilestones: Bool
    var tree: TreeView
    var partners: [PartnerView]
    var hasPartners: Bool
    var risks: [RiskView]
    var hasRisks: Bool
    var riskGrid: [RiskGridRow]
    var impactColumns: [Int]

    init(_ plan: PlanSection, number: Int, report: BoardReport, charts: Bool) {
        self.number = number
        id = plan.id
        title = plan.title
        status = StateView(plan.status.rawValue)
        draft = plan.planStatus == .active ? nil : plan.planStatus.rawValue
        overview = plan.summary.map(Self.oneParagraph)
        lead = plan.lead
        contributor = plan.contributor
        reporting = ReportText.words(plan.reporting.rawValue)
        period = "\(ReportText.date(plan.periodStart)) to \(ReportText.date(plan.periodEnd))"
        target = "\(ReportText.date(plan.targetDate)) (\(ReportText.toGo(plan.daysToTarget)))"
        measures = plan.measures.map { MeasureView($0, asOf: report.asOf, chart: charts) }
        milestones = plan.milestones.map(MilestoneView.init)
        hasMilestones = !milestones.isEmpty
        let outcome = plan.measures.first?.progress.state ?? .awaitingData
        tree = TreeView(plan, framework: report.framework, outcome: outcome, chart: charts)
        partners = plan.interventions.flatMap { intervention in
            intervention.partners.map { PartnerView($0, intervention: intervention.id) }
        }
        hasPartners = !partners.isEmpty
        risks = plan.risks.map(RiskView.init)
        hasRisks = !risks.isEmpty
        impactColumns = Array(1...5)
        riskGrid = (1...5).reversed().map { likelihood in
            RiskGridRow(
                likelihood: likelihood,
                cells: (1...5).map { impact in
                    let score = likelihood * impact
                    return RiskGridCell(
                        grade: score >= 15 ? "high" : score >= 8 ? "medium" : "low",
                        risks: plan.risks.filter { $0.likelihood == likelihood && $0.impact == impact }.map(\.id))
                })
        }
    }

    /// Folded YAML text keeps its line ends; a paragraph does not.
    static func oneParagraph(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).map { $0.trimmingSpaces }.filter { !$0.isEmpty }.joined(separator: " ")
    }
}

struct MeasureView {
    var id: String
    var address: String
    var title: String
    var kind: String
    var intervention: String?
    var state: StateView
    var latest: String
    var expected: String
    var target: String
    var tolerance: String?
    var forecast: String
    var chart: String?

    init(_ section: MeasureSection, asOf: Day, chart: Bool) {
        let measure = section.progress
        let value = { (number: Double) in ReportText.quantity(number, unit: measure.unit) }
        id = measure.id
        address = measure.address
        title = measure.title
        kind = measure.kind == "outcome" ? "Outcome" : "Objective"
        intervention = section.intervention
        state = StateView(measure.state.rawValue)
        if let latest = measure.latest {
            self.latest = "\(value(latest.judgement.value)) on \(ReportText.date(latest.date))"
            expected = "\(value(latest.judgement.expected)) expected then"
        } else {
            self.latest = "nothing recorded"
            expected = "\(value(measure.expectedNow)) expected now"
        }
        if measure.state == .stale {
            self.latest += " (stale: one dated \(ReportText.date(measure.staleBefore)) or later is due)"
        }
        target = "\(value(measure.target.value)) by \(ReportText.date(measure.target.date))"
        tolerance = section.tolerance.map { ReportText.tolerance($0, unit: measure.unit) }
        if let forecast = measure.forecast {
            let reached =
                forecast.targetReachedOn.map { "target reached \(ReportText.date($0))" }
                ?? "not reaching the target at this rate"
            self.forecast = "\(value(forecast.valueAtTarget)) by the target date; \(reached)"
        } else {
            self.forecast = "needs figures on two dates"
        }
        self.chart = chart ? TrajectoryChart(measure: section, asOf: asOf).render() : nil
    }
}

struct MilestoneView {
    var id: String
    var address: String
    var title: String
    var intervention: String
    var owner: String
    var due: String
    var quarter: String
    var state: StateView
    var position: String
    var slip: String?

    init(_ milestone: MilestoneProgress) {
        id = milestone.id
        address = milestone.address
        title = milestone.title
        intervention = milestone.intervention
        owner = milestone.owner
        due = ReportText.date(milestone.due)
        quarter = FinancialQuarter(containing: milestone.due).description
        state = StateView(milestone.state.rawValue)
        position = ReportText.milestone(milestone)
        slip = milestone.slip.map { slip in
            "\(slip.summary) (first due \(ReportText.date(slip.dueDates[0])))"
        }
    }
}

struct PartnerView {
    var intervention: String
    var organisation: String
    var contribution: String
    var amount: String?

    init(_ partner: PartnerLine, intervention: String) {
        self.intervention = intervention
        organisation = partner.organisationName
        contribution = partner.contribution
        amount = partner.amount.map { ReportText.number($0) + (partner.amountUnit.map { " " + $0 } ?? "") }
    }
}

struct RiskView {
    var id: String
    var description: String
    var likelihood: Int
    var impact: Int
    var score: Int
    var grade: String
    var owner: String
    var mitigation: String?

    init(_ risk: RiskLine) {
        id = risk.id
        description = risk.description
        likelihood = risk.likelihood
        impact = risk.impact
        score = risk.score
        grade = risk.grade
        owner = risk.owner
        mitigation = risk.mitigation
    }
}

struct RiskGridRow {
    var likelihood: Int
    var cells: [RiskGridCell]
}

struct RiskGridCell {
    var grade: String
    var risks: [String]
}

extension Substring {
    var trimmingSpaces: String {
        var text = self
        while let first = text.first, first.isWhitespace { text.removeFirst() }
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return String(text)
    }
}
