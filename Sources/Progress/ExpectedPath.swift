import PlanModel

/// Where a measure is expected to be on any day: straight lines from the
/// baseline through each trajectory point to the target (PRODUCT.md,
/// "Expected value of a measure at a date").
///
/// Before the baseline the expectation is the baseline, and after the
/// target date it is the target: a plan promises nothing outside its line,
/// and holding the target after its date is what "reached" means.
public struct ExpectedPath: Sendable, Hashable {
    public struct Point: Sendable, Hashable, Codable {
        public var date: Day
        public var value: Double
        public init(date: Day, value: Double) {
            self.date = date
            self.value = value
        }
    }

    /// The points in date order; at most one per date.
    public let points: [Point]

    /// Points are sorted by date; when two share a date the later one
    /// written wins (the target over a trajectory point, say).
    public init(points: [Point]) {
        var byDate: [Day: Point] = [:]
        for point in points { byDate[point.date] = point }
        self.points = byDate.values.sorted { $0.date < $1.date }
    }

    public init(measure: Measure) {
        let all = [measure.baseline] + measure.trajectory + [measure.target]
        self.init(points: all.map { Point(date: $0.date, value: $0.value) })
    }

    /// The expected value on `day`.
    public func expectedValue(at day: Day) -> Double {
        guard let first = points.first, let last = points.last else { return .nan }
        if day <= first.date { return first.value }
        if day >= last.date { return last.value }
        // The first point after `day`; there is one, since day < last.date.
        let upper = points.firstIndex { $0.date > day }!
        let before = points[upper - 1]
        let after = points[upper]
        let span = Double(before.date.days(to: after.date))
        let elapsed = Double(before.date.days(to: day))
        return before.value + (after.value - before.value) * elapsed / span
    }
}
