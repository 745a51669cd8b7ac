/// Deaths an intervention averts each year, estimated by the Christmas Tree
/// cascade.
///
/// The national support team's diagnostic treats delivery as a cascade
/// (efficacy × coverage × access × uptake × adherence): each component that
/// only partly holds scales down what reaches the population. So
///
///     deaths averted a year = eligible × deaths_per_1000 / 1000
///                             × relative_risk_reduction × Π(fractions)
///
/// where `deaths_per_1000` is the yearly death rate from the cause among the
/// eligible people without the intervention, and the fractions are the
/// `value`s of the plan's diagnostic components (commissioned volume,
/// accessibility, uptake...). Components without a value are left out, i.e.
/// treated as fully in place. Inputs are not range-checked here: the plan
/// checker reports fractions outside [0, 1] with their location.
public struct InterventionEffect: Hashable, Sendable {
    /// People the intervention is for (`eligible`).
    public var eligiblePeople: Double
    /// Their yearly deaths per 1,000 from the cause without it (`deaths_per_1000`).
    public var deathsPer1000: Double
    /// Proportional cut in that death rate among those it reaches (`relative_risk_reduction`).
    public var relativeRiskReduction: Double
    /// The Christmas Tree components' fractions (`value`), in any order.
    public var cascadeFractions: [Double]

    public init(
        eligiblePeople: Double, deathsPer1000: Double, relativeRiskReduction: Double,
        cascadeFractions: [Double] = []
    ) {
        self.eligiblePeople = eligiblePeople
        self.deathsPer1000 = deathsPer1000
        self.relativeRiskReduction = relativeRiskReduction
        self.cascadeFractions = cascadeFractions
    }

    /// The share of the ideal effect that survives the cascade.
    public var cascadeProduct: Double { cascadeFractions.reduce(1, *) }

    /// Deaths the intervention would avert each year at population level.
    public var deathsAvertedPerYear: Double {
        eligiblePeople * deathsPer1000 / 1000 * relativeRiskReduction * cascadeProduct
    }
}
