import PlanModel

/// Deaths by cause and person-years at risk for one population and one sex,
/// in the 20 life-table age bands.
///
/// This is the shape every calculation in the module consumes: a life table
/// needs the all-cause deaths and person-years of each band, the gap
/// decomposition needs the cause split, and modelling an intervention edits
/// the deaths of one cause. Counts are `Double` because modelled removals
/// leave fractional deaths.
public struct MortalitySchedule: Hashable, Sendable {
    /// The counts for one age band.
    public struct Band: Hashable, Sendable {
        public let ageBand: AgeBand
        /// Person-years at risk (the `population_years` column).
        public var populationYears: Double
        /// Deaths from each cause; a cause that is absent had no deaths.
        public var deathsByCause: [CauseGroup: Double]

        public init(ageBand: AgeBand, populationYears: Double, deathsByCause: [CauseGroup: Double]) {
            self.ageBand = ageBand
            self.populationYears = populationYears
            self.deathsByCause = deathsByCause
        }

        /// All-cause deaths, summed in a fixed cause order so that results
        /// are identical from run to run.
        public var deaths: Double {
            CauseGroup.allCases.reduce(0) { $0 + deaths(from: $1) }
        }

        /// Deaths from one cause (0 when none were recorded).
        public func deaths(from cause: CauseGroup) -> Double { deathsByCause[cause] ?? 0 }

        /// Deaths from `cause` per person-year; 0 when there is no population.
        public func deathRate(from cause: CauseGroup) -> Double {
            populationYears > 0 ? deaths(from: cause) / populationYears : 0
        }

        /// All-cause deaths per person-year; 0 when there is no population.
        public var deathRate: Double { populationYears > 0 ? deaths / populationYears : 0 }
    }

    /// One entry per age band, youngest first (always all 20).
    public private(set) var bands: [Band]

    /// Builds a schedule from per-band counts. A band missing from
    /// `populationYears` gets zero person-years, which the life table then
    /// reports as unreliable rather than guessing.
    public init(populationYears: [AgeBand: Double], deaths: [AgeBand: [CauseGroup: Double]]) {
        bands = AgeBand.all.map { band in
            Band(
                ageBand: band, populationYears: populationYears[band] ?? 0,
                deathsByCause: deaths[band] ?? [:])
        }
    }

    /// The counts for `ageBand`.
    public subscript(ageBand: AgeBand) -> Band {
        get { bands[ageBand.index] }
        set {
            precondition(newValue.ageBand == ageBand, "band \(newValue.ageBand) stored under \(ageBand)")
            bands[ageBand.index] = newValue
        }
    }

    /// All-cause deaths by band, youngest first.
    public var deaths: [Double] { bands.map(\.deaths) }

    /// Person-years by band, youngest first.
    public var populationYears: [Double] { bands.map(\.populationYears) }

    /// Deaths from `cause` summed over the bands in `ages`.
    public func deaths(from cause: CauseGroup, in ages: AgeRange = .allAges) -> Double {
        ages.bands.reduce(0) { $0 + self[$1].deaths(from: cause) }
    }

    /// The Chiang II life table for this schedule (see `LifeTable`).
    public func lifeTable() -> Result<LifeTable, UnreliableLifeTable> {
        LifeTable.chiangII(deaths: deaths, populationYears: populationYears)
    }
}
