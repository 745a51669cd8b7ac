import PlanModel

/// One plan's status at the as-of date: the worst of its measures and
/// milestones, with red diagnostic components shown beside it (not counted
/// in it: a rating is a judgement about the plan's design, not its delivery).
public struct PlanProgress: Sendable, Hashable, Codable {
    public var id: String
    public var title: String
    public var board: String
    /// `role, organisation` of the plan's lead.
    public var lead: String
    /// The plan's own status: draft, active or closed.
    public var planStatus: PlanStatus
    public var status: RAG
    /// The outcome's target date, the date the plan counts down to.
    public var targetDate: Day
    public var daysToTarget: Int
    public var measures: [MeasureProgress]
    public var milestones: [MilestoneProgress]
    public var redComponents: [RedComponent]

    /// A diagnostic component rated red on one of the plan's interventions.
    public struct RedComponent: Sendable, Hashable, Codable {
        public var intervention: String
        public var component: String
        public var evidence: String?
    }
}

/// Every plan's progress at one date: what `countdown status` shows and what
/// a board report builds on.
public struct StatusReport: Sendable, Hashable, Codable {
    /// The JSON shape's version; bumped when a field changes meaning.
    public var version = 1
    public var rules: StatusRules
    public var quarter: FinancialQuarter
    public var plans: [PlanProgress]

    public init(rules: StatusRules, plans: [PlanProgress]) {
        self.rules = rules
        self.quarter = FinancialQuarter(containing: rules.asOf)
        self.plans = plans
    }

    /// Counts for a summary line, in a fixed order.
    public var planCounts: [(RAG, Int)] {
        RAG.allCases.reversed().map { colour in (colour, plans.count { $0.status == colour }) }
    }

    public var measureCounts: [(MeasureState, Int)] {
        MeasureState.allCases.map { state in (state, plans.flatMap(\.measures).count { $0.state == state }) }
    }

    public var milestoneCounts: [(MilestoneState, Int)] {
        MilestoneState.allCases.map { state in (state, plans.flatMap(\.milestones).count { $0.state == state }) }
    }
}
