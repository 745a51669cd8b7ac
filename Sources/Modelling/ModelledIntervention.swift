import LifeTables
import PlanModel

/// One intervention's `impact` turned into deaths averted and a
/// life-expectancy gain (see `ContributionModel`).
public struct ModelledIntervention: Sendable, Hashable {
    public let id: String
    public let title: String
    public let cause: CauseGroup
    public let sex: SexSelection
    public let ages: AgeRange
    /// Eligible × deaths per 1,000 / 1,000 × relative risk reduction × the cascade.
    public let deathsAvertedPerYear: Double
    /// The product of the Christmas Tree `value` fractions present (1 when none).
    public let cascadeProduct: Double
    /// Years' worth of deaths averted removed from the pooled data.
    public let yearsOfEffect: Double
    /// Deaths taken out of each sex's data (less than asked for only when the
    /// cause had fewer deaths in those ages).
    public let deathsRemoved: [Sex: Double]
    /// The gain in life expectancy at birth for each sex the intervention
    /// reaches, as if it were the plan's only intervention.
    public let gain: [Sex: Double]
    /// Why a sex's gain could not be worked out, if it could not.
    public let problems: [String]

    public init(
        id: String, title: String, cause: CauseGroup, sex: SexSelection, ages: AgeRange,
        deathsAvertedPerYear: Double, cascadeProduct: Double, yearsOfEffect: Double, deathsRemoved: [Sex: Double],
        gain: [Sex: Double], problems: [String]
    ) {
        self.id = id
        self.title = title
        self.cause = cause
        self.sex = sex
        self.ages = ages
        self.deathsAvertedPerYear = deathsAvertedPerYear
        self.cascadeProduct = cascadeProduct
        self.yearsOfEffect = yearsOfEffect
        self.deathsRemoved = deathsRemoved
        self.gain = gain
        self.problems = problems
    }

    /// Deaths removed from the data in total (all sexes).
    public var totalDeathsRemoved: Double { Sex.allCases.reduce(0) { $0 + (deathsRemoved[$1] ?? 0) } }
}
