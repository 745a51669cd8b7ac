import PlanModel

/// Applies PRODUCT.md's status rules at one date. Pure: plans and evidence
/// in, progress values out, so `status`, board reports and tests all get
/// the same answer from the same inputs.
public struct StatusJudge: Sendable {
    public var rules: StatusRules

    public init(rules: StatusRules) {
        self.rules = rules
    }

    /// Every plan in `plans` (in the order given), judged on its evidence.
    public func report(
        plans: [Plan], workspace: WorkspaceConfig, evidence: [String: PlanEvidence]
    ) -> StatusReport {
        StatusReport(
            rules: rules,
            plans: plans.map {
                plan($0, period: $0.effectivePeriod(in: workspace), evidence: evidence[$0.id] ?? .init())
            })
    }

    public func plan(_ plan: Plan, period: Period, evidence: PlanEvidence) -> PlanProgress {
        let measures = plan.measures.map { measure in
            self.measure(
                measure, plan: plan.id, reporting: plan.reporting, planStart: period.start,
                actuals: evidence.actuals[measure.id] ?? [])
        }
        var milestones: [MilestoneProgress] = []
        for intervention in plan.interventions {
            for milestone in intervention.milestones {
                milestones.append(
                    self.milestone(
                        milestone, plan: plan.id, intervention: intervention.id,
                        completion: evidence.completions[milestone.id],
                        dueHistory: evidence.dueHistory[milestone.id] ?? []))
            }
        }
        let colours = measures.compactMap(\.state.colour) + milestones.map(\.colour)
        let red = plan.interventions.flatMap { intervention in
            intervention.diagnostic.filter { $0.rating == .red }.map {
                PlanProgress.RedComponent(intervention: intervention.id, component: $0.component, evidence: $0.evidence)
            }
        }
        return PlanProgress(
            id: plan.id, title: plan.title, board: plan.board, lead: "\(plan.lead.role), \(plan.lead.organisation)",
            planStatus: plan.status, status: colours.max() ?? .green, targetDate: plan.outcome.target.date,
            daysToTarget: rules.asOf.days(to: plan.outcome.target.date), measures: measures, milestones: milestones,
            redComponents: red)
    }
}
