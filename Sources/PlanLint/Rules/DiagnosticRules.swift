import PlanModel

/// Every intervention of an active plan is rated on every component.
public struct IncompleteDiagnosticRule: LintRule {
    public static let description = RuleDescription(
        id: "incomplete-diagnostic",
        summary: "An intervention of an active plan is not rated on every component of the diagnostic framework.",
        rationale: """
            The Christmas Tree only works whole: an intervention changes population outcomes only if every \
            component holds, so a missing rating hides the weak one.
            """,
        defaultSeverity: .warning,
        triggering: [
            RuleExample(
                .intervention,
                """
                ↓diagnostic:
                  known-efficacy: { rating: green, evidence: NICE PH10 }
                """)
        ],
        nonTriggering: [RuleExample(.plan, "status: draft")])

    public init() {}

    public func check(_ plan: Plan, in context: LintContext) -> [Diagnostic] {
        guard plan.isActive else { return [] }
        let components = context.framework.components
        var findings: [Diagnostic] = []
        for index in plan.interventions.indices {
            var missing: [String] = []
            for component in components.indices {
                let id = components[component].id
                if !plan.interventions[index].diagnostic.contains(where: { $0.component == id }) { missing.append(id) }
            }
            guard !missing.isEmpty else { continue }
            let intervention = plan.interventions[index]
            let location =
                intervention.locations.has("diagnostic")
                ? intervention.locations.key("diagnostic") : intervention.locations["id"]
            findings.append(
                finding(
                    "intervention '\(intervention.id)' is not rated on \(missing.count) of the "
                        + "\(components.count) \(context.framework.title) components: "
                        + missing.joined(separator: ", "),
                    at: location, hint: "rate each as green, amber, red (with evidence) or unknown"))
        }
        return findings
    }
}

/// Red components are where an intervention will fail to add up.
public struct RedComponentRule: LintRule {
    public static let description = RuleDescription(
        id: "red-component",
        summary: "A diagnostic component is rated red.",
        rationale: """
            A red component is where the intervention will not reach population level unless something changes: \
            reports show it beside the plan's status, and the plan should say what is done about it. It is \
            information about the intervention, not a fault in the file, so it does not fail a run.
            """,
        defaultSeverity: .info,
        triggering: [
            RuleExample(
                .intervention,
                """
                diagnostic:
                  known-efficacy: { rating: green, evidence: NICE PH10 }
                  cost-effectiveness: { rating: green, evidence: Under 1000 pounds per QALY }
                  commissioned-volume: { rating: ↓red, evidence: 3000 of 9000 places commissioned, value: 0.33 }
                  optimal-practice: { rating: green, evidence: Quarterly audit of quit rates, value: 0.85 }
                  accessibility: { rating: green, evidence: Evening clinics in all wards, value: 0.9 }
                  engaging-the-public: { rating: amber, evidence: Uptake rising among men, value: 0.6 }
                  supported-self-management: { rating: green, evidence: 12-week follow-up, value: 0.7 }
                  adequate-resourcing: { rating: green, evidence: Recurrent funding }
                """)
        ],
        nonTriggering: [])

    public init() {}

    public func check(_ plan: Plan, in context: LintContext) -> [Diagnostic] {
        ratings(plan, .red).map { intervention, rating in
            finding(
                "intervention '\(intervention)': '\(rating.component)' is red (\(rating.evidence ?? "no evidence"))",
                at: rating.locations["rating"],
                hint: "say in a risk or a milestone what will turn it amber or green")
        }
    }
}

/// Unknown ratings are gaps in what the plan knows about itself.
public struct UnratedComponentRule: LintRule {
    public static let description = RuleDescription(
        id: "unrated-component",
        summary: "A diagnostic component is rated unknown.",
        rationale: "An unknown rating is honest, but it is a gap to close: the component may be the one that fails.",
        defaultSeverity: .info,
        triggering: [RuleExample(.intervention, "diagnostic: { known-efficacy: { rating: ↓unknown } }")],
        nonTriggering: [])

    public init() {}

    public func check(_ plan: Plan, in context: LintContext) -> [Diagnostic] {
        ratings(plan, .unknown).map { intervention, rating in
            finding(
                "intervention '\(intervention)': '\(rating.component)' is rated unknown",
                at: rating.locations["rating"], hint: "find the evidence and rate it green, amber or red")
        }
    }
}

/// A share component without its fraction cannot feed the impact model.
public struct MissingShareValueRule: LintRule {
    public static let description = RuleDescription(
        id: "missing-share-value",
        summary: """
            A component that stands for a share (commissioned volume, accessibility, engaging the public, \
            supported self-management) has no `value` fraction.
            """,
        rationale: """
            The components behave like a cascade (coverage × access × uptake × adherence); their fractions let \
            countdown model deaths averted instead of taking a declared contribution on trust.
            """,
        defaultSeverity: .info,
        triggering: [
            RuleExample(
                .intervention,
                "diagnostic: { accessibility: ↓{ rating: green, evidence: Evening clinics in all wards } }")
        ],
        nonTriggering: [
            RuleExample(
                .intervention,
                "diagnostic: { accessibility: { rating: green, evidence: Evening clinics in all wards, value: 0.9 } }")
        ])

    public init() {}

    public func check(_ plan: Plan, in context: LintContext) -> [Diagnostic] {
        let shares = Set(context.framework.components.filter(\.isShare).map(\.id))
        var findings: [Diagnostic] = []
        for index in plan.interventions.indices {
            for rating in plan.interventions[index].diagnostic.indices {
                let component = plan.interventions[index].diagnostic[rating]
                guard component.value == nil, component.rating != .unknown, shares.contains(component.component)
                else { continue }
                findings.append(
                    finding(
                        "intervention '\(plan.interventions[index].id)': '\(component.component)' has no value (the share it stands for)",
                        at: component.locations.start,
                        hint: "add value: a fraction between 0 and 1, e.g. value: 0.72 for 72% of need reached"))
            }
        }
        return findings
    }
}

/// The ratings of `wanted`, in order, with their intervention's id.
private func ratings(_ plan: Plan, _ wanted: Rating) -> [(intervention: String, rating: ComponentRating)] {
    var result: [(intervention: String, rating: ComponentRating)] = []
    for index in plan.interventions.indices {
        for rating in plan.interventions[index].diagnostic.indices
        where plan.interventions[index].diagnostic[rating].rating == wanted {
            result.append((plan.interventions[index].id, plan.interventions[index].diagnostic[rating]))
        }
    }
    return result
}
