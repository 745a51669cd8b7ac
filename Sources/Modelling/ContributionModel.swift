import LifeTables
import PlanModel

/// Models each plan's contribution to closing the area's life-expectancy gap
/// from its interventions' `impact` blocks.
///
/// For each intervention with `impact`:
///
/// 1. deaths averted a year = eligible × deaths_per_1000 / 1000 ×
///    relative_risk_reduction × the product of the Christmas Tree `value`
///    fractions present (`InterventionEffect`);
/// 2. that many deaths a year, times the years of effect (`EffectTiming`),
///    are removed from the area's deaths from the cause in the stated age
///    bands, shared among the bands in proportion to the deaths recorded
///    there. For `persons` they are split between males and females in
///    proportion to each sex's deaths from the cause in those ages, the
///    natural split when the eligible people are not counted by sex
///    (`DeathRemoval`);
/// 3. each sex's life table is recomputed; the gain in life expectancy at
///    birth is the modelled contribution, read as years of the gap closed
///    (the comparator is assumed unchanged).
///
/// A plan's contribution removes all its interventions' deaths together,
/// so two interventions on the same deaths cannot remove more than there
/// are; each intervention's own gain is also given, as if it were alone.
public struct ContributionModel: Sendable {
    /// The area's name in the mortality data.
    public let area: String
    public let timing: EffectTiming
    /// The area's deaths and person-years, by sex.
    public let schedules: [Sex: MortalitySchedule]
    private let before: [Sex: Result<LifeTable, UnreliableLifeTable>]

    /// `nil` when the data has no rows for `area`.
    public init?(mortality: MortalityData, area: String, timing: EffectTiming) {
        let schedules = mortality.schedules(for: area)
        guard !schedules.isEmpty else { return nil }
        self.area = area
        self.timing = timing
        self.schedules = schedules
        before = schedules.mapValues { $0.lifeTable() }
    }

    /// The plan's declared and modelled contributions; `workspace` gives
    /// the period when the plan has none of its own.
    public func contribution(of plan: Plan, in workspace: WorkspaceConfig) -> PlanContribution {
        let start = plan.effectivePeriod(in: workspace).start
        let yearsOfEffect = timing.yearsOfEffect(from: start)
        var problems: [String] = []
        var removals: [(intervention: Intervention, effect: InterventionEffect, removal: DeathRemoval)] = []
        for intervention in plan.interventions {
            guard let impact = intervention.impact else { continue }
            guard let ages = AgeRange(planAges: impact.ages) else {
                problems.append("\(intervention.id): ages '\(impact.agesText)' are not on the life-table bands")
                continue
            }
            let effect = InterventionEffect(
                eligiblePeople: impact.eligible, deathsPer1000: impact.deathsPer1000,
                relativeRiskReduction: impact.relativeRiskReduction,
                cascadeFractions: intervention.diagnostic.compactMap(\.value))
            let removal = DeathRemoval(
                deathsPerYear: effect.deathsAvertedPerYear, cause: impact.cause, ages: ages,
                sex: SexSelection(impact.sex), yearsOfEffect: yearsOfEffect)
            removals.append((intervention, effect, removal))
        }
        let interventions = removals.map { model($0.intervention, $0.effect, $0.removal) }
        problems += interventions.flatMap { item in item.problems.map { "\(item.id): \($0)" } }
        var modelled: [Sex: Double] = [:]
        if !removals.isEmpty {
            for sex in Sex.allCases {
                let joint = jointGain(for: sex, removals: removals.map(\.removal))
                modelled[sex] = joint.years
                problems += joint.problem.map { [$0] } ?? []
            }
        }
        let le = plan.lifeExpectancy
        return PlanContribution(
            planID: plan.id, title: plan.title, file: plan.file, declared: le?.contribution,
            declaredLocation: le?.locations["contribution"] ?? plan.locations.start, interventions: interventions,
            yearsToTarget: timing.yearsToTarget(from: start), yearsOfEffect: yearsOfEffect, modelled: modelled,
            problems: problems)
    }

    /// Every plan's contribution, in the order given.
    public func contributions(of plans: [Plan], in workspace: WorkspaceConfig) -> [PlanContribution] {
        plans.map { contribution(of: $0, in: workspace) }
    }

    private func model(
        _ intervention: Intervention, _ effect: InterventionEffect, _ removal: DeathRemoval
    ) -> ModelledIntervention {
        var removed: [Sex: Double] = [:]
        var gain: [Sex: Double] = [:]
        var problems: [String] = []
        switch removal.lifeExpectancyGains(in: schedules) {
        case .success(let gains):
            for item in gains {
                removed[item.sex] = item.deathsRemoved
                gain[item.sex] = item.years
            }
        case .failure(let error):
            problems.append(error.description)
        }
        return ModelledIntervention(
            id: intervention.id, title: intervention.title, cause: removal.cause, sex: removal.sex,
            ages: removal.ages, deathsAvertedPerYear: removal.deathsPerYear, cascadeProduct: effect.cascadeProduct,
            yearsOfEffect: removal.yearsOfEffect, deathsRemoved: removed, gain: gain, problems: problems)
    }

    /// The gain for one sex with every removal that reaches it applied in
    /// turn. Persons are split by the recorded data, before any removal, so
    /// that the order of interventions does not change the split.
    private func jointGain(for sex: Sex, removals: [DeathRemoval]) -> (years: Double?, problem: String?) {
        guard let schedule = schedules[sex], let before = before[sex] else {
            return (nil, "the mortality data has no \(sex.rawValue) rows for \(area)")
        }
        guard case .success(let table) = before else {
            return (nil, "the \(sex.rawValue) life table for \(area) is unreliable")
        }
        var reduced = schedule
        for removal in removals where removal.sex.sexes.contains(sex) {
            guard case .success(let shares) = removal.requestedDeaths(in: schedules) else { continue }
            reduced = reduced.removingDeaths(shares[sex] ?? 0, from: removal.cause, in: removal.ages).schedule
        }
        guard case .success(let after) = reduced.lifeTable() else {
            return (nil, "with the deaths removed, the \(sex.rawValue) life table for \(area) is unreliable")
        }
        return (max(0, after.lifeExpectancyAtBirth - table.lifeExpectancyAtBirth), nil)
    }
}
