import PlanModel
import Progress

/// One plan in detail: its measures' trajectories, milestones, Christmas
/// Tree, partners and risks.
public struct PlanSection: Sendable, Hashable, Codable {
    public var id: String
    public var title: String
    public var summary: String?
    public var contributor: String
    public var lead: String
    public var planStatus: PlanStatus
    public var status: RAG
    public var reporting: Cadence
    public var periodStart: Day
    public var periodEnd: Day
    public var targetDate: Day
    public var daysToTarget: Int
    /// The outcome first, then each intervention's objectives.
    public var measures: [MeasureSection]
    /// In the plan's order (by intervention).
    public var milestones: [MilestoneProgress]
    public var interventions: [InterventionSection]
    /// Highest score (likelihood × impact) first.
    public var risks: [RiskLine]

    public init(
        id: String, title: String, summary: String?, contributor: String, lead: String, planStatus: PlanStatus,
        status: RAG, reporting: Cadence, periodStart: Day, periodEnd: Day, targetDate: Day, daysToTarget: Int,
        measures: [MeasureSection], milestones: [MilestoneProgress], interventions: [InterventionSection],
        risks: [RiskLine]
    ) {
        self.id = id
        self.title = title
        self.summary = summary
        self.contributor = contributor
        self.lead = lead
        self.planStatus = planStatus
        self.status = status
        self.reporting = reporting
        self.periodStart = periodStart
        self.periodEnd = periodEnd
        self.targetDate = targetDate
        self.daysToTarget = daysToTarget
        self.measures = measures
        self.milestones = milestones
        self.interventions = interventions
        self.risks = risks
    }
}

/// A measure's progress (the status judgement's own value) with what a
/// chart needs besides: the plan's points by name and its tolerance.
public struct MeasureSection: Sendable, Hashable, Codable {
    public var progress: MeasureProgress
    /// The intervention an objective belongs to (nil for the outcome).
    public var intervention: String?
    public var baseline: ExpectedPath.Point
    public var trajectory: [ExpectedPath.Point]
    public var tolerance: ToleranceBand?

    public init(
        progress: MeasureProgress, intervention: String?, baseline: ExpectedPath.Point,
        trajectory: [ExpectedPath.Point], tolerance: ToleranceBand?
    ) {
        self.progress = progress
        self.intervention = intervention
        self.baseline = baseline
        self.trajectory = trajectory
        self.tolerance = tolerance
    }

    /// The amber band around the expected line: a percentage of the expected
    /// value or an amount in the measure's unit (the plan's `tolerance`).
    public struct ToleranceBand: Sendable, Hashable, Codable {
        public var percent: Double?
        public var absolute: Double?

        public init(_ tolerance: Tolerance) {
            switch tolerance {
            case .percent(let value): percent = value
            case .absolute(let value): absolute = value
            }
        }

        public var tolerance: Tolerance { percent.map(Tolerance.percent) ?? .absolute(absolute ?? 0) }

        /// The band's width around `expected`, as the judgement uses it.
        public func width(around expected: Double) -> Double {
            Judgement.band(tolerance, around: expected)
        }
    }
}

/// One intervention: its lead, partners and diagnostic ratings.
public struct InterventionSection: Sendable, Hashable, Codable {
    public var id: String
    public var title: String
    public var level: InterventionLevel
    public var lead: String
    public var partners: [PartnerLine]
    /// One cell per framework component, in the framework's order; a
    /// component the plan does not rate is `unknown` with `rated` false.
    public var ratings: [RatingCell]

    public init(
        id: String, title: String, level: InterventionLevel, lead: String, partners: [PartnerLine],
        ratings: [RatingCell]
    ) {
        self.id = id
        self.title = title
        self.level = level
        self.lead = lead
        self.partners = partners
        self.ratings = ratings
    }
}

public struct RatingCell: Sendable, Hashable, Codable {
    public var component: String
    public var rating: Rating
    /// False when the plan gives no rating for the component.
    public var rated: Bool
    public var evidence: String?
    /// The share (coverage, uptake, adherence) the rating carries.
    public var value: Double?

    public init(component: String, rating: Rating, rated: Bool, evidence: String?, value: Double?) {
        self.component = component
        self.rating = rating
        self.rated = rated
        self.evidence = evidence
        self.value = value
    }
}

public struct PartnerLine: Sendable, Hashable, Codable {
    public var organisation: String
    /// The organisation's name from countdown.yaml.
    public var organisationName: String
    public var contribution: String
    public var amount: Double?
    public var amountUnit: String?

    public init(
        organisation: String, organisationName: String, contribution: String, amount: Double?, amountUnit: String?
    ) {
        self.organisation = organisation
        self.organisationName = organisationName
        self.contribution = contribution
        self.amount = amount
        self.amountUnit = amountUnit
    }
}

public struct RiskLine: Sendable, Hashable, Codable {
    public var id: String
    public var description: String
    /// 1 to 5.
    public var likelihood: Int
    /// 1 to 5.
    public var impact: Int
    /// Likelihood × impact.
    public var score: Int
    public var owner: String
    public var mitigation: String?

    public init(
        id: String, description: String, likelihood: Int, impact: Int, owner: String, mitigation: String?
    ) {
        self.id = id
        self.description = description
        self.likelihood = likelihood
        self.impact = impact
        self.score = likelihood * impact
        self.owner = owner
        self.mitigation = mitigation
    }

    /// The usual 5×5 grading: 15 and above high, 8 to 14 medium, below low.
    public var grade: String { score >= 15 ? "high" : score >= 8 ? "medium" : "low" }
}
