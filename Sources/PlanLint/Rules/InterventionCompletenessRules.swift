import PlanModel

/// An active plan's interventions each have a countdown milestone.
public struct InterventionWithoutMilestoneRule: LintRule {
    public static let description = RuleDescription(
        id: "intervention-without-milestone",
        summary: "An intervention of an active plan has no milestone.",
        rationale: "Without a milestone, nobody can tell from a board report whether an intervention is happening.",
        defaultSeverity: .warning,
        triggering: [
            RuleExample(
                .plan,
                """
                interventions:
                  - id: ↓brief-advice
                    title: Brief advice in general practice
                    level: frontline
                    lead: { role: Clinical Lead, organisation: pct }
                """)
        ],
        nonTriggering: [RuleExample(.plan, "status: draft")])

    public init() {}

    public func check(_ plan: Plan, in context: LintContext) -> [Diagnostic] {
        guard plan.isActive else { return [] }
        return plan.interventions.indices.filter { plan.interventions[$0].milestones.isEmpty }.map { index in
            let intervention = plan.interventions[index]
            return finding(
                "intervention '\(intervention.id)' has no milestone", at: intervention.locations["id"],
                hint: "add at least one countdown milestone (id, title, due, owner) under 'milestones'")
        }
    }
}

/// An active plan's interventions each have a SMART objective.
public struct InterventionWithoutObjectiveRule: LintRule {
    public static let description = RuleDescription(
        id: "intervention-without-objective",
        summary: "An intervention of an active plan has no objective.",
        rationale: """
            Objectives are what progress is recorded against; an intervention without one cannot show whether it \
            is on track.
            """,
        defaultSeverity: .warning,
        triggering: [RuleExample(.intervention, "↓objectives: []")],
        nonTriggering: [RuleExample(.plan, "status: draft")])

    public init() {}

    public func check(_ plan: Plan, in context: LintContext) -> [Diagnostic] {
        guard plan.isActive else { return [] }
        return plan.interventions.indices.filter { plan.interventions[$0].objectives.isEmpty }.map { index in
            let intervention = plan.interventions[index]
            return finding(
                "intervention '\(intervention.id)' has no objective",
                at: intervention.locations.has("objectives")
                    ? intervention.locations.key("objectives") : intervention.locations["id"],
                hint: "add a SMART objective: a statement with a number and a date, a baseline and a target")
        }
    }
}
