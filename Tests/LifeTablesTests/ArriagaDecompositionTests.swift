import PlanModel
import TestSupport
import Testing

@testable import LifeTables

struct ArriagaDecompositionTests {
    // MARK: Published references

    /// US females, 1935 (population 1) and 1995 (population 2): `l` and `e`
    /// by age from Ponnapalli, K. M. (2005), "A comparison of different
    /// methods for decomposition of changes in expectation of life at birth
    /// and differentials in life expectancy at birth", Demographic Research
    /// 12(7), Appendix 1, itself from Preston, Heuveline and Guillot (2001),
    /// Box 3.4. Transcribed in the CRAN package decompositionLE
    /// (repository herts-phei/decompositionLE, data-raw/us_females.R).
    static let ages = [
        "0", "1", "5", "10", "15", "20", "25", "30", "35", "40", "45", "50", "55", "60", "65", "70", "75", "80", "85+",
    ]
    static let survivors1935 = [
        1.00000, 0.95458, 0.93887, 0.93174, 0.92613, 0.91681, 0.90341, 0.88746, 0.86997, 0.84847,
        0.82368, 0.79012, 0.74539, 0.68688, 0.60779, 0.50757, 0.38276, 0.23930, 0.12281,
    ]
    static let expectancy1935 = [
        63.32, 65.32, 62.39, 57.85, 53.19, 48.70, 44.38, 40.14, 35.89, 31.74, 27.61, 23.67, 19.94,
        16.41, 13.21, 10.31, 7.82, 6.03, 4.49,
    ]
    static let survivors1995 = [
        1.00000, 0.99321, 0.99179, 0.99096, 0.98999, 0.98772, 0.98524, 0.98206, 0.97769, 0.97152,
        0.96298, 0.95048, 0.93085, 0.90071, 0.85504, 0.78775, 0.69655, 0.57275, 0.41424,
    ]
    static let expectancy1995 = [
        79.00, 78.54, 74.65, 69.71, 64.78, 59.92, 55.06, 50.23, 45.45, 40.72, 36.06, 31.49, 27.10,
        22.92, 19.00, 15.40, 12.07, 9.12, 6.62,
    ]
    /// Ponnapalli's "Arriaga III" total effect (the average of Arriaga's
    /// decomposition run in both directions) for these tables, as printed to
    /// 7 decimals in decompositionLE's README (herts-phei/decompositionLE,
    /// README.md, `decomp_age(us_females, method = "arriaga3", ...)`).
    static let symmetricTotals = [
        2.8051081, 1.0399461, 0.4333348, 0.2976956, 0.4195021, 0.5990223, 0.6536626, 0.5999136,
        0.6600597, 0.6231166, 0.7428925, 0.8048068, 0.8333338, 0.9327126, 0.9383034, 1.0030556,
        1.0389165, 0.6826590, 0.5719583,
    ]

    @Test("Arriaga on the PHG Box 3.4 / Ponnapalli tables sums to the published e0 difference, 15.68")
    func publishedTablesSumToGap() {
        let forward = GapDecomposition.arriagaContributions(
            area: SurvivalColumns(survivors: Self.survivors1935, lifeExpectancy: Self.expectancy1935),
            comparator: SurvivalColumns(survivors: Self.survivors1995, lifeExpectancy: Self.expectancy1995))
        #expect(abs(forward.reduce(0, +) - (79.00 - 63.32)) < 1e-9)
    }

    @Test("Arriaga in both directions averages to Ponnapalli's Arriaga III values to 1e-6")
    func matchesPonnapalliSymmetricArriaga() {
        let columns1935 = SurvivalColumns(survivors: Self.survivors1935, lifeExpectancy: Self.expectancy1935)
        let columns1995 = SurvivalColumns(survivors: Self.survivors1995, lifeExpectancy: Self.expectancy1995)
        let forward = GapDecomposition.arriagaContributions(area: columns1935, comparator: columns1995)
        let backward = GapDecomposition.arriagaContributions(area: columns1995, comparator: columns1935)
        for index in Self.ages.indices {
            let symmetric = (forward[index] - backward[index]) / 2
            // The README prints 7 decimals, so agreement is to rounding (5e-8).
            #expect(abs(symmetric - Self.symmetricTotals[index]) < 1e-6, "age \(Self.ages[index])")
        }
    }

