import PlanModel
import Progress

extension BoardReportBuilder {
    /// Red measures, overdue milestones, stale data and red diagnostic
    /// components, in that order; within each, the worst first, then plan
    /// order, so the list is the same every time.
    func exceptions() -> [ReportException] {
        var found: [(exception: ReportException, order: Int)] = []
        for progress in inputs.status.plans {
            let plan = plansByID[progress.id]
            for measure in progress.measures {
                if let exception = exception(for: measure, in: progress, plan: plan) {
                    found.append((exception, found.count))
                }
            }
            for milestone in progress.milestones where milestone.state == .overdue {
                found.append((overdue(milestone, in: progress, plan: plan), found.count))
            }
            for component in progress.redComponents {
                found.append((red(component, in: progress, plan: plan), found.count))
            }
        }
        return found.sorted { a, b in
            if a.exception.kind != b.exception.kind { return a.exception.kind.rank < b.exception.kind.rank }
            // Stale data: the oldest figure first; the rest: the largest magnitude first.
            let ma = a.exception.magnitude ?? .infinity
            let mb = b.exception.magnitude ?? .infinity
            if ma != mb { return ma > mb }
            return a.order < b.order
        }.map(\.exception)
    }

    func exception(for measure: MeasureProgress, in progress: PlanProgress, plan: Plan?) -> ReportException? {
        let declared = plan.flatMap { measures["\($0.id)/\(measure.id)"] }
        let owner = plan.flatMap { plan in
            declared.map { ReportText.person($0.owner ?? plan.lead, in: inputs.workspace) }
        }
        let value = { (number: Double) in ReportText.quantity(number, unit: measure.unit) }
        switch (measure.state, measure.latest) {
        case (.red, let latest?):
            let judgement = latest.judgement
            let band = declared?.tolerance.map(MeasureSection.ToleranceBand.init)
            let tolerance =
                band.map { ", tolerance \(ReportText.tolerance($0, unit: measure.unit))" } ?? ", no tolerance"
            let detail =
                "\(value(judgement.value)) on \(ReportText.date(latest.date)), expected "
                + "\(value(judgement.expected))\(tolerance): \(ReportText.difference(judgement.shortfall, unit: measure.unit)) "
                + "worse than expected"
            let share = judgement.expected == 0 ? nil : judgement.shortfall / abs(judgement.expected) * 100
            return ReportException(
                kind: .redMeasure, plan: progress.id, planTitle: progress.title, subject: measure.address,
                title: measure.title, detail: detail, owner: owner, magnitude: share)
        case (.stale, let latest):
            let due = "a figure dated \(ReportText.date(measure.staleBefore)) or later is due"
            let detail =
                latest.map {
                    "no figure since \(ReportText.date($0.date)) (\(value($0.judgement.value))); " + due
                } ?? "nothing recorded yet; " + due
            let age = latest.map { Double($0.date.days(to: inputs.status.rules.asOf)) }
            return ReportException(
                kind: .staleMeasure, plan: progress.id, planTitle: progress.title, subject: measure.address,
                title: measure.title, detail: detail, owner: owner, magnitude: age)
        default:
            return nil
        }
    }

    func overdue(_ milestone: MilestoneProgress, in progress: PlanProgress, plan: Plan?) -> ReportException {
        var detail = ReportText.milestone(milestone)
        if let slip = milestone.slip { detail += "; \(slip.summary)" }
        let owner = plan.flatMap { milestones["\($0.id)/\(milestone.id)"] }.map {
            ReportText.person($0.owner, in: inputs.workspace)
        }
        return ReportException(
            kind: .overdueMilestone, plan: progress.id, planTitle: progress.title, subject: milestone.address,
            title: milestone.title, detail: detail, owner: owner ?? milestone.owner,
            magnitude: Double(-milestone.daysToDue))
    }

    func red(_ component: PlanProgress.RedComponent, in progress: PlanProgress, plan: Plan?) -> ReportException {
        let intervention = plan?.interventions.first { $0.id == component.intervention }
        let title = inputs.framework.components.first { $0.id == component.component }?.title ?? component.component
        let on = intervention.map { "\($0.title) (\($0.id))" } ?? component.intervention
        let detail = "rated red for \(on)" + (component.evidence.map { ": \($0)" } ?? "")
        return ReportException(
            kind: .redComponent, plan: progress.id, planTitle: progress.title,
            subject: "\(progress.id)/\(component.intervention)/\(component.component)", title: title, detail: detail,
            owner: intervention.map { ReportText.person($0.lead, in: inputs.workspace) }, magnitude: nil)
    }
}
