import PlanModel

/// Deaths an intervention is modelled to prevent, and where: the plan's
/// `impact` block turned into a change to the mortality data, from which the
/// life-expectancy gain is recomputed.
///
/// Method: `deathsPerYear × yearsOfEffect` deaths are taken out of `cause` in
/// the bands of `ages`, shared among the bands in proportion to the deaths
/// from that cause recorded there (see
/// `MortalitySchedule.removingDeaths(_:from:in:)`). For `persons` they are
/// first split between male and female in proportion to each sex's deaths
/// from the cause in those bands; a sex cannot take more than it has and
/// its excess is not moved to the other sex. Each affected sex's life table
/// is then recomputed, and the gain is the change in life expectancy at
/// birth. The gain is a period measure: what life expectancy over the
/// data's period would have been had those deaths not happened.
///
/// `yearsOfEffect` converts deaths a year into deaths in the data. Mortality
/// data pools the deaths and person-years of its whole period (ONS uses
/// three years), so a steady yearly effect over the full period means
/// passing the number of years pooled (3 for `mortality-2005-07.csv`); with
/// single-year data the default of 1 is the full effect. Passing fewer years
/// models an intervention that ran for only part of the period. How the years
/// remaining to a target date translate into this number is the caller's
/// decision, not this module's.
public struct DeathRemoval: Hashable, Sendable {
    public var cause: CauseGroup
    public var sex: SexSelection
    public var ages: AgeRange
    /// Deaths averted a year, e.g. `InterventionEffect.deathsAvertedPerYear`.
    public var deathsPerYear: Double
    /// Years' worth of averted deaths to take out of the data (see above).
    public var yearsOfEffect: Double

    public init(
        deathsPerYear: Double, cause: CauseGroup, ages: AgeRange, sex: SexSelection,
        yearsOfEffect: Double = 1
    ) {
        self.deathsPerYear = deathsPerYear
        self.cause = cause
        self.ages = ages
        self.sex = sex
        self.yearsOfEffect = yearsOfEffect
    }

    /// The deaths to take out of the data in total, never negative.
    public var deathsToRemove: Double {
        let total = deathsPerYear * yearsOfEffect
        return total.isFinite ? max(0, total) : 0
    }

    /// Each affected sex's share of `deathsToRemove`, in proportion to its
    /// deaths from the cause in the chosen ages (all of it for one sex).
    public func requestedDeaths(in schedules: [Sex: MortalitySchedule]) -> Result<[Sex: Double], DeathRemovalError> {
        var recorded: [Sex: Double] = [:]
        for sex in sex.sexes {
            guard let schedule = schedules[sex] else { return .failure(.missingSchedule(sex)) }
            recorded[sex] = schedule.deaths(from: cause, in: ages)
        }
        guard sex == .persons else { return .success(recorded.mapValues { _ in deathsToRemove }) }
        let total = recorded.values.reduce(0, +)
        return .success(recorded.mapValues { total > 0 ? deathsToRemove * $0 / total : 0 })
    }

    /// The modelled gain for each affected sex, in `SexSelection.sexes` order.
    public func lifeExpectancyGains(
        in schedules: [Sex: MortalitySchedule]
    ) -> Result<[LifeExpectancyGain], DeathRemovalError> {
        let requested: [Sex: Double]
        switch requestedDeaths(in: schedules) {
        case .success(let shares): requested = shares
        case .failure(let error): return .failure(error)
        }
        var gains: [LifeExpectancyGain] = []
        for sex in sex.sexes {
            guard let schedule = schedules[sex] else { return .failure(.missingSchedule(sex)) }
            let before: LifeTable
            switch schedule.lifeTable() {
            case .success(let table): before = table
            case .failure(let reasons): return .failure(.unreliableBeforeRemoval(sex, reasons))
            }
            let wanted = requested[sex] ?? 0
            let (reduced, removed) = schedule.removingDeaths(wanted, from: cause, in: ages)
            let after: LifeTable
            switch reduced.lifeTable() {
            case .success(let table): after = table
            case .failure(let reasons): return .failure(.unreliableAfterRemoval(sex, reasons))
            }
            gains.append(
                LifeExpectancyGain(
                    sex: sex, deathsRequested: wanted, deathsRemoved: removed,
                    lifeExpectancyBefore: before.lifeExpectancyAtBirth,
                    lifeExpectancyAfter: after.lifeExpectancyAtBirth))
        }
        return .success(gains)
    }
}
