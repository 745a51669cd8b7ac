import Testing

@testable import LifeTables

/// Reference: PHEindicatormethods (Public Health England / UKHSA), repository
/// ukhsa-collaboration/PHEindicatormethods, file
/// tests/testthat/testLifeExpectancy.R: data frame `df1` and the expected
/// life expectancies and 95% limits `answer1`, printed there to 8–10
/// significant figures. They come from PHE's life expectancy calculator,
/// which uses z = 1.96; PHEindicatormethods itself (and this module) uses
/// qnorm(0.975) = 1.95996…, and the package's test compares to 4 decimals.
struct ChiangLifeTableTests {
    static let deaths: [Double] = [
        17, 9, 4, 8, 20, 15, 24, 33, 50, 71, 100, 163, 263, 304, 536, 872, 1390, 1605, 1936, 1937,
    ]
    static let populationYears: [Double] = [
        7060, 35059, 46974, 48489, 43219, 38561, 46009, 57208, 61435, 55601, 50209, 56416, 46411,
        39820, 37978, 37039, 33288, 23306, 11936, 11936,
    ]
    static let expectedLifeExpectancy = [
        80.16960813, 79.36245674, 75.44193645, 70.47299936, 65.52909542, 60.67510088, 55.78835987,
        50.92752727, 46.06740425, 41.24505636, 36.49322717, 31.83343842, 27.26027992, 22.9719144,
        18.76856852, 14.95858336, 11.51684445, 8.618849241, 6.163942934, 6.16210635,
    ]
    static let expectedLower = [
        79.88268548, 79.0898816, 75.17407307, 70.20675732, 65.26548673, 60.41876577, 55.53801579,
        50.68279939, 45.82666794, 41.00842831, 36.26223216, 31.60996318, 27.04337271, 22.76653134,
        18.57570352, 14.77985004, 11.34831778, 8.451134045, 5.978358351, 5.887683386,
    ]
    static let expectedUpper = [
        80.45653078, 79.63503188, 75.70979983, 70.7392414, 65.79270412, 60.931436, 56.03870395,
        51.17225516, 46.30814055, 41.48168441, 36.72422219, 32.05691365, 27.47718713, 23.17729746,
        18.96143352, 15.13731667, 11.68537112, 8.786564437, 6.349527517, 6.436529314,
    ]

    static func referenceTable() throws -> LifeTable {
        try LifeTable.chiangII(deaths: deaths, populationYears: populationYears).get()
    }

    @Test("Life expectancy matches PHEindicatormethods at every age to 1e-6 years")
    func lifeExpectancyMatchesPublishedValues() throws {
        let table = try Self.referenceTable()
        for (row, expected) in zip(table.rows, Self.expectedLifeExpectancy) {
            #expect(abs(row.lifeExpectancy - expected) < 1e-6, "age band \(row.ageBand)")
        }
        #expect(abs(table.lifeExpectancyAtBirth - 80.16960813) < 1e-6)
    }

    @Test("95% limits match PHEindicatormethods to 1e-4 years")
    func confidenceLimitsMatchPublishedValues() throws {
        let table = try Self.referenceTable()
        for (index, row) in table.rows.enumerated() {
            #expect(abs(row.lowerConfidenceLimit - Self.expectedLower[index]) < 1e-4, "age band \(row.ageBand)")
            #expect(abs(row.upperConfidenceLimit - Self.expectedUpper[index]) < 1e-4, "age band \(row.ageBand)")
        }
    }

    @Test("Chiang–Silcocks standard errors reproduce the published limits to 1e-7 with z = 1.96")
    func standardErrorsMatchPublishedLimitsExactly() throws {
        // With the calculator's own z the limits agree to the printed precision,
        // which checks the variance formula itself, including the 90+ term.
        let table = try Self.referenceTable()
        for (index, row) in table.rows.enumerated() {
            #expect(abs(row.lifeExpectancy - 1.96 * row.standardError - Self.expectedLower[index]) < 1e-7)
            #expect(abs(row.lifeExpectancy + 1.96 * row.standardError - Self.expectedUpper[index]) < 1e-7)
        }
    }

