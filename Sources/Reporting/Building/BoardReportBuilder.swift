import PlanModel
import Progress

/// Builds the one report model from its inputs. Pure and deterministic:
/// lists keep the plans' order or an explicit sort with a total order, so
/// the same inputs give the same report.
public struct BoardReportBuilder: Sendable {
    public let inputs: ReportInputs
    /// This board's plans by id.
    let plansByID: [String: Plan]
    /// Every plan's measures and milestones by `plan/id`, made once: a plan's
    /// `milestones` walks its interventions, and a lookup per exception made a
    /// plan with 10,000 overdue milestones take seconds (issue 16).
    let measures: [String: Measure]
    let milestones: [String: Milestone]

    public init(_ inputs: ReportInputs) {
        self.inputs = inputs
        plansByID = Dictionary(inputs.plans.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var measures: [String: Measure] = [:]
        var milestones: [String: Milestone] = [:]
        // Only this board's plans have exceptions: the workspace's other plans are not indexed.
        for progress in inputs.status.plans {
            guard let plan = plansByID[progress.id] else { continue }
            for measure in plan.measures where measures["\(plan.id)/\(measure.id)"] == nil {
                measures["\(plan.id)/\(measure.id)"] = measure
            }
            for milestone in plan.milestones where milestones["\(plan.id)/\(milestone.id)"] == nil {
                milestones["\(plan.id)/\(milestone.id)"] = milestone
            }
        }
        self.measures = measures
        self.milestones = milestones
    }

    public func build() -> BoardReport {
        let status = inputs.status
        let exceptions = self.exceptions()
        let config = inputs.workspace
        return BoardReport(
            board: BoardHeader(id: inputs.board.id, name: inputs.board.name, cadence: inputs.board.cadence),
            area: AreaHeader(
                id: config.area.id, name: config.area.name, periodStart: config.period.start,
                periodEnd: config.period.end),
            asOf: status.rules.asOf, rules: status.rules, previousReport: inputs.previousReport,
            headline: headline(exceptionCount: exceptions.count), exceptions: exceptions,
            summary: status.plans.map { summary($0, exceptions: exceptions) },
            plans: status.plans.compactMap(section), changes: inputs.changes,
            framework: FrameworkHeader(inputs.framework))
    }

    func headline(exceptionCount: Int) -> Headline {
        let status = inputs.status
        return Headline(
            plans: status.planCounts.map { Headline.Count(state: $0.0.rawValue, count: $0.1) },
            measures: status.measureCounts.map { Headline.Count(state: $0.0.rawValue, count: $0.1) },
            milestones: status.milestoneCounts.map { Headline.Count(state: $0.0.rawValue, count: $0.1) },
            exceptionCount: exceptionCount, lifeExpectancy: lifeExpectancy())
    }

    func summary(_ progress: PlanProgress, exceptions: [ReportException]) -> PlanSummary {
        let outcome = progress.measures.first { $0.kind == Measure.Kind.outcome.rawValue } ?? progress.measures[0]
        let next = progress.milestones.enumerated()
            .filter { $0.element.state != .done && $0.element.daysToDue >= 0 }
            .min { ($0.element.due, $0.offset) < ($1.element.due, $1.offset) }?.element
        let previous = inputs.previousStatuses[progress.id]
        return PlanSummary(
            plan: progress.id, title: progress.title, lead: lead(of: progress), planStatus: progress.planStatus,
            status: progress.status, previousStatus: previous,
            direction: StatusDirection(
                previous: previous, current: progress.status, hasPreviousReport: inputs.previousReport != nil),
            outcome: PlanSummary.OutcomeLine(
                measure: outcome.id, title: outcome.title, unit: outcome.unit, state: outcome.state,
                latest: outcome.latest?.judgement.value, latestDate: outcome.latest?.date,
                expected: outcome.latest?.judgement.expected ?? outcome.expectedNow, target: outcome.target.value,
                targetDate: outcome.target.date),
            nextMilestone: next.map {
                PlanSummary.NextMilestone(
                    id: $0.id, title: $0.title, due: $0.due, daysToDue: $0.daysToDue, state: $0.state)
            },
            targetDate: progress.targetDate, daysToTarget: progress.daysToTarget,
            redComponents: progress.redComponents.count, exceptions: exceptions.count { $0.plan == progress.id })
    }

    /// The plan's lead with the organisation's name.
    func lead(of progress: PlanProgress) -> String {
        plansByID[progress.id].map { ReportText.person($0.lead, in: inputs.workspace) } ?? progress.lead
    }
}
