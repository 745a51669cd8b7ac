import Common
import PlanModel

/// SMART "relevant": the target moves in the direction the measure calls better.
public struct TargetDirectionRule: LintRule {
    public static let description = RuleDescription(
        id: "target-wrong-direction",
        summary: "A target is not better than its baseline in the measure's `better` direction.",
        rationale: """
            A smoking prevalence target above its baseline, with `better: lower`, plans for things to get worse: \
            usually `better` or the numbers are swapped.
            """,
        defaultSeverity: .error,
        triggering: [
            RuleExample(.objective, "target: { date: 2011-03-31, value: ↓2000 }"),
            RuleExample(.objective, "target: { date: 2011-03-31, value: ↓2600 }"),
        ],
        nonTriggering: [RuleExample(.objective, "target: { date: 2011-03-31, value: 3400 }")])

    public init() {}

    public func check(_ plan: Plan, in context: LintContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        plan.forEachMeasure { measure in
            guard !measure.isBetter(measure.target.value, than: measure.baseline.value) else { return }
            let verb = measure.target.value == measure.baseline.value ? "does not move from" : "is worse than"
            findings.append(
                finding(
                    "\(measure.label): the target \(NumberText.written(measure.target.value, roundedTo: 3)) \(verb) the baseline "
                        + "\(NumberText.written(measure.baseline.value, roundedTo: 3)), but \(measure.better.rawValue) is better",
                    at: measure.target.locations["value"],
                    hint: "check the target value, or whether 'better' should be "
                        + "\(measure.better == .lower ? "higher" : "lower")"))
        }
        return findings
    }
}
