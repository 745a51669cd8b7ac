import PlanModel

/// Countdown milestones fall inside the plan period.
public struct MilestoneOutsidePeriodRule: LintRule {
    public static let description = RuleDescription(
        id: "milestone-outside-period",
        summary: "A milestone is due before the plan period starts or after it ends.",
        rationale: "Milestones count down to the end of the plan period; one outside it is never reported on.",
        defaultSeverity: .error,
        triggering: [
            RuleExample(
                .intervention,
                """
                milestones:
                  - { id: advisers, title: Six advisers recruited, due: ↓2011-06-30, owner: { role: Service Manager, organisation: pct } }
                """)
        ],
        nonTriggering: [])

    public init() {}

    public func check(_ plan: Plan, in context: LintContext) -> [Diagnostic] {
        let period = plan.effectivePeriod(in: context.workspace)
        var findings: [Diagnostic] = []
        plan.forEachMilestone { milestone in
            guard !period.contains(milestone.due) else { return }
            findings.append(
                finding(
                    "milestone '\(milestone.id)' is due \(milestone.due), outside the plan period "
                        + "\(period.start) to \(period.end)",
                    at: milestone.locations["due"],
                    hint: "move the milestone into the period, or extend the plan's period"))
        }
        return findings
    }
}
