/// One recorded value of a measure: what the store holds that is current
/// (a superseded value is history, not evidence).
public struct Actual: Sendable, Hashable, Codable {
    public var date: Day
    public var value: Double
    public var source: String?
    public var note: String?

    public init(date: Day, value: Double, source: String? = nil, note: String? = nil) {
        self.date = date
        self.value = value
        self.source = source
        self.note = note
    }
}

/// A milestone recorded as done.
public struct Completion: Sendable, Hashable, Codable {
    public var date: Day
    public var note: String?

    public init(date: Day, note: String? = nil) {
        self.date = date
        self.note = note
    }
}

/// Everything recorded about one plan that its status depends on. Plain
/// values, so the judgement needs no store and tests can write them inline.
public struct PlanEvidence: Sendable, Hashable {
    /// Current actuals by measure id, in any order.
    public var actuals: [String: [Actual]]
    /// Completions by milestone id.
    public var completions: [String: Completion]
    /// Each milestone's due date in every synced revision of the plan, oldest
    /// first, by milestone id. The plan being judged adds its own due date at
    /// the end, so a move not yet synced shows too.
    public var dueHistory: [String: [Day]]

    public init(
        actuals: [String: [Actual]] = [:], completions: [String: Completion] = [:], dueHistory: [String: [Day]] = [:]
    ) {
        self.actuals = actuals
        self.completions = completions
        self.dueHistory = dueHistory
    }
}