    @Test("Cause split reproduces the India–China males 1990 example (Murray and Lopez 1996) to 1e-6")
    func causeSplitMatchesPublishedExample() {
        // Inputs: decompositionLE data-raw/india_china_males_1990.R (age-group
        // contributions nDx, all-cause rates and cause shares from the Global
        // Burden of Disease study, as in Preston, Heuveline and Guillot
        // chapter 4). Expected: decompositionLE README, decomp_disease(...,
        // breakdown = "proportion"), India as population 1, China as 2.
        let contributions = [5.6, 0.8, 0.3, 0.6, 0.8, 0.3, -0.3]
        let indiaRates = [0.0267, 0.0025, 0.0021, 0.0043, 0.0139, 0.0388, 0.0929]
        let indiaShares = [
            [0.882, 0.073, 0.046], [0.504, 0.188, 0.309], [0.382, 0.223, 0.394], [0.429, 0.315, 0.257],
            [0.304, 0.592, 0.104], [0.248, 0.722, 0.030], [0.247, 0.728, 0.025],
        ]
        let chinaRates = [0.0084, 0.0009, 0.0015, 0.0028, 0.0102, 0.0342, 0.1003]
        let chinaShares = [
            [0.677, 0.174, 0.149], [0.174, 0.337, 0.488], [0.068, 0.380, 0.552], [0.101, 0.573, 0.326],
            [0.095, 0.796, 0.109], [0.070, 0.879, 0.051], [0.084, 0.877, 0.039],
        ]
        let expected = [
            [5.4661508, 0.1491803, -0.007160656], [0.5517000, 0.0833500, 0.166650000],
            [0.3501000, -0.0508500, -0.000300000], [0.6247600, -0.0999600, 0.076920000],
            [0.7041297, 0.0236973, 0.072172973], [0.4714174, -0.1335783, -0.037839130],
            [0.5886932, -0.8242662, -0.064427027],
        ]
        let causes = ["CD", "NCD", "Injuries"]
        // The printed shares are rounded and do not always sum to 1, while the
        // reference divides by the printed all-cause rates; a "rounding" entry
        // holds the difference so that both use the same denominator.
        let keys = causes + ["rounding"]
        func rates(_ allCause: Double, _ shares: [Double]) -> [String: Double] {
            var byCause = Dictionary(uniqueKeysWithValues: causes.indices.map { (causes[$0], allCause * shares[$0]) })
            byCause["rounding"] = allCause - byCause.values.reduce(0, +)
            return byCause
        }
        for group in contributions.indices {
            let split = GapDecomposition.apportion(
                contributions[group], keys: keys, areaRates: rates(indiaRates[group], indiaShares[group]),
                comparatorRates: rates(chinaRates[group], chinaShares[group]))
            for (index, cause) in causes.enumerated() {
                #expect(abs((split[cause] ?? .nan) - expected[group][index]) < 1e-6, "group \(group) \(cause)")
            }
            #expect(abs(split.values.reduce(0, +) - contributions[group]) < 1e-12)
        }
    }

    // MARK: Properties

    @Test("Contributions by age and by cause sum to the gap within 1e-9 for 500 random datasets")
    func contributionsAlwaysSumToGap() throws {
        var generator = SplitMix64(seed: 2005_07)
        for trial in 0..<500 {
            let area = randomSchedule(using: &generator)
            let comparator = randomSchedule(using: &generator)
            let decomposition = try GapDecomposition.arriaga(area: area, comparator: comparator).get()
            let byAge = decomposition.bands.reduce(0) { $0 + $1.total }
            let byCause = decomposition.bands.reduce(0) { sum, band in
                CauseGroup.allCases.reduce(sum) { $0 + band.contribution(of: $1) }
            }
            #expect(abs(byAge - decomposition.gap) <= 1e-9, "trial \(trial)")
            #expect(abs(byCause - decomposition.gap) <= 1e-9, "trial \(trial)")
            let areaE0 = try area.lifeTable().get().lifeExpectancyAtBirth
            #expect(decomposition.areaLifeExpectancy == areaE0)
        }
    }

