import PlanChanges
import PlanModel
import Progress

/// What the Markdown and HTML templates see: the report model with every
/// value already written as text (dates, numbers, countdowns), so that a
/// template only lays things out. Built from the model alone; charts are
/// included for HTML only. Templates read the stored properties by name,
/// answered by the switches in `ViewLookup.swift` (not by reflection).
///
/// Plan text goes into templates unescaped here: the template's content
/// type escapes it (HTML by default, `MARKDOWN` in the Markdown template).
/// Charts are SVG written and escaped by countdown, shown with `{{{ }}}`.
struct ReportView {
    var title: String
    var boardName: String
    var boardID: String
    var areaName: String
    var asOf: String
    var asOfLong: String
    var quarter: String
    var period: String
    var cadence: String
    var previousReport: String?
    var firstReport: Bool
    var planCount: Int
    var headline: HeadlineView
    var exceptions: [ExceptionView]
    var hasExceptions: Bool
    var summary: [SummaryRowView]
    var changes: ChangesView
    var plans: [PlanView]
    var components: [ComponentView]
    var frameworkTitle: String
    var rules: RulesView
    /// The chart legend (HTML only).
    var legend: String?

    init(_ report: BoardReport, charts: Bool) {
        title = "\(report.board.name): delivery plans progress report"
        boardName = report.board.name
        boardID = report.board.id
        areaName = report.area.name
        asOf = report.asOf.description
        asOfLong = ReportText.longDate(report.asOf)
        quarter = report.quarter.description
        period = "\(ReportText.date(report.area.periodStart)) to \(ReportText.date(report.area.periodEnd))"
        cadence = ReportText.words(report.board.cadence.rawValue)
        previousReport = report.previousReport.map(ReportText.longDate)
        firstReport = report.previousReport == nil
        planCount = report.plans.count
        headline = HeadlineView(report, charts: charts)
        exceptions = report.exceptions.enumerated().map { ExceptionView($0.element, number: $0.offset + 1) }
        hasExceptions = !report.exceptions.isEmpty
        summary = report.summary.map(SummaryRowView.init)
        changes = ChangesView(report)
        plans = report.plans.enumerated().map {
            PlanView($0.element, number: $0.offset + 1, report: report, charts: charts)
        }
        components = report.framework.components.enumerated().map {
            ComponentView(
                number: $0.offset + 1, id: $0.element.id, title: $0.element.title, question: $0.element.question)
        }
        frameworkTitle = report.framework.title
        rules = RulesView(report.rules)
        legend = charts ? ChartLegend.svg() : nil
    }
}

struct ComponentView {
    var number: Int
    var id: String
    var title: String
    var question: String
}

/// The settings the status was judged with, for the notes on method.
struct RulesView {
    var dueSoonDays: Int
    var graceDays: Int

    init(_ rules: StatusRules) {
        dueSoonDays = rules.dueSoonDays
        graceDays = rules.graceDays
    }
}

/// A RAG or state word with its CSS class: `red` / `Red`.
struct StateView {
    var state: String
    var label: String

    init(_ raw: String) {
        state = raw
        label = ReportText.label(raw)
    }
}

struct HeadlineView {
    var tiles: [TileView]
    var sentence: String
    var measures: String
    var milestones: String
    var exceptions: String
    var lifeExpectancy: LifeExpectancyView?

    struct TileView {
        var state: String
        var label: String
        var count: Int
    }

    init(_ report: BoardReport, charts: Bool) {
        let headline = report.headline
        tiles = headline.plans.map { TileView(state: $0.state, label: ReportText.label($0.state), count: $0.count) }
        let total = report.plans.count
        var parts = headline.plans.map { "\($0.count) \($0.state)" }
        if let first = headline.plans.first {
            parts[0] = "\(first.count) \(first.count == 1 ? "is" : "are") \(first.state)"
        }
        sentence =
            total == 0
            ? "No plans report to this board."
            : "Of the \(total) \(total == 1 ? "plan" : "plans") reporting to the board, "
                + Self.list(parts) + "."
        measures = "Measures: " + Self.list(headline.measures.map { "\($0.count) \(ReportText.words($0.state))" }) + "."
        milestones =
            "Milestones: " + Self.list(headline.milestones.map { "\($0.count) \(ReportText.words($0.state))" }) + "."
        let count = headline.exceptionCount
        exceptions =
            count == 0
            ? "No exceptions: no red measures, overdue milestones, stale data or red diagnostic components."
            : "\(count) \(count == 1 ? "exception needs" : "exceptions need") the board's attention (section 2)."
        lifeExpectancy = headline.lifeExpectancy.map { LifeExpectancyView($0, charts: charts) }
    }

    /// "a", "a and b", "a, b and c".
    static func list(_ items: [String]) -> String {
        guard let last = items.last, items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " and " + last
    }
}

struct ExceptionView {
    var number: Int
    var kind: String
    var kindLabel: String
    var plan: String
    var planTitle: String
    var subject: String
    var title: String
    var detail: String
    var owner: String?

    init(_ exception: ReportException, number: Int) {
        self.number = number
        kind = exception.kind.rawValue
        kindLabel = exception.kind.label
        plan = exception.plan
        planTitle = exception.planTitle
        subject = exception.subject
        title = exception.title
        detail = exception.detail
        owner = exception.owner
    }
}

struct SummaryRowView {
    var plan: String
    var title: String
    var lead: String
    var status: StateView
    var draft: String?
    var direction: String
    var directionClass: String
    var outcomeTitle: String
    var outcomeState: StateView
    var latest: String
    var latestDate: String?
    var expected: String
    var target: String
    var targetDate: String
    var nextMilestone: String?
    var nextMilestoneTitle: String?
    var nextMilestoneDue: String?
    var daysToTarget: String

    init(_ row: PlanSummary) {
        plan = row.plan
        title = row.title
        lead = row.lead
        status = StateView(row.status.rawValue)
        draft = row.planStatus == .active ? nil : row.planStatus.rawValue
        (direction, directionClass) = Self.direction(row)
        let unit = row.outcome.unit
        outcomeTitle = row.outcome.title
        outcomeState = StateView(row.outcome.state.rawValue)
        latest = row.outcome.latest.map { ReportText.quantity($0, unit: unit) } ?? "none yet"
        latestDate = row.outcome.latestDate.map(ReportText.date)
        expected = ReportText.quantity(row.outcome.expected, unit: unit)
        target = ReportText.quantity(row.outcome.target, unit: unit)
        targetDate = ReportText.date(row.outcome.targetDate)
        nextMilestone = row.nextMilestone?.id
        nextMilestoneTitle = row.nextMilestone?.title
        nextMilestoneDue = row.nextMilestone.map { "\(ReportText.date($0.due)), \(ReportText.due($0.daysToDue))" }
        daysToTarget = ReportText.toGo(row.daysToTarget)
    }

    static func direction(_ row: PlanSummary) -> (String, String) {
        let from = row.previousStatus.map { " from \($0.rawValue)" } ?? ""
        switch row.direction {
        case .improved: return ("▲ better\(from)", "improved")
        case .worse: return ("▼ worse\(from)", "worse")
        case .unchanged: return ("= unchanged", "unchanged")
        case .new: return ("new to the board", "new")
        case .firstReport: return ("first report", "first")
        }
    }
}
