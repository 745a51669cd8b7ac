import PlanModel

/// The life-expectancy gap between an area and its comparator, broken down
/// by age band and cause of death (see `arriaga(area:comparator:)`).
///
/// Direction: the gap is `comparator − area`, so it is positive when the
/// area's life expectancy is lower, and a positive contribution is years the
/// area loses in that band or cause. Contributions sum to the gap exactly
/// (up to floating-point rounding).
public struct GapDecomposition: Hashable, Sendable {
    /// One age band's share of the gap.
    public struct BandContribution: Hashable, Sendable {
        public let ageBand: AgeBand
        /// Years of the gap arising from death rates in this band.
        public let total: Double
        /// `total` split by cause; the values sum to `total`.
        public let byCause: [CauseGroup: Double]

        /// The contribution of one cause in this band (0 when absent).
        public func contribution(of cause: CauseGroup) -> Double { byCause[cause] ?? 0 }
    }

    /// Life expectancy at birth in the area (the base population).
    public let areaLifeExpectancy: Double
    /// Life expectancy at birth in the comparator.
    public let comparatorLifeExpectancy: Double
    /// One entry per age band, youngest first.
    public let bands: [BandContribution]

    /// `comparatorLifeExpectancy − areaLifeExpectancy`, in years.
    public var gap: Double { comparatorLifeExpectancy - areaLifeExpectancy }

    /// Years of the gap from `cause`, over the bands in `ages`.
    public func contribution(of cause: CauseGroup, in ages: AgeRange = .allAges) -> Double {
        bands.filter { ages.contains($0.ageBand) }.reduce(0) { $0 + $1.contribution(of: cause) }
    }

    /// Years of the gap from all causes over the bands in `ages`.
    public func contribution(in ages: AgeRange) -> Double {
        bands.filter { ages.contains($0.ageBand) }.reduce(0) { $0 + $1.total }
    }
}

/// Why a gap decomposition could not be made: the area's or the
/// comparator's life table (or both) is unreliable.
public struct GapDecompositionError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Why the area's life table is unreliable, if it is.
    public let area: UnreliableLifeTable?
    /// Why the comparator's life table is unreliable, if it is.
    public let comparator: UnreliableLifeTable?

    public var description: String {
        [area.map { "Area: \($0)" }, comparator.map { "Comparator: \($0)" }]
            .compactMap { $0 }.joined(separator: " ")
    }
}
