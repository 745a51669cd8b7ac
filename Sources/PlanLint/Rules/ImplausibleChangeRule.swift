import Common
import PlanModel

/// SMART "achievable": the change a year the target asks for, against a limit.
public struct ImplausibleChangeRule: LintRule {
    public static let description = RuleDescription(
        id: "implausible-change",
        summary: """
            A target asks for a yearly change larger than `lint.max_yearly_change_percent` of the baseline \
            (default 50%).
            """,
        rationale: """
            Population measures move slowly; a target that needs the baseline to move by more than half a year \
            is likely a typo or a wish. The limit is a workspace setting because scaling a new service from a \
            pilot can honestly need more. \
            To accept one target, silence it with an ignore comment that says why, on the line above the value or \
            at its end: `# countdown: ignore[implausible-change] <why>`.
            """,
        defaultSeverity: .warning,
        triggering: [
            RuleExample(.objective, "target: { date: 2011-03-31, value: ↓9000 }")
        ],
        nonTriggering: [
            RuleExample(.objective, "target: { date: 2011-03-31, value: 3400 }"),
            RuleExample(.workspace, "lint: { max_yearly_change_percent: 200 }"),
            RuleExample(
                .objective,
                "target: { date: 2011-03-31, value: 9000 }  # countdown: ignore[implausible-change] a new service"),
        ])

    public init() {}

    public func check(_ plan: Plan, in context: LintContext) -> [Diagnostic] {
        let limit = context.workspace.lint.maxYearlyChangePercent
        var findings: [Diagnostic] = []
        plan.forEachMeasure { measure in
            let baseline = measure.baseline.value
            let days = measure.baseline.date.days(to: measure.target.date)
            // A zero baseline has no relative change, and a target not after
            // the baseline is target-timing's finding.
            guard baseline != 0, days > 0 else { return }
            let years = Double(days) / 365.25
            let percentPerYear = abs(measure.target.value - baseline) / abs(baseline) * 100 / years
            guard percentPerYear > limit else { return }
            findings.append(
                finding(
                    "\(measure.label) asks for a change of \(Int(percentPerYear.rounded()))% of its baseline a year "
                        + "(\(NumberText.written(baseline, roundedTo: 3)) to \(NumberText.written(measure.target.value, roundedTo: 3)) \(measure.unit) in "
                        + "\(NumberText.written((years * 10).rounded() / 10, roundedTo: 3)) years); the limit is \(NumberText.written(limit, roundedTo: 3))%",
                    at: measure.target.locations["value"],
                    hint: "check the target and baseline; if the change is really planned, put "
                        + "`# countdown: ignore[implausible-change] <why>` on the line above the target's value, "
                        + "or raise lint.max_yearly_change_percent in countdown.yaml"))
        }
        return findings
    }
}
