import PlanModel

/// Countdown milestones are at least as frequent as the plan's reporting.
public struct MilestoneGapRule: LintRule {
    public static let description = RuleDescription(
        id: "milestone-gap",
        summary: """
            From the period start to the last target date, two consecutive milestones are further apart than the \
            plan's `reporting` cadence.
            """,
        rationale: """
            The national support team asked for countdown milestones to the target year: each report to the board \
            should have a milestone to show, so a quarterly plan needs one at least every quarter.
            """,
        defaultSeverity: .warning,
        triggering: [
            RuleExample(
                .intervention,
                """
                milestones:
                  - { id: advisers, title: Six advisers recruited, due: 2009-06-30, owner: { role: Service Manager, organisation: pct } }
                  - { id: review-2, title: Final review to the board, due: ↓2011-03-31, owner: { role: Service Manager, organisation: pct } }
                """)
        ],
        nonTriggering: [RuleExample(.plan, "reporting: annually")])

    public init() {}

    public func check(_ plan: Plan, in context: LintContext) -> [Diagnostic] {
        let period = plan.effectivePeriod(in: context.workspace)
        let lastTarget = plan.measures.map(\.target.date).filter { $0 <= period.end }.max() ?? period.end
        let milestones = plan.milestones.filter { period.contains($0.due) }.sorted { $0.due < $1.due }
        let months = plan.reporting.months
        var findings: [Diagnostic] = []
        var previous = period.start
        for milestone in milestones where milestone.due <= lastTarget {
            if milestone.due > previous.addingMonths(months, keepingMonthEnd: true) {
                findings.append(gap(from: previous, to: milestone.due, plan: plan, at: milestone.locations["due"]))
            }
            previous = milestone.due
        }
        if lastTarget > previous.addingMonths(months, keepingMonthEnd: true) {
            let location = milestones.last?.locations["due"] ?? plan.locations["reporting"]
            findings.append(gap(from: previous, to: lastTarget, plan: plan, at: location))
        }
        return findings
    }

    private func gap(from start: Day, to end: Day, plan: Plan, at location: SourceLocation) -> Diagnostic {
        finding(
            "no milestone between \(start) and \(end) (\(start.days(to: end)) days), but the plan reports "
                + "\(plan.reporting.rawValue)",
            at: location,
            hint: "add a milestone due by \(start.addingMonths(plan.reporting.months, keepingMonthEnd: true)) so every "
                + "\(plan.reporting.rawValue) report has one to show")
    }
}
