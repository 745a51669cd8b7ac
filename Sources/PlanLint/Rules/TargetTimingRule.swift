import PlanModel

/// SMART "time-bound": the target date follows the baseline and falls in the plan period.
public struct TargetTimingRule: LintRule {
    public static let description = RuleDescription(
        id: "target-timing",
        summary: "A target date is not after its baseline date, or falls outside the plan period.",
        rationale: """
            The countdown runs to the end of the plan period: a target beyond it cannot be reported on, and one \
            before its baseline cannot be reached.
            """,
        defaultSeverity: .error,
        triggering: [
            RuleExample(.objective, "target: { date: ↓2012-03-31, value: 3400 }"),
            RuleExample(.objective, "target: { date: ↓2009-01-31, value: 3400 }"),
        ],
        nonTriggering: [RuleExample(.objective, "target: { date: 2011-03-31, value: 3400 }")])

    public init() {}

    public func check(_ plan: Plan, in context: LintContext) -> [Diagnostic] {
        let period = plan.effectivePeriod(in: context.workspace)
        var findings: [Diagnostic] = []
        plan.forEachMeasure { measure in
            let target = measure.target.date
            if target <= measure.baseline.date {
                findings.append(
                    finding(
                        "\(measure.label): the target date \(target) is not after the baseline date \(measure.baseline.date)",
                        at: measure.target.locations["date"],
                        hint: "the target date is when the target value should be reached"))
                return
            }
            guard !period.contains(target) else { return }
            findings.append(
                finding(
                    "\(measure.label): the target date \(target) is outside the plan period \(period.start) to \(period.end)",
                    at: measure.target.locations["date"],
                    hint: "set a target inside the period, or extend the plan's period"))
        }
        return findings
    }
}
