import PlanModel

/// Where a measure is heading: a straight line fitted to its actuals.
///
/// Method: ordinary least squares of value on day over every current actual
/// on or before the as-of date (the baseline is not used: it is often an
/// older figure on a different basis, and "at the current rate" means the
/// rate the actuals show). It needs actuals on at least two different days;
/// with fewer there is no rate and so no forecast. From the line:
/// - `valueAtTarget`: the line's value on the target date;
/// - `targetReachedOn`: the day the line crosses the target value, when it is
///   moving the better way (nil when flat or moving away). It can lie before
///   the as-of date when the line already passed the target.
///
/// A straight line is deliberately simple: boards can check it by eye on a
/// chart, and plans' own trajectories are straight lines between points.
/// A forecast is never mixed with actuals; reports show it separately.
public struct Forecast: Sendable, Hashable, Codable {
    /// The fitted line's change per day, in the measure's unit.
    public var slopePerDay: Double
    /// The line's value on the target date.
    public var valueAtTarget: Double
    /// When the line reaches the target value, if it is heading there.
    public var targetReachedOn: Day?
    /// Whether `valueAtTarget` is on or better than the target.
    public var meetsTarget: Bool
    /// How many actuals the line was fitted to.
    public var basedOn: Int

    /// Days further than this (about a century) are "not at this rate".
    static let horizonDays = 36_525

    /// The forecast from `actuals` (already limited to the as-of date), or
    /// nil when they fall on fewer than two days.
    public static func fit(
        _ actuals: [Actual], target: ExpectedPath.Point, better: Direction
    ) -> Forecast? {
        guard let first = actuals.map(\.date).min(), Set(actuals.map(\.date)).count >= 2 else { return nil }
        // Days are measured from the first actual to keep the sums small.
        let xs = actuals.map { Double(first.days(to: $0.date)) }
        let ys = actuals.map(\.value)
        let n = Double(actuals.count)
        let meanX = xs.reduce(0, +) / n
        let meanY = ys.reduce(0, +) / n
        var sxx = 0.0
        var sxy = 0.0
        for (x, y) in zip(xs, ys) {
            sxx += (x - meanX) * (x - meanX)
            sxy += (x - meanX) * (y - meanY)
        }
        let slope = sxy / sxx
        let intercept = meanY - slope * meanX
        let targetX = Double(first.days(to: target.date))
        let valueAtTarget = intercept + slope * targetX
        let improving = better == .higher ? slope > 0 : slope < 0
        var reached: Day?
        if improving {
            let crossing = ((target.value - intercept) / slope).rounded()
            if abs(crossing) <= Double(horizonDays) { reached = first.adding(days: Int(crossing)) }
        }
        let meets = Judgement.shortfall(of: valueAtTarget, against: target.value, better: better) <= 0
        return Forecast(
            slopePerDay: slope, valueAtTarget: valueAtTarget, targetReachedOn: reached, meetsTarget: meets,
            basedOn: actuals.count)
    }

    public init(slopePerDay: Double, valueAtTarget: Double, targetReachedOn: Day?, meetsTarget: Bool, basedOn: Int) {
        self.slopePerDay = slopePerDay
        self.valueAtTarget = valueAtTarget
        self.targetReachedOn = targetReachedOn
        self.meetsTarget = meetsTarget
        self.basedOn = basedOn
    }
}