    @Test("The gap is comparator minus area, and a cause worse in the area contributes positively")
    func directionIsAreaLosesPositive() throws {
        let comparator = uniformSchedule(rate: 0.01)
        var area = comparator
        area[AgeBand(label: "60-64")!].deathsByCause[.circulatory] = 150  // double the circulatory rate
        let decomposition = try GapDecomposition.arriaga(area: area, comparator: comparator).get()
        #expect(decomposition.gap > 0)
        #expect(decomposition.areaLifeExpectancy < decomposition.comparatorLifeExpectancy)
        let band = decomposition.bands[AgeBand(label: "60-64")!.index]
        #expect(band.total > 0)
        #expect(abs(band.contribution(of: .circulatory) - band.total) < 1e-12)
        #expect(abs(decomposition.contribution(of: .circulatory) - decomposition.gap) < 1e-9)
        #expect(abs(decomposition.contribution(of: .cancer)) < 1e-12)
    }

    @Test("A band with equal all-cause rates is shared by the area's cause mix, without dividing by zero")
    func zeroRateDifferenceIsHandled() throws {
        let comparator = uniformSchedule(rate: 0.01)
        var area = comparator
        // Same all-cause rate in 40-44, but circulatory up and cancer down.
        area[AgeBand(label: "40-44")!].deathsByCause[.circulatory] = 100
        area[AgeBand(label: "40-44")!].deathsByCause[.cancer] = 0
        let decomposition = try GapDecomposition.arriaga(area: area, comparator: comparator).get()
        let band = decomposition.bands[AgeBand(label: "40-44")!.index]
        #expect(band.byCause.values.allSatisfy { $0.isFinite })
        #expect(abs(band.total) < 1e-12)
        #expect(abs(decomposition.gap) < 1e-12)
    }

    @Test("An unreliable table names the side it belongs to")
    func unreliableSideIsReported() {
        let good = uniformSchedule(rate: 0.01)
        let empty = MortalitySchedule(populationYears: [:], deaths: [:])
        let error = GapDecomposition.arriaga(area: good, comparator: empty).failureValue
        #expect(error?.area == nil)
        #expect(error?.comparator?.reasons.contains(.zeroPopulation(AgeBand.all)) == true)
    }
}

/// A schedule with 10,000 person-years a band and `rate` deaths per
/// person-year, half circulatory and half cancer.
func uniformSchedule(rate: Double) -> MortalitySchedule {
    let deaths = rate * 10_000 / 2
    return MortalitySchedule(
        populationYears: Dictionary(uniqueKeysWithValues: AgeBand.all.map { ($0, 10_000) }),
        deaths: Dictionary(uniqueKeysWithValues: AgeBand.all.map { ($0, [.circulatory: deaths, .cancer: deaths]) }))
}

/// A plausible random schedule: rates rising with age, a random cause mix
/// (sometimes with zero deaths in a cause or band), always reliable.
func randomSchedule(using generator: inout SplitMix64) -> MortalitySchedule {
    var populationYears: [AgeBand: Double] = [:]
    var deaths: [AgeBand: [CauseGroup: Double]] = [:]
    for band in AgeBand.all {
        let population = Double.random(in: 2_000...60_000, using: &generator).rounded()
        let ageGradient = (0..<band.lowerAge).reduce(1.0) { product, _ in product * 1.09 }
        let baseRate = 0.0002 * ageGradient * Double.random(in: 0.5...1.5, using: &generator)
        let rate = band.isOpenEnded ? max(baseRate, 0.05) : min(baseRate, 0.3)
        var byCause: [CauseGroup: Double] = [:]
        let weights = CauseGroup.allCases.map { _ in
            Double.random(in: 0...1, using: &generator) < 0.2 ? 0 : Double.random(in: 0.1...1, using: &generator)
        }
        let totalWeight = max(weights.reduce(0, +), 1e-9)
        for (cause, weight) in zip(CauseGroup.allCases, weights) {
            byCause[cause] = (population * rate * weight / totalWeight).rounded()
        }
        if band.isOpenEnded, byCause.values.reduce(0, +) == 0 { byCause[.other] = 1 }
        populationYears[band] = population
        deaths[band] = byCause
    }
    return MortalitySchedule(populationYears: populationYears, deaths: deaths)
}
