import PlanModel

/// A plan's own period lies inside the workspace's (issue 17): a plan for 2013–2016 in a 2021–2024 workspace
/// is reported on by nothing and its contribution does not belong to the workspace's target.
public struct PeriodOutsideWorkspaceRule: LintRule {
    public static let description = RuleDescription(
        id: "period-outside-workspace",
        summary: "A plan's period does not overlap the workspace's period at all.",
        rationale: """
            The workspace's period is the delivery horizon its board reports on and its target is set for; a \
            plan wholly outside it is a plan of another programme, or a period mistyped.
            """,
        defaultSeverity: .error,
        triggering: [RuleExample(.plan, "period: ↓{ start: 2013-04-01, end: 2016-03-31 }")],
        nonTriggering: [RuleExample(.plan, "period: { start: 2009-04-01, end: 2010-03-31 }")])

    public init() {}

    public func check(_ plan: Plan, in context: LintContext) -> [Diagnostic] {
        let workspace = context.workspace.period
        guard let period = plan.period, period.end < workspace.start || period.start > workspace.end else {
            return []
        }
        return [
            finding(
                "plan '\(plan.id)' runs from \(period.start) to \(period.end), wholly outside the workspace's "
                    + "period \(workspace.start) to \(workspace.end)",
                at: plan.locations["period"],
                hint: "correct the plan's period, or remove `period:` so that the plan runs for the workspace's")
        ]
    }
}

/// A plan's period that overlaps the workspace's only in part.
public struct PeriodAcrossWorkspaceRule: LintRule {
    public static let description = RuleDescription(
        id: "period-across-workspace",
        summary: "A plan's period starts before or ends after the workspace's period, overlapping it only in part.",
        rationale: """
            Progress outside the workspace's period is not reported to its board, and a contribution dated \
            after it does not count towards the workspace's target.
            """,
        defaultSeverity: .warning,
        triggering: [RuleExample(.plan, "period: ↓{ start: 2010-04-01, end: 2013-03-31 }")],
        nonTriggering: [RuleExample(.plan, "period: { start: 2009-04-01, end: 2011-03-31 }")])

    public init() {}

    public func check(_ plan: Plan, in context: LintContext) -> [Diagnostic] {
        let workspace = context.workspace.period
        guard let period = plan.period, period.end >= workspace.start, period.start <= workspace.end,
            period.start < workspace.start || period.end > workspace.end
        else { return [] }
        return [
            finding(
                "plan '\(plan.id)' runs from \(period.start) to \(period.end), partly outside the workspace's "
                    + "period \(workspace.start) to \(workspace.end)",
                at: plan.locations["period"],
                hint:
                    "keep the plan's period inside the workspace's; if it really runs beyond, write above `period:` the comment `# countdown: ignore[period-across-workspace] REASON`"
            )
        ]
    }
}
