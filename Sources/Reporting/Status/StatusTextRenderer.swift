import Common
import PlanModel
import Progress

/// `countdown status` as text: one block per plan, worst news first within
/// each block, and a summary line. Deterministic: the same report gives the
/// same text, so it can be pinned in a test.
public struct StatusTextRenderer: Sendable {
    /// ANSI colour on the state words (the caller decides: only on a terminal).
    public var colour: Bool

    public init(colour: Bool = false) {
        self.colour = colour
    }

    public func render(_ report: StatusReport) -> String {
        var lines: [String] = []
        let plans = report.planCounts.filter { $0.1 > 0 }.map { "\($0.1) \($0.0.rawValue)" }
        lines.append(
            "Status at \(report.rules.asOf) (\(report.quarter)): \(report.plans.count) "
                + "\(report.plans.count == 1 ? "plan" : "plans")"
                + (plans.isEmpty ? "" : ", " + plans.joined(separator: ", ")))
        for plan in report.plans {
            lines.append("")
            lines += render(plan)
        }
        lines.append("")
        let measures = report.measureCounts.map { "\($0.1) \($0.0.rawValue.replacingDashes)" }
        let milestones = report.milestoneCounts.map { "\($0.1) \($0.0.rawValue.replacingDashes)" }
        lines.append("Measures: " + measures.joined(separator: ", ") + ".")
        lines.append("Milestones: " + milestones.joined(separator: ", ") + ".")
        return lines.joined(separator: "\n") + "\n"
    }

    func render(_ plan: PlanProgress) -> [String] {
        var lines: [String] = []
        let draft = plan.planStatus == .active ? "" : " (\(plan.planStatus.rawValue))"
        lines.append("\(paint(plan.status.rawValue.uppercased(), plan.status)) \(plan.id): \(plan.title)\(draft)")
        lines.append(
            "  lead \(plan.lead); board \(plan.board); target date \(plan.targetDate) (\(Self.countdown(plan.daysToTarget)))"
        )
        if !plan.measures.isEmpty {
            lines.append("  Measures")
            let width = plan.measures.map(\.id.count).max() ?? 0
            for measure in plan.measures { lines += render(measure, idWidth: width) }
        }
        if !plan.milestones.isEmpty {
            lines.append("  Milestones")
            let width = plan.milestones.map(\.id.count).max() ?? 0
            for milestone in plan.milestones { lines.append(render(milestone, idWidth: width)) }
        }
        if !plan.redComponents.isEmpty {
            let components = plan.redComponents.map { "\($0.intervention)/\($0.component)" }
            lines.append("  Red diagnostic components: " + components.joined(separator: ", "))
        }
        return lines
    }

    func render(_ measure: MeasureProgress, idWidth: Int) -> [String] {
        let word = measure.state.rawValue
        let head =
            "    " + paint(word, measure.state.colour) + pad(word, 13) + " " + measure.id + pad(measure.id, idWidth)
        let indent = String(repeating: " ", count: 4 + 13 + 1 + idWidth + 2)
        let value = { (number: Double) in Self.quantity(number, unit: measure.unit) }
        let tolerance = measure.tolerance.map { ", tolerance \($0)" } ?? ""
        var first: String
        switch (measure.latest, measure.state) {
        case (let latest?, .stale):
            first =
                "no update since \(latest.date) (\(value(latest.judgement.value)), expected "
                + "\(NumberText.format(latest.judgement.expected))); one dated \(measure.staleBefore) or later is due"
        case (let latest?, _):
            first =
                "\(value(latest.judgement.value)) on \(latest.date), expected "
                + "\(NumberText.format(latest.judgement.expected))\(tolerance)"
        case (nil, .stale):
            first = "nothing recorded; one dated \(measure.staleBefore) or later is due"
        case (nil, _):
            first = "nothing recorded yet"
        }
        var second =
            "target \(value(measure.target.value)) by \(measure.target.date) (\(Self.countdown(measure.daysToTarget)))"
        if let forecast = measure.forecast {
            second += "; forecast \(NumberText.format(forecast.valueAtTarget)) by then"
            let target = measure.target.value
            let meets = measure.better == .lower ? forecast.valueAtTarget <= target : forecast.valueAtTarget >= target
            let crossedAlready = forecast.targetReachedOn.map { $0 <= (measure.latest?.date ?? $0) } ?? true
            if meets && crossedAlready {
                // Already past the target and staying there: the line crosses
                // it in the past or never, but nothing is missed.
                second += ", meeting the target"
            } else if let reached = forecast.targetReachedOn {
                second += ", target reached \(reached)"
            } else {
                second += ", not reaching the target at this rate"
            }
        }
        return [head + "  " + first, indent + second]
    }

    func render(_ milestone: MilestoneProgress, idWidth: Int) -> String {
        let word = milestone.state.rawValue
        var text: String
        switch milestone.state {
        case .done:
            let late = milestone.daysLate ?? 0
            text = "done \(milestone.completedOn.map(String.init(describing:)) ?? "")"
            text += late > 0 ? ", \(Self.days(late)) late" : ", on time"
        case .upcoming, .dueSoon:
            text =
                "due \(milestone.due), " + (milestone.daysToDue == 0 ? "today" : "in \(Self.days(milestone.daysToDue))")
        case .overdue:
            text = "due \(milestone.due), \(Self.days(-milestone.daysToDue)) overdue"
        }
        if let slip = milestone.slip { text += "; \(slip.summary)" }
        return "    " + paint(word, milestone.colour) + pad(word, 13) + " " + milestone.id + pad(milestone.id, idWidth)
            + "  " + text
    }

    /// "365 days to go", "today", "passed 12 days ago".
    static func countdown(_ days: Int) -> String {
        if days == 0 { return "today" }
        return days > 0 ? "\(Self.days(days)) to go" : "passed \(Self.days(-days)) ago"
    }

    static func days(_ count: Int) -> String { count == 1 ? "1 day" : "\(count) days" }

    /// `27.4%`, `1710 people`.
    public static func quantity(_ value: Double, unit: String) -> String {
        let number = NumberText.format(value)
        return unit == "%" ? number + "%" : number + " " + unit
    }

    private func pad(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.count))
    }

    private func paint(_ text: String, _ colour: RAG?) -> String {
        guard let colour else { return text }
        let style = TerminalStyle(colour: self.colour)
        switch colour {
        case .green: return style.paint(text, .green, bold: false)
        case .amber: return style.paint(text, .yellow, bold: false)
        case .red: return style.paint(text, .red, bold: false)
        }
    }
}

extension String {
    /// `awaiting-data` → `awaiting data`, for prose.
    fileprivate var replacingDashes: String { String(map { $0 == "-" ? " " : $0 }) }
}
