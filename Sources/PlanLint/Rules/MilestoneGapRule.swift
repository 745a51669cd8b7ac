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
        var lastTarget: Day?
        plan.forEachMeasure { measure in
            let date = measure.target.date
            if date <= period.end, lastTarget.map({ date > $0 }) ?? true { lastTarget = date }
        }
        let last = lastTarget ?? period.end
        // Milestones by due date (a stable sort, so ties keep the file's
        // order), as positions rather than copies of every milestone.
        var milestones: [(due: Day, intervention: Int, milestone: Int)] = []
        for intervention in plan.interventions.indices {
            for milestone in plan.interventions[intervention].milestones.indices {
                let due = plan.interventions[intervention].milestones[milestone].due
                if period.contains(due) { milestones.append((due, intervention, milestone)) }
            }
        }
        milestones.sort { $0.due < $1.due }
        func location(_ entry: (due: Day, intervention: Int, milestone: Int)) -> SourceLocation {
            plan.interventions[entry.intervention].milestones[entry.milestone].locations["due"]
        }
        let months = plan.reporting.months
        var findings: [Diagnostic] = []
        var previous = period.start
        for milestone in milestones where milestone.due <= last {
            if milestone.due > previous.addingMonths(months, keepingMonthEnd: true) {
                findings.append(gap(from: previous, to: milestone.due, plan: plan, at: location(milestone)))
            }
            previous = milestone.due
        }
        if last > previous.addingMonths(months, keepingMonthEnd: true) {
            let location = milestones.last.map(location) ?? plan.locations["reporting"]
            findings.append(gap(from: previous, to: last, plan: plan, at: location))
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
