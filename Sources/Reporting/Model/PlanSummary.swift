import PlanModel
import Progress

/// One plan's line in the summary table.
public struct PlanSummary: Sendable, Hashable, Codable {
    public var plan: String
    public var title: String
    /// `role, organisation` of the plan's lead.
    public var lead: String
    public var planStatus: PlanStatus
    public var status: RAG
    /// The plan's status in the last report to this board, when it was in it.
    public var previousStatus: RAG?
    public var direction: StatusDirection
    public var outcome: OutcomeLine
    /// The next milestone not yet done and not overdue, by due date.
    public var nextMilestone: NextMilestone?
    public var targetDate: Day
    public var daysToTarget: Int
    public var redComponents: Int
    public var exceptions: Int

    public init(
        plan: String, title: String, lead: String, planStatus: PlanStatus, status: RAG, previousStatus: RAG?,
        direction: StatusDirection, outcome: OutcomeLine, nextMilestone: NextMilestone?, targetDate: Day,
        daysToTarget: Int, redComponents: Int, exceptions: Int
    ) {
        self.plan = plan
        self.title = title
        self.lead = lead
        self.planStatus = planStatus
        self.status = status
        self.previousStatus = previousStatus
        self.direction = direction
        self.outcome = outcome
        self.nextMilestone = nextMilestone
        self.targetDate = targetDate
        self.daysToTarget = daysToTarget
        self.redComponents = redComponents
        self.exceptions = exceptions
    }

    /// The outcome measure: latest actual against the value expected on its
    /// date, and the target.
    public struct OutcomeLine: Sendable, Hashable, Codable {
        public var measure: String
        public var title: String
        public var unit: String
        public var state: MeasureState
        public var latest: Double?
        public var latestDate: Day?
        /// Expected on the latest actual's date (what it is judged against);
        /// expected on the as-of date when there is no actual.
        public var expected: Double
        public var target: Double
        public var targetDate: Day
    }

    public struct NextMilestone: Sendable, Hashable, Codable {
        public var id: String
        public var title: String
        public var due: Day
        public var daysToDue: Int
        public var state: MilestoneState
    }
}

/// How a plan's status moved since the last report to the board.
public enum StatusDirection: String, Sendable, Hashable, Codable, CaseIterable {
    case improved, unchanged, worse
    /// Not in the last report to this board.
    case new
    /// There is no earlier report to this board.
    case firstReport = "first-report"

    public init(previous: RAG?, current: RAG, hasPreviousReport: Bool) {
        guard hasPreviousReport else {
            self = .firstReport
            return
        }
        guard let previous else {
            self = .new
            return
        }
        self = current < previous ? .improved : current > previous ? .worse : .unchanged
    }
}
