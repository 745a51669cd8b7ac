import PlanModel

/// A quarter of the UK public sector's financial year, which runs from
/// 1 April to 31 March: Q1 is April–June, Q4 is January–March. Boards read
/// dates this way ("2010/11 Q3"), so reports label them so too.
public struct FinancialQuarter: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The calendar year in which the financial year starts (2010 for 2010/11).
    public var startYear: Int
    /// 1 to 4.
    public var quarter: Int

    public init(startYear: Int, quarter: Int) {
        self.startYear = startYear
        self.quarter = quarter
    }

    /// The quarter a day falls in.
    public init(containing day: Day) {
        if day.month >= 4 {
            self.init(startYear: day.year, quarter: (day.month - 4) / 3 + 1)
        } else {
            self.init(startYear: day.year - 1, quarter: 4)
        }
    }

    /// `2010/11`: the start year and the last two digits of the next.
    public var financialYear: String {
        let next = (startYear + 1) % 100
        return "\(startYear)/\(next < 10 ? "0" : "")\(next)"
    }

    /// `2010/11 Q3`.
    public var description: String { "\(financialYear) Q\(quarter)" }

    /// The quarter's first day.
    public var start: Day {
        let month = (quarter - 1) * 3 + 4
        return month > 12
            ? Day(year: startYear + 1, month: month - 12, day: 1)!
            : Day(year: startYear, month: month, day: 1)!
    }

    /// The quarter's last day.
    public var end: Day { start.addingMonths(3).adding(days: -1) }

    public static func < (lhs: FinancialQuarter, rhs: FinancialQuarter) -> Bool {
        (lhs.startYear, lhs.quarter) < (rhs.startYear, rhs.quarter)
    }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        let parts = text.split(separator: " ")
        guard parts.count == 2, let year = Int(parts[0].prefix(4)), parts[1].hasPrefix("Q"),
            let quarter = Int(parts[1].dropFirst()), (1...4).contains(quarter)
        else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "expected a quarter like 2010/11 Q3"))
        }
        self.init(startYear: year, quarter: quarter)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
