/// A date moved between two versions of a plan: a milestone's due date or a
/// target's date. Later is a slip.
///
/// This is the one definition of a move that the change model
/// (`PlanChanges`: `countdown diff` and the board reports' "changes since
/// the last report") and the status judgement's `Slip` ("moved twice,
/// +19 days") share, so they always agree. It lives here, with the model's
/// values, because both of those modules build on it.
public struct DateMove: Sendable, Hashable, Codable {
    public var from: Day
    public var to: Day

    /// A move, or nil when the date did not change.
    public init?(from: Day, to: Day) {
        guard from != to else { return nil }
        self.from = from
        self.to = to
    }

    /// Days from the old date to the new one: positive when later.
    public var days: Int { from.days(to: to) }

    /// The date moved later.
    public var isSlip: Bool { days > 0 }

    /// "+92 days", "-1 day".
    public var daysText: String {
        "\(days > 0 ? "+" : "-")\(abs(days)) \(abs(days) == 1 ? "day" : "days")"
    }

    /// The moves along a date's versions, oldest first: one for each pair
    /// of consecutive versions in which it differs. Moving a date and moving
    /// it back is two moves.
    public static func moves(through dates: [Day]) -> [DateMove] {
        zip(dates, dates.dropFirst()).compactMap { DateMove(from: $0, to: $1) }
    }

    enum CodingKeys: String, CodingKey { case from, to, days }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        from = try container.decode(Day.self, forKey: .from)
        to = try container.decode(Day.self, forKey: .to)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(from, forKey: .from)
        try container.encode(to, forKey: .to)
        try container.encode(days, forKey: .days)
    }
}
