import PlanModel

/// Something a board must act on. Exceptions come first in every pack,
/// ordered by `kind` (as listed here) and, within a kind, worst first:
/// the largest shortfall, the longest overdue, the oldest data.
public struct ReportException: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// A measure worse than expected beyond its tolerance.
        case redMeasure = "red-measure"
        /// A milestone past its due date and not done.
        case overdueMilestone = "overdue-milestone"
        /// A measure with no figure in its last reporting period plus grace.
        case staleMeasure = "stale-measure"
        /// A Christmas Tree component rated red: the intervention cannot add
        /// up to population change until it holds.
        case redComponent = "red-component"

        /// The kind's place in the list: lower comes first.
        public var rank: Int { Self.allCases.firstIndex(of: self) ?? 0 }

        /// How a pack names the kind.
        public var label: String {
            switch self {
            case .redMeasure: "Red measure"
            case .overdueMilestone: "Overdue milestone"
            case .staleMeasure: "Stale data"
            case .redComponent: "Red diagnostic component"
            }
        }
    }

    public var kind: Kind
    public var plan: String
    public var planTitle: String
    /// What it is about, as commands address it: `PLAN/MEASURE`,
    /// `PLAN/MILESTONE`, `PLAN/INTERVENTION/COMPONENT`.
    public var subject: String
    /// The measure's, milestone's or component's title.
    public var title: String
    /// What is wrong, in a sentence.
    public var detail: String
    /// Who owns it (`role, organisation`), when the plan says.
    public var owner: String?
    /// How bad, in the kind's own terms: the shortfall as a percentage of
    /// the expected value, days overdue, days since the latest figure.
    public var magnitude: Double?

    public init(
        kind: Kind, plan: String, planTitle: String, subject: String, title: String, detail: String,
        owner: String?, magnitude: Double?
    ) {
        self.kind = kind
        self.plan = plan
        self.planTitle = planTitle
        self.subject = subject
        self.title = title
        self.detail = detail
        self.owner = owner
        self.magnitude = magnitude
    }
}
