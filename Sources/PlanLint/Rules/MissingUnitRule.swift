import Foundation
import PlanModel

/// SMART "measurable": a measure states its unit.
public struct MissingUnitRule: LintRule {
    public static let description = RuleDescription(
        id: "missing-unit",
        summary: "A measure's unit is blank.",
        rationale: """
            A baseline of 26.4 means nothing without its unit: per cent, per 100,000, people. Reports and \
            tolerances are read in the unit.
            """,
        defaultSeverity: .error,
        triggering: [RuleExample(.objective, "unit: ↓\"\"")],
        nonTriggering: [RuleExample(.objective, "unit: people")])

    public init() {}

    public func check(_ plan: Plan, in context: LintContext) -> [Diagnostic] {
        plan.measures.compactMap { measure in
            guard measure.unit.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
            return finding(
                "\(measure.label) has no unit", at: measure.locations["unit"],
                hint: "write the unit its values are in, e.g. unit: \"%\", unit: per 100,000, unit: people")
        }
    }
}
