extension LifeTable {
    /// The normal quantile for a two-sided 95% interval, `qnorm(0.975)`, as
    /// PHEindicatormethods uses (the PHE spreadsheet calculator rounds it to
    /// 1.96, which moves the limits by about 0.000005 years).
    public static let z95 = 1.959963984540054

    /// The life table by Chiang's method II, as used by ONS for local life
    /// expectancy and by PHE (Fingertips life expectancy calculator and
    /// `PHEindicatormethods::phe_life_expectancy`), with the same results.
    ///
    /// `deaths` and `populationYears` are all-cause counts in `AgeBand.all`
    /// order. For band `x` of width `n` with death rate `M = deaths / population`:
    /// - `a` (the share of the band lived by those who die in it) is 0.1 for
    ///   the first year of life, whose deaths cluster in the first weeks, and
    ///   0.5 otherwise;
    /// - `q = n·M / (1 + n·(1 − a)·M)`, and `q = 1` in the open-ended band;
    /// - `l` starts at 100,000 and `l(next) = l·(1 − q)`; `d = l − l(next)`;
    /// - `L = n·(l(next) + a·d)`, and `L = l / M` in the open-ended band
    ///   (the survivors live on average `1/M` more years);
    /// - `T` sums `L` from the band upwards and `e = T / l`.
    ///
    /// Confidence intervals use Chiang's variance of `e`,
    /// `Var(e_x) = Σ_{i≥x} l_i²·((1 − a_i)·n_i + e_{i+1})²·Var(q_i) / l_x²` with
    /// `Var(q_i) = q_i²·(1 − q_i) / deaths_i` (zero when nobody dies in the
    /// band). Chiang gives the open band no variance because its `q` is
    /// certainly 1; Silcocks, Jenner and Reza (2001) point out that its life
    /// expectancy depends on `1/M` instead, whose variance is about
    /// `1 / (deaths·M²)`, so the open band adds `(l_ω/2)²·4/(deaths_ω·M_ω²)`
    /// (written the way PHEindicatormethods writes it). The limits are
    /// `e ± 1.96·SE`.
    ///
    /// Returns the reasons instead of a table when the method is not reliable:
    /// any band without population, more deaths than population, negative
    /// counts, total population of 5,000 person-years or less, or no deaths
    /// at 90+ (all as PHEindicatormethods), and also when a band before 90+
    /// has so high a rate that `q` reaches 1 (PHE would carry on with empty
    /// bands whose life expectancy is meaningless).
    public static func chiangII(
        deaths: [Double], populationYears: [Double]
    ) -> Result<LifeTable, UnreliableLifeTable> {
        let bandCount = AgeBand.all.count
        guard deaths.count == bandCount, populationYears.count == bandCount else {
            let count = deaths.count == bandCount ? populationYears.count : deaths.count
            return .failure(UnreliableLifeTable(reasons: [.wrongNumberOfBands(count)]))
        }
        let bands = AgeBand.all
        let rates = zip(deaths, populationYears).map { $0 / $1 }
        let probabilities = bands.map { band in
            probabilityOfDying(in: band, deaths: deaths[band.index], populationYears: populationYears[band.index])
        }
        var reasons: [UnreliableLifeTable.Reason] = []
        func add(_ make: ([AgeBand]) -> UnreliableLifeTable.Reason, where isProblem: (Int) -> Bool) {
            let problemBands = bands.filter { isProblem($0.index) }
            if !problemBands.isEmpty { reasons.append(make(problemBands)) }
        }
        add(UnreliableLifeTable.Reason.invalidCounts) { i in
            !(deaths[i] >= 0 && deaths[i].isFinite && populationYears[i] >= 0 && populationYears[i].isFinite)
        }
        add(UnreliableLifeTable.Reason.zeroPopulation) { populationYears[$0] == 0 }
        add(UnreliableLifeTable.Reason.deathsExceedPopulation) { deaths[$0] > populationYears[$0] }
        let totalPopulation = populationYears.reduce(0, +)
        if totalPopulation <= 5_000 { reasons.append(.populationTooSmall(totalPopulation)) }
        if deaths[bandCount - 1] == 0 { reasons.append(.noDeathsInOpenEndedBand) }
        if reasons.isEmpty {
            add(UnreliableLifeTable.Reason.nobodySurvivesBand) { i in
                i < bandCount - 1 && probabilities[i] >= 1
            }
        }
        guard reasons.isEmpty else { return .failure(UnreliableLifeTable(reasons: reasons)) }

        var survivors = [radix]
        for i in 0..<(bandCount - 1) { survivors.append(survivors[i] * (1 - probabilities[i])) }
        let lifeTableDeaths = bands.map { band in
            band.isOpenEnded ? survivors[band.index] : survivors[band.index] - survivors[band.index + 1]
        }
        let personYearsLived = bands.map { band in
            let i = band.index
            guard let width = band.width else { return survivors[i] / rates[i] }
            return Double(width) * (survivors[i + 1] + separationFactor(band) * lifeTableDeaths[i])
        }
        let personYearsRemaining = suffixSums(personYearsLived)
        let expectancies = bands.map { personYearsRemaining[$0.index] / survivors[$0.index] }

        let weightedVariances = bands.map { band in
            let i = band.index
            guard let width = band.width else {
                let openBandVariance = 4 / (deaths[i] * rates[i] * rates[i])
                return (survivors[i] / 2) * (survivors[i] / 2) * openBandVariance
            }
            let q = probabilities[i]
            let varianceOfQ = lifeTableDeaths[i] == 0 ? 0 : q * q * (1 - q) / deaths[i]
            let yearsAtStake = (1 - separationFactor(band)) * Double(width) + expectancies[i + 1]
            return varianceOfQ * survivors[i] * survivors[i] * yearsAtStake * yearsAtStake
        }
        let cumulativeVariances = suffixSums(weightedVariances)

        let rows = bands.map { band in
            let i = band.index
            let standardError = (cumulativeVariances[i] / (survivors[i] * survivors[i])).squareRoot()
            return LifeTableRow(
                ageBand: band, deaths: deaths[i], populationYears: populationYears[i],
                deathRate: rates[i], probabilityOfDying: probabilities[i], survivors: survivors[i],
                lifeTableDeaths: lifeTableDeaths[i], personYearsLived: personYearsLived[i],
                personYearsRemaining: personYearsRemaining[i], lifeExpectancy: expectancies[i],
                standardError: standardError,
                lowerConfidenceLimit: expectancies[i] - z95 * standardError,
                upperConfidenceLimit: expectancies[i] + z95 * standardError)
        }
        return .success(LifeTable(rows: rows))
    }

    /// `a`: the average share of the band lived by those who die in it.
    static func separationFactor(_ band: AgeBand) -> Double {
        band == .infants ? 0.1 : 0.5
    }

    /// `q` from the observed rate. PHE caps `q` at 1 where the formula would
    /// exceed it (rate above `1/(n·a)`); the open band always has `q = 1`.
    static func probabilityOfDying(in band: AgeBand, deaths: Double, populationYears: Double) -> Double {
        guard let width = band.width.map(Double.init), populationYears > 0 else { return 1 }
        let a = separationFactor(band)
        guard deaths <= populationYears / width / a else { return 1 }
        let rate = deaths / populationYears
        return width * rate / (1 + width * (1 - a) * rate)
    }

    private static func suffixSums(_ values: [Double]) -> [Double] {
        var sums = values
        for i in values.indices.dropLast().reversed() { sums[i] = values[i] + sums[i + 1] }
        return sums
    }
}
