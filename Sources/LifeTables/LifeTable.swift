/// An abridged period life table on the 20 standard age bands, built by the
/// Chiang II method (see `chiangII(deaths:populationYears:)`).
///
/// A value of this type only exists when the method gives a usable answer;
/// otherwise the calculation returns an `UnreliableLifeTable` with reasons,
/// so no caller can print a life expectancy the method would not stand by.
public struct LifeTable: Hashable, Sendable {
    /// The starting cohort (`l` at age 0). Only ratios of `l` matter, but the
    /// conventional 100,000 keeps the columns comparable with published tables.
    public static let radix = 100_000.0

    /// One row per age band, youngest first.
    public let rows: [LifeTableRow]

    /// Life expectancy at birth, in years.
    public var lifeExpectancyAtBirth: Double { rows[0].lifeExpectancy }

    /// The row for `ageBand`.
    public subscript(ageBand: AgeBand) -> LifeTableRow { rows[ageBand.index] }
}

/// One age band of a life table. Property names spell out the conventional
/// symbols, which are given in each comment (`n` is the band width).
public struct LifeTableRow: Hashable, Sendable {
    public let ageBand: AgeBand
    /// Observed deaths in the band (all causes).
    public let deaths: Double
    /// Observed person-years at risk in the band.
    public let populationYears: Double
    /// `M`: the observed death rate, deaths per person-year.
    public let deathRate: Double
    /// `q`: probability that someone alive at the start of the band dies in it.
    public let probabilityOfDying: Double
    /// `l`: survivors to the start of the band out of `LifeTable.radix` births.
    public let survivors: Double
    /// `d`: life-table deaths in the band (`l` minus the next band's `l`).
    public let lifeTableDeaths: Double
    /// `L`: person-years lived in the band by the life-table cohort.
    public let personYearsLived: Double
    /// `T`: person-years lived from the start of this band onwards.
    public let personYearsRemaining: Double
    /// `e`: life expectancy at the start of the band, `T / l`, in years.
    public let lifeExpectancy: Double
    /// Standard error of `e` from Chiang's variance with the Silcocks
    /// adjustment for the open-ended band.
    public let standardError: Double
    /// Lower limit of the 95% confidence interval of `e`.
    public let lowerConfidenceLimit: Double
    /// Upper limit of the 95% confidence interval of `e`.
    public let upperConfidenceLimit: Double

    /// PHE suppresses a life expectancy whose 95% interval is wider than 20
    /// years as too imprecise to publish; reports should do the same.
    public var intervalIsTooWideToPublish: Bool {
        upperConfidenceLimit - lowerConfidenceLimit > 20
    }
}
