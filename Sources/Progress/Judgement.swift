import PlanModel

/// RAG for one value against its expected value (PRODUCT.md, status rules):
/// green when on or better than expected, amber when worse but within the
/// tolerance, red when worse beyond it.
public struct Judgement: Sendable, Hashable, Codable {
    public var value: Double
    public var expected: Double
    /// How far the value is on the wrong side of expected, in the measure's
    /// unit (zero or negative when on or better than expected).
    public var shortfall: Double
    /// The amber band's width in the measure's unit.
    public var band: Double
    public var colour: RAG

    /// Comparisons forgive this much relative rounding, so that 27.4 typed
    /// against an interpolated 27.400000000000002 is on track, not amber.
    static let relativeSlack = 1e-9

    public init(value: Double, expected: Double, better: Direction, tolerance: Tolerance?) {
        self.value = value
        self.expected = expected
        shortfall = Judgement.shortfall(of: value, against: expected, better: better)
        band = Judgement.band(tolerance, around: expected)
        let slack = Judgement.relativeSlack * max(1, abs(expected))
        if shortfall <= slack {
            colour = .green
        } else if shortfall <= band + slack {
            colour = .amber
        } else {
            colour = .red
        }
    }

    /// How far `value` is worse than `reference`, given which way is better.
    public static func shortfall(of value: Double, against reference: Double, better: Direction) -> Double {
        better == .lower ? value - reference : reference - value
    }

    /// The amber band: `N%` of the expected value's size, or an absolute
    /// amount. A measure with no tolerance has no amber band: a plan that
    /// wants one says how wide it is, rather than countdown guessing.
    public static func band(_ tolerance: Tolerance?, around expected: Double) -> Double {
        switch tolerance {
        case .percent(let percent): abs(expected) * percent / 100
        case .absolute(let amount): abs(amount)
        case nil: 0
        }
    }
}
