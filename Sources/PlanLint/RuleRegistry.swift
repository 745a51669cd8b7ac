import PlanLoading
import PlanModel

/// Every rule countdown knows: the schema checks (made by the loader) and
/// the domain rules (run here on plans that passed them).
public enum RuleRegistry {
    public static let domainRules: [any LintRule] = [
        // SMART objectives
        VagueObjectiveRule(), ObjectiveNotSpecificRule(), MissingUnitRule(), ImplausibleChangeRule(),
        StatementNumbersRule(),
        TargetDirectionRule(), TargetTimingRule(),
        // Countdown milestones
        MilestoneOutsidePeriodRule(), MilestoneGapRule(), InterventionWithoutMilestoneRule(),
        PeriodOutsideWorkspaceRule(), PeriodAcrossWorkspaceRule(),
        InterventionWithoutObjectiveRule(),
        // Leads and partners
        UnassignedLeadRule(), UnquantifiedPartnerRule(),
        // The diagnostic framework
        IncompleteDiagnosticRule(), RedComponentRule(), UnratedComponentRule(), MissingShareValueRule(),
        // Outcome and trajectories
        TrajectoryOrderRule(), TrajectoryDirectionRule(),
        // The population triangle and the life-expectancy gap
        SingleLevelRule(), MissingContributionRule(), ContributionsShortfallRule(), ZeroBaselineGapRule(),
        // Skeletons not yet filled in
        UnfinishedRule(),
        ContributionModelMismatchRule(),
    ]

    public static var schemaRules: [RuleDescription] {
        SchemaRule.allCases.map {
            RuleDescription(
                id: $0.rawValue, summary: $0.summary,
                rationale: "A file that breaks this cannot be read as the plan format says.",
                defaultSeverity: .error, isConfigurable: false)
        }
    }

    /// Findings about the lint set-up itself.
    public static let metaRules = [
        RuleDescription(
            id: "invalid-suppression",
            summary: "An ignore comment names a rule that cannot be silenced, or gives no reason.",
            rationale: "A silenced finding should say why it is acceptable, so that a reviewer can agree or not.",
            defaultSeverity: .error, isConfigurable: false)
    ]

    public static var all: [RuleDescription] {
        (schemaRules + metaRules + domainRules.map { type(of: $0).description }).sorted { $0.id < $1.id }
    }

    public static func description(of id: String) -> RuleDescription? {
        all.first { $0.id == id }
    }
}
