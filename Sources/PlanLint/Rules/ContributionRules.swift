import Common
import PlanModel

/// Active plans say how much of the gap they close.
public struct MissingContributionRule: LintRule {
    public static let description = RuleDescription(
        id: "missing-contribution",
        summary: "An active plan does not declare `life_expectancy.contribution` for either sex.",
        rationale: """
            Every plan should state how much of the life-expectancy gap it will close, so that the plans visibly \
            add up to the target.
            """,
        defaultSeverity: .warning,
        triggering: [RuleExample(.plan, "id: ↓example-plan\nlife_expectancy: ~DELETE")],
        nonTriggering: [RuleExample(.plan, "status: draft\nlife_expectancy: ~DELETE")])

    public init() {}

    public func check(_ plan: Plan, in context: LintContext) -> [Diagnostic] {
        guard plan.isActive else { return [] }
        let contribution = plan.lifeExpectancy?.contribution
        guard contribution?.male == nil && contribution?.female == nil else { return [] }
        return [
            finding(
                "plan '\(plan.id)' does not declare its contribution to closing the life-expectancy gap",
                at: plan.locations.has("life_expectancy")
                    ? plan.locations.key("life_expectancy") : plan.locations["id"],
                hint: "add life_expectancy: { causes: [...], contribution: { male: 0.10, female: 0.06 }, basis: ... }")
        ]
    }
}

/// The plans' declared contributions add up to the workspace's target.
public struct ContributionsShortfallRule: LintRule {
    public static let description = RuleDescription(
        id: "contributions-shortfall",
        summary: "The plans' declared contributions add up to less than the workspace's target reduction, for a sex.",
        rationale: """
            The target (baseline gap × reduce_by_percent) is met only if the plans together close it: a shortfall \
            means another plan, or a bigger one, is needed.
            """,
        defaultSeverity: .warning,
        triggering: [
            RuleExample(
                .workspace,
                """
                life_expectancy:
                  baseline: { period: 2005-07, male: 6.0, female: 2.0 }
                  target: ↓{ reduce_by_percent: 10, by: 2011-03-31 }
                """)
        ],
        nonTriggering: [])

    public init() {}

    public func check(workspace plans: [Plan], in context: LintContext) -> [Diagnostic] {
        guard let goal = context.workspace.lifeExpectancy else { return [] }
        // Draft plans are not yet commitments; active and closed plans count.
        let counted = plans.filter { $0.notCountedReason(in: context.workspace) == nil }
            .compactMap { $0.lifeExpectancy?.contribution }
        let needed = goal.targetReduction
        return [
            ("males", needed.male, counted.compactMap(\.male)),
            ("females", needed.female, counted.compactMap(\.female)),
        ]
        .compactMap { sex, needed, declared in
            guard let needed, needed > 0 else { return nil }
            let total = declared.reduce(0, +)
            guard total < needed - 1e-9 else { return nil }
            let percent = Int((total / needed * 100).rounded(.down))
            return finding(
                "plans add up to \(NumberText.written(total, roundedTo: 3)) of the \(NumberText.written(needed, roundedTo: 3)) years needed for \(sex) (\(percent)%)",
                at: goal.locations["target"],
                hint:
                    "the target is \(NumberText.written(goal.reduceByPercent, roundedTo: 3))% of the \(goal.baselinePeriod) gap; plans "
                    + "need to close \(NumberText.written(needed - total, roundedTo: 3)) more years for \(sex)")
        }
    }
}

/// A baseline gap of zero makes the target zero, and with it the contributions check silent.
public struct ZeroBaselineGapRule: LintRule {
    public static let description = RuleDescription(
        id: "zero-baseline-gap",
        summary: "The workspace's baseline life-expectancy gap is zero (or missing) for a sex, so its target is zero.",
        rationale: """
            The target is a share of the baseline gap: with a gap of zero there is nothing to close, and no \
            shortfall in the plans' contributions can be reported. `countdown init` writes 0.0 as a placeholder.
            """,
        defaultSeverity: .warning,
        triggering: [
            RuleExample(
                .workspace,
                """
                life_expectancy:
                  baseline: ↓{ period: 2005-07, male: 0.0, female: 3.0 }
                  target: { reduce_by_percent: 10, by: 2011-03-31 }
                """)
        ],
        nonTriggering: [])

    public init() {}

    public func check(workspace plans: [Plan], in context: LintContext) -> [Diagnostic] {
        guard let goal = context.workspace.lifeExpectancy else { return [] }
        let zero = [("males", goal.baselineGap.male), ("females", goal.baselineGap.female)]
            .filter { ($0.1 ?? 0) == 0 }.map(\.0)
        guard !zero.isEmpty else { return [] }
        return [
            finding(
                "the baseline gap in life expectancy is zero for \(zero.joined(separator: " and ")), "
                    + "so the target is zero and the plans' contributions are not checked against it",
                at: goal.locations["baseline"],
                hint:
                    "write the gap to the comparator in years for the baseline period "
                    + "(from the area's health profile), e.g. male: 4.3, female: 3.0")
        ]
    }
}
