/// One delivery plan: one file under `plans/`, for one contributor to the gap.
public struct Plan: Sendable {
    public var schema: Int
    public var id: String
    public var title: String
    public var contributor: String
    public var board: String
    public var lead: Person
    public var reporting: Cadence
    public var status: PlanStatus
    /// The plan's own period, when it differs from the workspace's.
    public var period: Period?
    public var summary: String?
    public var outcome: Measure
    public var lifeExpectancy: PlanLifeExpectancy?
    public var interventions: [Intervention]
    public var risks: [Risk]
    /// The file it was read from, as displayed to the user.
    public var file: String
    public var locations: FieldLocations

    public init(
        schema: Int, id: String, title: String, contributor: String, board: String, lead: Person,
        reporting: Cadence, status: PlanStatus, period: Period?, summary: String?, outcome: Measure,
        lifeExpectancy: PlanLifeExpectancy?, interventions: [Intervention], risks: [Risk], file: String,
        locations: FieldLocations
    ) {
        self.schema = schema
        self.id = id
        self.title = title
        self.contributor = contributor
        self.board = board
        self.lead = lead
        self.reporting = reporting
        self.status = status
        self.period = period
        self.summary = summary
        self.outcome = outcome
        self.lifeExpectancy = lifeExpectancy
        self.interventions = interventions
        self.risks = risks
        self.file = file
        self.locations = locations
    }

    /// The plan's period, or the workspace's when the plan gives none.
    public func effectivePeriod(in workspace: WorkspaceConfig) -> Period {
        period ?? workspace.period
    }

    /// Why the plan's declared contribution does not count towards the workspace's target, or nil when it
    /// does: a draft is not yet a commitment, and a plan whose period ends outside the workspace's period
    /// closes its gap at another time than the target's (issue 17). The one definition every total uses.
    public func notCountedReason(in workspace: WorkspaceConfig) -> String? {
        if status == .draft { return "draft" }
        let end = effectivePeriod(in: workspace).end
        guard workspace.period.contains(end) else {
            return "ends \(end), outside the workspace's period"
        }
        return nil
    }

    /// The outcome and every objective: everything progress is recorded against.
    public var measures: [Measure] {
        [outcome] + interventions.flatMap(\.objectives)
    }

    public var milestones: [Milestone] {
        interventions.flatMap(\.milestones)
    }
}

/// A role in an organisation (roles outlive people; the name is optional).
public struct Person: Sendable, Hashable {
    public var role: String
    public var organisation: String
    public var name: String?
    public var locations: FieldLocations

    public init(role: String, organisation: String, name: String?, locations: FieldLocations) {
        self.role = role
        self.organisation = organisation
        self.name = name
        self.locations = locations
    }
}

/// A value at a date: a baseline, a target or a trajectory point.
public struct DatedValue: Sendable, Hashable {
    public var date: Day
    public var value: Double
    public var source: String?
    public var locations: FieldLocations

    public init(date: Day, value: Double, source: String? = nil, locations: FieldLocations) {
        self.date = date
        self.value = value
        self.source = source
        self.locations = locations
    }
}

/// The amber band around an expected value.
public enum Tolerance: Sendable, Hashable {
    /// `N%` of the expected value.
    case percent(Double)
    /// An absolute amount in the measure's unit.
    case absolute(Double)
}

/// Something measured: the plan's outcome or an objective.
public struct Measure: Sendable {
    public enum Kind: String, Sendable {
        case outcome, objective
    }

    public var kind: Kind
    public var id: String
    /// The outcome's `title` or the objective's `statement`.
    public var title: String
    public var unit: String
    public var better: Direction
    public var baseline: DatedValue
    public var target: DatedValue
    public var trajectory: [DatedValue]
    public var tolerance: Tolerance?
    /// An objective's owner (the outcome has the plan's lead instead).
    public var owner: Person?
    public var locations: FieldLocations

    public init(
        kind: Kind, id: String, title: String, unit: String, better: Direction, baseline: DatedValue,
        target: DatedValue, trajectory: [DatedValue], tolerance: Tolerance?, owner: Person?,
        locations: FieldLocations
    ) {
        self.kind = kind
        self.id = id
        self.title = title
        self.unit = unit
        self.better = better
        self.baseline = baseline
        self.target = target
        self.trajectory = trajectory
        self.tolerance = tolerance
        self.owner = owner
        self.locations = locations
    }
}

public struct PlanLifeExpectancy: Sendable {
    public var causes: [CauseGroup]
    /// Declared years of gap closed by the target date.
    public var contribution: BySex
    public var basis: String?
    public var locations: FieldLocations

    public init(causes: [CauseGroup], contribution: BySex, basis: String?, locations: FieldLocations) {
        self.causes = causes
        self.contribution = contribution
        self.basis = basis
        self.locations = locations
    }
}
