import PlanLoading
import PlanModel

/// Every rule countdown knows: the schema checks (made by the loader) and
/// the domain rules (run here on plans that passed them).
public enum RuleRegistry {
    public static let domainRules: [any LintRule] = [
        VagueObjectiveRule()
    ]

    public static var schemaRules: [RuleDescription] {
        SchemaRule.allCases.map {
            RuleDescription(
                id: $0.rawValue, summary: $0.summary,
                rationale: "A file that breaks this cannot be read as the plan format says.",
                defaultSeverity: .error, isConfigurable: false)
        }
    }

    public static var all: [RuleDescription] {
        (schemaRules + domainRules.map { type(of: $0).description }).sorted { $0.id < $1.id }
    }

    public static func description(of id: String) -> RuleDescription? {
        all.first { $0.id == id }
    }
}
