import Common
import PlanModel
import Progress

/// How a pack writes numbers, dates and countdowns, the same way in every
/// format and on every machine (no locale, no Foundation formatting).
public enum ReportText {
    static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]

    /// `31 Mar 2010`: for tables and sentences.
    public static func date(_ day: Day) -> String {
        "\(day.day) \(monthNames[day.month - 1].prefix(3)) \(day.year)"
    }

    /// `31 March 2010`: for headings.
    public static func longDate(_ day: Day) -> String {
        "\(day.day) \(monthNames[day.month - 1]) \(day.year)"
    }

    /// At most two decimals, thousands grouped (`2,334`, `15,000`, `27.4`), as plans write them.
    public static func number(_ value: Double, decimals: Int = 2) -> String {
        let text = NumberText.format(value, decimals: decimals)
        guard abs(value) >= 1000, value.isFinite else { return text }
        let negative = text.hasPrefix("-")
        let unsigned = negative ? String(text.dropFirst()) : text
        let parts = unsigned.split(separator: ".", maxSplits: 1)
        var whole = Array(parts[0])
        var grouped: [Character] = []
        while whole.count > 3 {
            grouped = [","] + whole.suffix(3) + grouped
            whole.removeLast(3)
        }
        grouped = whole + grouped
        return (negative ? "-" : "") + String(grouped) + (parts.count > 1 ? "." + parts[1] : "")
    }

    /// `27.4%`, `1710 people`, `15,000 screens`.
    public static func quantity(_ value: Double, unit: String) -> String {
        unit == "%" ? number(value) + "%" : number(value) + " " + unit
    }

    /// Years of life expectancy to three decimals (`0.065`), as `gap --plans` shows them.
    public static func years(_ value: Double) -> String {
        let text = NumberText.format(value, decimals: 3)
        guard let dot = text.firstIndex(of: ".") else { return text + ".000" }
        let decimals = text.distance(from: dot, to: text.endIndex) - 1
        return text + String(repeating: "0", count: max(0, 3 - decimals))
    }

    /// `105%`.
    public static func percent(_ share: Double) -> String {
        guard share.isFinite else { return "n/a" }
        return String(Int((share * 100).rounded())) + "%"
    }

    public static func days(_ count: Int) -> String { count == 1 ? "1 day" : "\(count) days" }

    /// A due date's countdown: `in 42 days`, `today`, `9 days overdue`.
    public static func due(_ daysToDue: Int) -> String {
        if daysToDue == 0 { return "today" }
        return daysToDue > 0 ? "in \(days(daysToDue))" : "\(days(-daysToDue)) overdue"
    }

    /// A target date's countdown: `365 days to go`, `today`, `passed 12 days ago`.
    public static func toGo(_ daysLeft: Int) -> String {
        if daysLeft == 0 { return "today" }
        return daysLeft > 0 ? "\(days(daysLeft)) to go" : "passed \(days(-daysLeft)) ago"
    }

    /// A milestone's position in words: `done 14 Jul 2009, 14 days late`,
    /// `due 31 Oct 2009, 151 days overdue`, `due 30 Jun 2010, in 91 days`.
    public static func milestone(_ milestone: MilestoneProgress) -> String {
        switch milestone.state {
        case .done:
            let late = milestone.daysLate ?? 0
            let on = milestone.completedOn.map { " " + date($0) } ?? ""
            return "done\(on), " + (late > 0 ? "\(days(late)) late" : "on time")
        case .upcoming, .dueSoon, .overdue:
            return "due \(date(milestone.due)), \(due(milestone.daysToDue))"
        }
    }

    /// A tolerance as a board reads it: `3% of the expected value`, `1 percentage point`, `0.2 per 1,000`.
    public static func tolerance(_ band: MeasureSection.ToleranceBand, unit: String) -> String {
        if let percent = band.percent { return "\(number(percent))% of the expected value" }
        return difference(band.absolute ?? 0, unit: unit)
    }

    /// An amount in a measure's unit: `330.41 referrals`, `5.66 percentage points` (not `5.66%`,
    /// which would read as a share of something).
    public static func difference(_ amount: Double, unit: String) -> String {
        unit == "%" ? "\(number(amount)) percentage \(amount == 1 ? "point" : "points")" : quantity(amount, unit: unit)
    }

    /// `awaiting-data` → `awaiting data`.
    public static func words(_ raw: String) -> String { raw.replacingDashes }

    /// `Red`, `Due soon`.
    public static func label(_ raw: String) -> String {
        let text = raw.replacingDashes
        return text.prefix(1).uppercased() + text.dropFirst()
    }

    /// `Stop Smoking Service Manager, manchester-community-health` with the organisation's name.
    public static func person(_ person: Person, in workspace: WorkspaceConfig) -> String {
        let organisation = workspace.organisation(person.organisation)?.name ?? person.organisation
        return "\(person.role), \(organisation)"
    }
}

extension String {
    fileprivate var replacingDashes: String { String(map { $0 == "-" ? " " : $0 }) }
}
