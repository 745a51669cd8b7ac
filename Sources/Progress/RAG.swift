/// Red, amber or green: how a measure, a milestone or a plan stands.
///
/// Ordered by severity so that a plan's status is simply the `max` of its
/// parts (PRODUCT.md: "the worst of its measures and milestones").
public enum RAG: String, Sendable, Codable, CaseIterable, Comparable {
    case green, amber, red

    private var severity: Int {
        switch self {
        case .green: 0
        case .amber: 1
        case .red: 2
        }
    }

    public static func < (lhs: RAG, rhs: RAG) -> Bool { lhs.severity < rhs.severity }
}
