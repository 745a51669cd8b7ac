import PlanChanges
import PlanModel

/// What changed since the last report to this board: the plans (through the
/// shared change model, `PlanChanges`) and the figures recorded since.
public struct ReportChanges: Sendable, Hashable, Codable {
    /// The last report's as-of date; nil when this is the board's first report.
    public var since: Day?
    /// The plans as they stood at the last report against the plans now,
    /// limited to the plans on this board (and the workspace-wide totals);
    /// nil for a first report.
    public var plans: ChangeSet?
    /// Actuals recorded since the last report, dated on or before the as-of date.
    public var actuals: [NewActual]
    /// Milestones recorded as done since the last report.
    public var completions: [NewCompletion]
    /// Plans whose file differs from their latest synced revision: the next
    /// report can only say what changed in them once they are synced.
    public var unsyncedPlans: [String]

    public init(
        since: Day?, plans: ChangeSet?, actuals: [NewActual], completions: [NewCompletion], unsyncedPlans: [String]
    ) {
        self.since = since
        self.plans = plans
        self.actuals = actuals
        self.completions = completions
        self.unsyncedPlans = unsyncedPlans
    }

    public var isFirstReport: Bool { since == nil }

    public var isEmpty: Bool { (plans?.isEmpty ?? true) && actuals.isEmpty && completions.isEmpty }
}

public struct NewActual: Sendable, Hashable, Codable {
    public var plan: String
    public var measure: String
    public var title: String
    public var unit: String
    public var date: Day
    public var value: Double
    public var source: String?
    /// The value the last report showed for the same date, when this corrects it.
    public var replaces: Double?

    public init(
        plan: String, measure: String, title: String, unit: String, date: Day, value: Double, source: String?,
        replaces: Double?
    ) {
        self.plan = plan
        self.measure = measure
        self.title = title
        self.unit = unit
        self.date = date
        self.value = value
        self.source = source
        self.replaces = replaces
    }
}

public struct NewCompletion: Sendable, Hashable, Codable {
    public var plan: String
    public var milestone: String
    public var title: String
    public var completed: Day
    /// The completion date the last report showed, when this corrects it.
    public var replaces: Day?

    public init(plan: String, milestone: String, title: String, completed: Day, replaces: Day?) {
        self.plan = plan
        self.milestone = milestone
        self.title = title
        self.completed = completed
        self.replaces = replaces
    }
}
