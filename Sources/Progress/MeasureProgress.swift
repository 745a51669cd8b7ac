import PlanModel

/// How a measure stands at the as-of date.
public enum MeasureState: String, Sendable, Codable, CaseIterable {
    /// The latest actual is on or better than expected.
    case green
    /// Worse than expected, within the tolerance.
    case amber
    /// Worse than expected, beyond the tolerance.
    case red
    /// No actual in the last reporting period plus the grace period: shown
    /// without a colour and flagged, since an old figure says little now.
    case stale
    /// Nothing recorded yet, and the first reporting period (plus grace)
    /// since the plan started has not ended: nothing is late.
    case awaitingData = "awaiting-data"

    public init(_ colour: RAG) {
        switch colour {
        case .green: self = .green
        case .amber: self = .amber
        case .red: self = .red
        }
    }

    /// What the state adds to its plan's status. Stale counts as amber: a
    /// plan cannot be called on track on figures nobody has updated, but
    /// missing data is not evidence of failure either. Awaiting data adds
    /// nothing.
    public var colour: RAG? {
        switch self {
        case .green: .green
        case .amber, .stale: .amber
        case .red: .red
        case .awaitingData: nil
        }
    }
}

/// One measure's progress: its latest actual judged against the expected
/// value at that actual's date, freshness, forecast and countdown.
public struct MeasureProgress: Sendable, Hashable, Codable {
    public var plan: String
    public var id: String
    /// `PLAN/MEASURE`, as `record` and `import` name it.
    public var address: String
    public var kind: String
    public var title: String
    public var unit: String
    public var better: Direction
    /// `3%` or `1.5` as written in the plan; nil when the plan gives none.
    public var tolerance: String?
    public var state: MeasureState
    /// The latest actual on or before the as-of date, judged against the
    /// expected value on its own date (even when stale, for information).
    public var latest: LatestActual?
    /// The expected value on the as-of date.
    public var expectedNow: Double
    public var target: ExpectedPath.Point
    /// Days from the as-of date to the target date (negative once passed).
    public var daysToTarget: Int
    /// An actual dated before this day does not keep the measure fresh.
    public var staleBefore: Day
    public var forecast: Forecast?
    /// The expected line, for charts.
    public var path: [ExpectedPath.Point]
    /// Current actuals on or before the as-of date, in date order, for charts.
    public var actuals: [Actual]

    public struct LatestActual: Sendable, Hashable, Codable {
        public var date: Day
        public var source: String?
        public var judgement: Judgement
    }
}
