import PlanModel

/// The population health triangle: a plan works at more than one level.
public struct SingleLevelRule: LintRule {
    public static let description = RuleDescription(
        id: "single-level",
        summary: "Every intervention of an active plan sits at one level (population, frontline or community).",
        rationale: """
            The national support team's triangle: percentage change at population level comes from a combination \
            of population measures, frontline services and community engagement.
            """,
        defaultSeverity: .info,
        triggering: [
            RuleExample(
                .plan,
                """
                ↓interventions:
                  - id: brief-advice
                    title: Brief advice in general practice
                    level: frontline
                    lead: { role: Clinical Lead, organisation: pct }
                    objectives:
                      - { id: advised, statement: Advise 20000 smokers in 2010/11, unit: people, better: higher, baseline: { date: 2009-03-31, value: 15000 }, target: { date: 2011-03-31, value: 20000 }, owner: { role: Clinical Lead, organisation: pct } }
                    milestones:
                      - { id: m1, title: Template live, due: 2009-06-30, owner: { role: Clinical Lead, organisation: pct } }
                      - { id: m2, title: Training done, due: 2009-09-30, owner: { role: Clinical Lead, organisation: pct } }
                      - { id: m3, title: Audit one, due: 2009-12-31, owner: { role: Clinical Lead, organisation: pct } }
                      - { id: m4, title: Review one, due: 2010-03-31, owner: { role: Clinical Lead, organisation: pct } }
                      - { id: m5, title: Audit two, due: 2010-06-30, owner: { role: Clinical Lead, organisation: pct } }
                      - { id: m6, title: Audit three, due: 2010-09-30, owner: { role: Clinical Lead, organisation: pct } }
                      - { id: m7, title: Audit four, due: 2010-12-31, owner: { role: Clinical Lead, organisation: pct } }
                      - { id: m8, title: Review two, due: 2011-03-31, owner: { role: Clinical Lead, organisation: pct } }
                    diagnostic:
                      known-efficacy: { rating: green, evidence: NICE PH1 }
                      cost-effectiveness: { rating: green, evidence: NICE PH1 }
                      commissioned-volume: { rating: green, evidence: All practices, value: 1 }
                      optimal-practice: { rating: green, evidence: Template audit, value: 0.8 }
                      accessibility: { rating: green, evidence: All practices, value: 1 }
                      engaging-the-public: { rating: green, evidence: Opportunistic, value: 0.8 }
                      supported-self-management: { rating: green, evidence: Referral to service, value: 0.5 }
                      adequate-resourcing: { rating: green, evidence: QOF funded }
                """)
        ],
        nonTriggering: [RuleExample(.plan, "status: draft")])

    public init() {}

    public func check(_ plan: Plan, in context: LintContext) -> [Diagnostic] {
        guard plan.isActive else { return [] }
        let levels = Set(plan.interventions.map(\.level))
        guard levels.count == 1, let level = levels.first else { return [] }
        return [
            finding(
                "every intervention of plan '\(plan.id)' works at the \(level.rawValue) level",
                at: plan.locations.key("interventions"),
                hint: "consider pairing it with population measures, frontline services or community engagement")
        ]
    }
}
