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
        var findings: [Diagnostic] = []
        plan.forEachMeasure { measure in
            guard Self.isBlank(measure.unit) else { return }
            findings.append(
                finding(
                    "\(measure.label) has no unit", at: measure.locations["unit"],
                    hint: "write the unit its values are in, e.g. unit: \"%\", unit: per 100,000, unit: people"))
        }
        return findings
    }

    /// Nothing but spaces and tabs (Foundation's `.whitespaces`). An ASCII
    /// byte that is neither decides without Foundation: it is not trimmed.
    static func isBlank(_ unit: String) -> Bool {
        let decided = unit.utf8.contains { $0 < 0x80 && $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") }
        return decided ? false : unit.trimmingCharacters(in: .whitespaces).isEmpty
    }
}
