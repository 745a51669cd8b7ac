/// How a change bears on a plan, for review. Weakening changes are the ones
/// a reviewer must not miss (a target made less ambitious, a milestone
/// slipped, a rating improved without new evidence, the plans no longer
/// adding up to the target); a workspace may fail CI on them
/// (`countdown diff --fail-on weakening`).
///
/// An honest downgrade (a rating turned red, a risk scored higher) is not a
/// weakening: the plan says what is true, and failing CI on it would teach
/// people to stop saying it.
public enum ReviewSeverity: String, Sendable, Codable, CaseIterable, Comparable {
    /// The plan now promises more, sooner, or with better evidence.
    case strengthening
    /// Worth seeing, but neither weaker nor stronger: a new lead, a reworded title.
    case neutral
    /// The plan now promises less or later, or claims more without evidence.
    case weakening

    /// Ordered by how much a reviewer needs to see it: weakening is highest.
    public static func < (lhs: ReviewSeverity, rhs: ReviewSeverity) -> Bool {
        lhs.rank < rhs.rank
    }

    private var rank: Int {
        switch self {
        case .strengthening: 1
        case .neutral: 0
        case .weakening: 2
        }
    }
}

/// How many changes of each severity.
public struct SeverityCounts: Sendable, Hashable, Codable {
    public var weakening = 0
    public var neutral = 0
    public var strengthening = 0

    public init(weakening: Int = 0, neutral: Int = 0, strengthening: Int = 0) {
        self.weakening = weakening
        self.neutral = neutral
        self.strengthening = strengthening
    }

    public init(_ changes: [Change]) {
        for change in changes { add(change.severity) }
    }

    public var total: Int { weakening + neutral + strengthening }

    public mutating func add(_ severity: ReviewSeverity) {
        switch severity {
        case .weakening: weakening += 1
        case .neutral: neutral += 1
        case .strengthening: strengthening += 1
        }
    }
}
