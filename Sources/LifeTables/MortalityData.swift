import PlanModel

/// The contents of a mortality CSV file: deaths by cause and person-years,
/// by population, sex and age band (see `init(csv:)` for the format).
///
/// Rows keep their line numbers so that later findings about the data (an
/// unreliable life table, say) can still point back into the file.
public struct MortalityData: Hashable, Sendable {
    /// The column headings a mortality CSV file must start with.
    public static let csvHeader = ["population", "sex", "age_band", "cause", "deaths", "population_years"]

    /// One row of the file.
    public struct Row: Hashable, Sendable {
        public let population: String
        public let sex: Sex
        public let ageBand: AgeBand
        public let cause: CauseGroup
        public let deaths: Double
        public let populationYears: Double
        /// 1-based line in the file (0 for rows built in code).
        public let line: Int

        public init(
            population: String, sex: Sex, ageBand: AgeBand, cause: CauseGroup, deaths: Double,
            populationYears: Double, line: Int = 0
        ) {
            self.population = population
            self.sex = sex
            self.ageBand = ageBand
            self.cause = cause
            self.deaths = deaths
            self.populationYears = populationYears
            self.line = line
        }
    }

    /// The rows in file order.
    public let rows: [Row]

    /// Wraps rows without checking them; files should go through `init(csv:)`.
    public init(rows: [Row]) { self.rows = rows }

    /// Population names in the order they first appear.
    public var populations: [String] {
        var seen: Set<String> = []
        return rows.map(\.population).filter { seen.insert($0).inserted }
    }

    /// The deaths and person-years of one population and sex, or `nil` when
    /// the data has no rows for them. Matching on the name is exact.
    public func schedule(for population: String, sex: Sex) -> MortalitySchedule? {
        let matching = rows.filter { $0.population == population && $0.sex == sex }
        guard !matching.isEmpty else { return nil }
        var populationYears: [AgeBand: Double] = [:]
        var deaths: [AgeBand: [CauseGroup: Double]] = [:]
        for row in matching {
            populationYears[row.ageBand] = row.populationYears
            deaths[row.ageBand, default: [:]][row.cause, default: 0] += row.deaths
        }
        return MortalitySchedule(populationYears: populationYears, deaths: deaths)
    }

    /// Both sexes' schedules for a population, keyed by sex (a sex without
    /// rows is left out).
    public func schedules(for population: String) -> [Sex: MortalitySchedule] {
        var result: [Sex: MortalitySchedule] = [:]
        for sex in Sex.allCases { result[sex] = schedule(for: population, sex: sex) }
        return result
    }
}