    @Test("Columns hang together: l falls by d, L and T add up, e = T / l")
    func columnsAreConsistent() throws {
        let table = try Self.referenceTable()
        #expect(table.rows[0].survivors == LifeTable.radix)
        #expect(abs(table.rows.map(\.lifeTableDeaths).reduce(0, +) - LifeTable.radix) < 1e-6)
        #expect(abs(table.rows.map(\.personYearsLived).reduce(0, +) - table.rows[0].personYearsRemaining) < 1e-6)
        #expect(table[.openEnded].probabilityOfDying == 1)
        #expect(abs(table[.infants].probabilityOfDying - 17.0 / 7060 / (1 + 0.9 * 17.0 / 7060)) < 1e-15)
        let open = table[.openEnded]
        #expect(abs(open.personYearsLived - open.survivors / open.deathRate) < 1e-9)
        for row in table.rows {
            #expect(abs(row.lifeExpectancy - row.personYearsRemaining / row.survivors) < 1e-12)
            #expect(row.lowerConfidenceLimit < row.lifeExpectancy && row.lifeExpectancy < row.upperConfidenceLimit)
        }
    }

    @Test("A total population of 5,000 person-years or less is unreliable, as in PHEindicatormethods")
    func smallPopulationIsUnreliable() {
        let population = [Double](repeating: 250, count: 20)  // exactly 5,000
        let deaths = [Double](repeating: 5, count: 20)
        let result = LifeTable.chiangII(deaths: deaths, populationYears: population)
        #expect(result.failureValue?.reasons == [.populationTooSmall(5_000)])
        #expect(result.failureValue?.messages.first?.contains("more than 5,000") == true)
    }

    @Test("No deaths at 90+ is unreliable")
    func noDeathsInLastBandIsUnreliable() {
        var deaths = Self.deaths
        deaths[19] = 0
        let result = LifeTable.chiangII(deaths: deaths, populationYears: Self.populationYears)
        #expect(result.failureValue?.reasons == [.noDeathsInOpenEndedBand])
    }

    @Test("A band with zero population is unreliable and named")
    func zeroPopulationIsUnreliable() {
        var population = Self.populationYears
        population[5] = 0
        var deaths = Self.deaths
        deaths[5] = 0
        let result = LifeTable.chiangII(deaths: deaths, populationYears: population)
        #expect(result.failureValue?.reasons == [.zeroPopulation([AgeBand(label: "20-24")!])])
    }

    @Test("More deaths than population, negative counts and missing bands are unreliable")
    func impossibleCountsAreUnreliable() {
        var population = Self.populationYears
        population[18] = 119
        #expect(
            LifeTable.chiangII(deaths: Self.deaths, populationYears: population).failureValue?.reasons
                == [.deathsExceedPopulation([AgeBand(label: "85-89")!])])
        var deaths = Self.deaths
        deaths[3] = -5
        #expect(
            LifeTable.chiangII(deaths: deaths, populationYears: Self.populationYears).failureValue?.reasons
                == [.invalidCounts([AgeBand(label: "10-14")!])])
        #expect(
            LifeTable.chiangII(deaths: Array(Self.deaths.dropLast()), populationYears: Self.populationYears)
                .failureValue?.reasons == [.wrongNumberOfBands(19)])
    }

    @Test("A band where q would reach 1 before 90+ is unreliable")
    func certainDeathBeforeLastBandIsUnreliable() {
        var deaths = Self.deaths
        deaths[18] = 0.45 * Self.populationYears[18]  // rate above 1 / (n·a) = 0.4
        let result = LifeTable.chiangII(deaths: deaths, populationYears: Self.populationYears)
        #expect(result.failureValue?.reasons == [.nobodySurvivesBand([AgeBand(label: "85-89")!])])
    }
}
