import Foundation
import PlanModel

/// A plan whose declared contribution is far from the one its own
/// interventions' `impact` blocks model.
public struct ContributionModelMismatchRule: LintRule {
    public static let description = RuleDescription(
        id: "contribution-mismatch",
        summary: """
            A plan's declared life-expectancy contribution differs from the one modelled from its interventions' \
            impact by more than lint.contribution_factor (default 3) either way.
            """,
        rationale: """
            Boards need to know whether the plans' promises are plausible. When the deaths the interventions can \
            avert, on the area's own mortality, give a very different gain from the one declared, either the \
            declared figure or the impact inputs (eligible, deaths_per_1000, relative_risk_reduction, the \
            Christmas Tree fractions) need another look. Needs life_expectancy.mortality in countdown.yaml.
            """,
        defaultSeverity: .warning)

    public init() {}

    public func check(_ plan: Plan, in context: LintContext) -> [Diagnostic] {
        guard let declared = plan.lifeExpectancy, let modelled = context.modelledContributions?[plan.id] else {
            return []
        }
        let factor = context.workspace.lint.contributionFactor
        let sexes: [(name: String, declared: Double?, modelled: Double?)] = [
            ("male", declared.contribution.male, modelled.years.male),
            ("female", declared.contribution.female, modelled.years.female),
        ]
        return sexes.compactMap { sex in
            guard let stated = sex.declared, let model = sex.modelled, Self.differ(stated, model, by: factor) else {
                return nil
            }
            let comparison =
                if model <= 0 {
                    "none of its interventions' impact reaches \(sex.name)s (modelled 0)"
                } else if stated > model {
                    "\(Self.text(stated / model, places: 1)) times the \(Self.text(model)) its interventions' impact models"
                } else {
                    "its interventions' impact models \(Self.text(model)), \(Self.text(model / stated, places: 1)) times as much"
                }
            return finding(
                "plan '\(plan.id)' declares \(Self.text(stated)) years for \(sex.name)s, \(comparison); "
                    + "lint.contribution_factor allows a factor of \(Self.text(factor, places: 1))",
                at: declared.locations["contribution"],
                hint: "check the impact blocks (eligible, deaths_per_1000, relative_risk_reduction, the diagnostic "
                    + "values) or the declared figure; `countdown gap --plans` shows the model for each intervention")
        }
    }

    /// Whether two contributions are more than `factor` apart either way.
    /// Two zeros agree; a zero and a non-zero never do.
    static func differ(_ declared: Double, _ modelled: Double, by factor: Double) -> Bool {
        let low = min(declared, modelled)
        let high = max(declared, modelled)
        guard high > 0 else { return false }
        return low <= 0 || high / low > factor
    }

    static func text(_ value: Double, places: Int = 3) -> String {
        String(format: "%.\(places)f", value)
    }
}
