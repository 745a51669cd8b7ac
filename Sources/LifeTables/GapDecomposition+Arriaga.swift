import PlanModel

extension GapDecomposition {
    /// Decomposes the gap `e(comparator) − e(area)` at birth by age band with
    /// Arriaga's (1984) method, then splits each band by cause.
    ///
    /// The area is the base population (1) and the comparator the target (2).
    /// In the notation of Preston, Heuveline and Guillot (Demography:
    /// Measuring and Modeling Population Processes, 2001), for band `x` of
    /// width `n`:
    ///
    ///     Δx = (l1x / l10)·(L2x / l2x − L1x / l1x)
    ///        + (T2(x+n) / l10)·(l1x / l2x − l1(x+n) / l2(x+n))
    ///
    /// The first term is the direct effect (years lived within the band), the
    /// second the indirect and interaction effect (more survivors to enjoy
    /// the later years). The open-ended band has no later bands, so only its
    /// direct term remains: `Δω = (l1ω / l10)·(T2ω / l2ω − T1ω / l1ω)`. The
    /// sum telescopes to `e2(0) − e1(0)` exactly.
    ///
    /// Causes: each band's `Δx` is shared in proportion to the difference in
    /// cause-specific death rates, `Δx·(m2xc − m1xc) / (m2x − m1x)` (Arriaga
    /// 1989, as presented by Preston et al.), comparator minus area in both numerator
    /// and denominator. So where the area loses years in a band, a cause
    /// with a higher death rate in the area gets a positive share, and a
    /// cause where the area does better gets a negative one. When the two
    /// all-cause rates in a band are exactly equal the ratio is undefined;
    /// that band's `Δx` is then zero up to rounding, and it is shared in
    /// proportion to the area's own cause mix (equally if the area has no
    /// deaths there) so that the shares still add up and never divide by zero.
    public static func arriaga(
        area: MortalitySchedule, comparator: MortalitySchedule
    ) -> Result<GapDecomposition, GapDecompositionError> {
        let areaResult = area.lifeTable()
        let comparatorResult = comparator.lifeTable()
        guard case .success(let areaTable) = areaResult, case .success(let comparatorTable) = comparatorResult
        else {
            return .failure(
                GapDecompositionError(area: areaResult.failureValue, comparator: comparatorResult.failureValue))
        }
        let totals = arriagaContributions(
            area: SurvivalColumns(areaTable), comparator: SurvivalColumns(comparatorTable))
        let bands = AgeBand.all.map { band in
            let areaRates = Dictionary(
                uniqueKeysWithValues: CauseGroup.allCases.map { ($0, area[band].deathRate(from: $0)) })
            let comparatorRates = Dictionary(
                uniqueKeysWithValues: CauseGroup.allCases.map { ($0, comparator[band].deathRate(from: $0)) })
            let byCause = apportion(
                totals[band.index], keys: CauseGroup.allCases, areaRates: areaRates, comparatorRates: comparatorRates)
            return BandContribution(ageBand: band, total: totals[band.index], byCause: byCause)
        }
        return .success(
            GapDecomposition(
                areaLifeExpectancy: areaTable.lifeExpectancyAtBirth,
                comparatorLifeExpectancy: comparatorTable.lifeExpectancyAtBirth, bands: bands))
    }

    /// Arriaga's age contributions for any abridged table whose last band is
    /// open-ended (so published tables with other bands can be checked too).
    static func arriagaContributions(area one: SurvivalColumns, comparator two: SurvivalColumns) -> [Double] {
        precondition(one.survivors.count == two.survivors.count, "tables have different bands")
        let last = one.survivors.count - 1
        let radix = one.survivors[0]
        return (0...last).map { x in
            let direct =
                (one.survivors[x] / radix)
                * (two.personYearsLived[x] / two.survivors[x] - one.personYearsLived[x] / one.survivors[x])
            guard x < last else {
                return (one.survivors[x] / radix)
                    * (two.personYearsRemaining[x] / two.survivors[x]
                        - one.personYearsRemaining[x] / one.survivors[x])
            }
            let indirect =
                (two.personYearsRemaining[x + 1] / radix)
                * (one.survivors[x] / two.survivors[x] - one.survivors[x + 1] / two.survivors[x + 1])
            return direct + indirect
        }
    }

    /// Shares `contribution` among `keys` in proportion to the difference in
    /// their rates (comparator − area), falling back as described in
    /// `arriaga(area:comparator:)` when the total difference is zero.
    static func apportion<Key: Hashable>(
        _ contribution: Double, keys: [Key], areaRates: [Key: Double], comparatorRates: [Key: Double]
    ) -> [Key: Double] {
        let differences = keys.map { (comparatorRates[$0] ?? 0) - (areaRates[$0] ?? 0) }
        let totalDifference = differences.reduce(0, +)
        let weights: [Double]
        if totalDifference != 0 {
            weights = differences.map { $0 / totalDifference }
        } else {
            let areaTotal = keys.reduce(0) { $0 + (areaRates[$1] ?? 0) }
            weights =
                areaTotal > 0
                ? keys.map { (areaRates[$0] ?? 0) / areaTotal }
                : keys.map { _ in 1 / Double(keys.count) }
        }
        return Dictionary(uniqueKeysWithValues: zip(keys, weights.map { contribution * $0 }))
    }
}

/// The life-table columns Arriaga's formula reads, youngest band first,
/// the last band open-ended.
struct SurvivalColumns {
    /// `l`
    var survivors: [Double]
    /// `L`
    var personYearsLived: [Double]
    /// `T`
    var personYearsRemaining: [Double]

    init(_ table: LifeTable) {
        survivors = table.rows.map(\.survivors)
        personYearsLived = table.rows.map(\.personYearsLived)
        personYearsRemaining = table.rows.map(\.personYearsRemaining)
    }

    /// Columns rebuilt from a published table that prints only `l` and `e`:
    /// `T = l·e` and `L = T − T(next)`, `L = T` in the open band.
    init(survivors: [Double], lifeExpectancy: [Double]) {
        self.survivors = survivors
        personYearsRemaining = zip(survivors, lifeExpectancy).map { $0 * $1 }
        personYearsLived = personYearsRemaining.indices.map { [personYearsRemaining] i in
            i + 1 < personYearsRemaining.count
                ? personYearsRemaining[i] - personYearsRemaining[i + 1] : personYearsRemaining[i]
        }
    }
}

extension Result {
    /// The error, or `nil` on success.
    var failureValue: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}
