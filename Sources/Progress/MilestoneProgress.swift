import PlanModel

/// Where a milestone stands at the as-of date.
public enum MilestoneState: String, Sendable, Codable, CaseIterable {
    /// Completed on or before the as-of date.
    case done
    /// Not done, due later than the due-soon window.
    case upcoming
    /// Not done, due within the due-soon window (today included).
    case dueSoon = "due-soon"
    /// Not done, and its due date has passed.
    case overdue

    public var colour: RAG {
        switch self {
        case .done, .upcoming: .green
        case .dueSoon: .amber
        case .overdue: .red
        }
    }
}

/// One milestone's countdown.
public struct MilestoneProgress: Sendable, Hashable, Codable {
    public var plan: String
    public var intervention: String
    public var id: String
    /// `PLAN/MILESTONE`, as `done` and `import` name it.
    public var address: String
    public var title: String
    /// `role, organisation` of its owner.
    public var owner: String
    public var due: Day
    public var state: MilestoneState
    /// Days from the as-of date to the due date: negative when overdue.
    public var daysToDue: Int
    public var completedOn: Day?
    /// Days after its due date it was done (zero or less: on time).
    public var daysLate: Int?
    /// Set when the due date moved between plan revisions.
    public var slip: Slip?
    public var colour: RAG
}

/// A milestone whose due date moved between plan revisions: "moved twice,
/// +19 days". Moves are counted between consecutive revisions in which the
/// date differs, so moving a date and moving it back counts twice.
public struct Slip: Sendable, Hashable, Codable {
    /// Every distinct due date in order, first to current.
    public var dueDates: [Day]
    public var moves: Int { dueDates.count - 1 }
    /// Current due date minus the first one.
    public var netDays: Int { dueDates[0].days(to: dueDates[dueDates.count - 1]) }

    /// The slip from a milestone's due dates over revisions, oldest first;
    /// nil when it never moved. A move is PlanModel's `DateMove`, the one
    /// `countdown diff` and the reports' changes count, so all of them agree.
    public init?(history: [Day]) {
        self.init(moves: DateMove.moves(through: history))
    }

    /// The slip made of consecutive moves, oldest first; nil when there are none.
    public init?(moves: [DateMove]) {
        guard let first = moves.first else { return nil }
        dueDates = [first.from] + moves.map(\.to)
    }

    /// Each move in turn: `moves` of them, adding up to `netDays`.
    public var dateMoves: [DateMove] { DateMove.moves(through: dueDates) }

    /// "moved once, +7 days", "moved twice, -3 days", "moved 3 times, net 0 days".
    public var summary: String {
        let times =
            switch moves {
            case 1: "once"
            case 2: "twice"
            default: "\(moves) times"
            }
        let net = netDays
        let amount =
            net == 0
            ? "net 0 days"
            : "\(net > 0 ? "+" : "-")\(abs(net)) \(abs(net) == 1 ? "day" : "days")"
        return "moved \(times), \(amount)"
    }

    enum CodingKeys: String, CodingKey { case dueDates, moves, netDays, summary }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        dueDates = try container.decode([Day].self, forKey: .dueDates)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(dueDates, forKey: .dueDates)
        try container.encode(moves, forKey: .moves)
        try container.encode(netDays, forKey: .netDays)
        try container.encode(summary, forKey: .summary)
    }
}
