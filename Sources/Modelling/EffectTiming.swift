import PlanModel

/// How many years' worth of an intervention's yearly deaths averted to take
/// out of the mortality data, so that the modelled gain means the same as a
/// declared contribution ("years of gap closed by the target date").
///
/// The gap is a period measure over pooled years: ONS's local life
/// expectancies, and this workspace's baseline `2005-07`, pool three years
/// of deaths and person-years. The gap that will be measured at the target
/// date pools the years up to that date in the same way. An intervention
/// that starts at the plan period's start has been averting deaths for only
/// the part of that window after it started, so
///
///     years of effect = min(years pooled, max(0, years from the plan's start to the target date))
///
/// and `deaths averted a year × years of effect` deaths are removed from the
/// pooled data. A plan running 2009-04-01 to a 2011-03-31 target therefore
/// gets two of the three pooled years, two thirds of its steady-state gain;
/// one starting three or more years before the target gets it all. The
/// effect is taken as full from the start date (no ramp-up: the Christmas
/// Tree fractions already scale it down for partial delivery), and deaths
/// averted are not carried over into later years' survivors.
public struct EffectTiming: Sendable, Hashable {
    /// Years of deaths and person-years pooled in the mortality data.
    public var pooledYears: Double
    /// The date by which contributions are declared (`life_expectancy.target.by`).
    public var targetDate: Day

    public init(pooledYears: Double, targetDate: Day) {
        self.pooledYears = pooledYears
        self.targetDate = targetDate
    }

    /// Average days in a year, so that a leap day does not change the answer.
    static let daysPerYear = 365.25

    /// Years from `start` to the target date, counting both days (a period
    /// from 2009-04-01 to 2011-03-31 is 730 days, 2.0 years).
    public func yearsToTarget(from start: Day) -> Double {
        Double(start.days(to: targetDate) + 1) / Self.daysPerYear
    }

    /// Years' worth of yearly deaths averted to remove (see the type's comment).
    public func yearsOfEffect(from start: Day) -> Double {
        min(pooledYears, max(0, yearsToTarget(from: start)))
    }

    /// Years pooled in a period labelled like `2005-07`, `2005-2007` or
    /// `2007`; `nil` when the label is not one of those shapes.
    public static func pooledYears(inPeriod label: String) -> Double? {
        let parts = label.split(whereSeparator: { "-/\u{2013}".contains($0) }).map(String.init)
        guard parts.allSatisfy({ $0.allSatisfy(\.isASCII) }), let start = parts.first.flatMap({ Int($0) }),
            parts[0].count == 4
        else { return nil }
        if parts.count == 1 { return 1 }
        guard parts.count == 2, let endDigits = Int(parts[1]), [2, 4].contains(parts[1].count) else { return nil }
        var end = parts[1].count == 4 ? endDigits : start - start % 100 + endDigits
        if parts[1].count == 2, end < start { end += 100 }  // 1999-01
        // Data are pooled over a few years; a longer span is a misread label.
        guard end >= start, end - start < 10 else { return nil }
        return Double(end - start + 1)
    }

    /// The timing for a workspace: the pooled years read from the baseline
    /// period's label and the target date. `nil` without a life-expectancy goal.
    public init?(workspace: WorkspaceConfig) {
        guard let goal = workspace.lifeExpectancy else { return nil }
        self.init(pooledYears: Self.pooledYears(inPeriod: goal.baselinePeriod) ?? 1, targetDate: goal.by)
    }
}
