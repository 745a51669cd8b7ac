import PlanModel
import Progress

/// A board pack: everything a board reads about its plans at one date.
///
/// The one report model (STYLE.md, "one model, many renderings"): built
/// once from the plans, the status judgement, the store's history and the
/// modelled contributions, then shown as Markdown, CSV, HTML and JSON. The
/// JSON file is this value encoded, so its shape is versioned: `version`
/// rises whenever a field changes meaning or goes away (fields may be added
/// within a version). Plain values only: a renderer needs no store, no
/// file and no clock, so the same model always gives the same bytes.
public struct BoardReport: Sendable, Hashable, Codable {
    /// The JSON shape's version.
    public static let currentVersion = 1

    public var version = BoardReport.currentVersion
    public var board: BoardHeader
    public var area: AreaHeader
    /// The date reported on, and its financial-year quarter.
    public var asOf: Day
    public var quarter: FinancialQuarter
    /// The settings the status was judged with.
    public var rules: StatusRules
    /// The as-of date of the last report to this board, when there was one.
    public var previousReport: Day?
    public var headline: Headline
    /// Exceptions first: the things a board must act on, most severe first.
    public var exceptions: [ReportException]
    /// One row per plan, in plan order.
    public var summary: [PlanSummary]
    public var plans: [PlanSection]
    public var changes: ReportChanges
    /// The diagnostic framework the plans are rated against.
    public var framework: FrameworkHeader

    public init(
        board: BoardHeader, area: AreaHeader, asOf: Day, rules: StatusRules, previousReport: Day?,
        headline: Headline, exceptions: [ReportException], summary: [PlanSummary], plans: [PlanSection],
        changes: ReportChanges, framework: FrameworkHeader
    ) {
        self.board = board
        self.area = area
        self.asOf = asOf
        self.quarter = FinancialQuarter(containing: asOf)
        self.rules = rules
        self.previousReport = previousReport
        self.headline = headline
        self.exceptions = exceptions
        self.summary = summary
        self.plans = plans
        self.changes = changes
        self.framework = framework
    }
}

/// The board the pack is for, as countdown.yaml declares it.
public struct BoardHeader: Sendable, Hashable, Codable {
    public var id: String
    public var name: String
    public var cadence: Cadence

    public init(id: String, name: String, cadence: Cadence) {
        self.id = id
        self.name = name
        self.cadence = cadence
    }
}

public struct AreaHeader: Sendable, Hashable, Codable {
    public var id: String
    public var name: String
    /// The workspace's delivery period.
    public var periodStart: Day
    public var periodEnd: Day

    public init(id: String, name: String, periodStart: Day, periodEnd: Day) {
        self.id = id
        self.name = name
        self.periodStart = periodStart
        self.periodEnd = periodEnd
    }
}

/// The diagnostic framework's components, in the framework's order (the
/// Christmas Tree is drawn from the first, at its base, to the last).
public struct FrameworkHeader: Sendable, Hashable, Codable {
    public struct Component: Sendable, Hashable, Codable {
        public var id: String
        public var title: String
        public var question: String
    }

    public var id: String
    public var title: String
    public var components: [Component]

    public init(_ framework: DiagnosticFramework) {
        id = framework.id
        title = framework.title
        components = framework.components.map { Component(id: $0.id, title: $0.title, question: $0.question) }
    }

    public func title(of component: String) -> String {
        components.first { $0.id == component }?.title ?? component
    }
}
