import Common
import PlanModel

/// An objective's statement and its numbers say the same thing (issue 18, item 7): "1,200 people" in the
/// statement with a target of 1,000 titles a chart 1,200 over a target line at 1,000.
public struct StatementNumbersRule: LintRule {
    public static let description = RuleDescription(
        id: "statement-numbers",
        summary: """
            An objective's statement gives numbers, and none matches its measure's values: not the baseline, a \
            trajectory point, the target, nor the change between them.
            """,
        rationale: """
            The board reads the statement; the status and the charts are judged on the numbers. When they \
            disagree, one of them is out of date. Years (2010, 2010/11), ages (16+, 35-74) and numbers written \
            as words are not compared; a percentage may be the value itself or the change from the baseline.
            """,
        defaultSeverity: .warning,
        triggering: [
            RuleExample(.objective, "statement: ↓Deliver 1,200 four-week quitters in 2010/11")
        ],
        nonTriggering: [
            RuleExample(.objective, "statement: Deliver 3,400 four-week quitters in 2010/11"),
            RuleExample(.objective, "statement: Deliver 800 more four-week quitters a year by 2011"),
        ])

    public init() {}

    public func check(_ plan: Plan, in context: LintContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        plan.forEachObjective { measure in
            let values = [measure.baseline.value, measure.target.value] + measure.trajectory.map(\.value)
            // Only when no number matches: a statement names other numbers too ("within 150 minutes",
            // "aged 19 or under"), and one that names the target somewhere agrees with it.
            // A statement still saying TODO is the unfinished rule's; its example numbers are not the plan's.
            guard !measure.title.utf8.containsBytes(of: "TODO") else { return }
            let quantities = Self.quantities(in: measure.title)
            guard let first = quantities.first,
                !quantities.contains(where: { Self.matches($0, values: values, baseline: measure.baseline.value) })
            else { return }
            findings.append(
                finding(
                    "the statement of \(measure.label) says \(first.text), but its measure's values are "
                        + "\(NumberText.written(measure.baseline.value, roundedTo: 3)) at baseline and "
                        + "\(NumberText.written(measure.target.value, roundedTo: 3)) \(measure.unit) at the target",
                    at: measure.locations["statement"],
                    hint: "make the statement and the target agree: change the number in the statement, "
                        + "or the target's value if the statement is right"))
        }
        return findings
    }

    /// A number as the statement writes it, and its value.
    struct Quantity: Equatable {
        var text: String
        var value: Double
        var isPercent: Bool
    }

    /// The numbers of a statement that state a quantity: not years, financial years (2010/11), ages (16+,
    /// 35-74), days of a month (31 March) or parts of a word. A scan over the bytes: lint reads every plan.
    static func quantities(in statement: String) -> [Quantity] {
        let bytes = Array(statement.utf8)
        func isDigit(_ i: Int) -> Bool { i < bytes.count && (0x30...0x39).contains(bytes[i]) }
        func isLetter(_ i: Int) -> Bool {
            i < bytes.count
                && ((0x41...0x5A).contains(bytes[i]) || (0x61...0x7A).contains(bytes[i]) || bytes[i] >= 0x80)
        }
        func isJoiner(_ i: Int) -> Bool { i < bytes.count && [0x2E, 0x2C, 0x2F, 0x2D, 0x2B].contains(bytes[i]) }
        var found: [Quantity] = []
        var i = 0
        while i < bytes.count {
            guard isDigit(i), i == 0 || !(isDigit(i - 1) || isLetter(i - 1) || isJoiner(i - 1)) else {
                i += 1
                continue
            }
            let start = i
            var whole: [UInt8] = []
            while isDigit(i)
                || (i < bytes.count && bytes[i] == 0x2C && isDigit(i + 1) && isDigit(i + 2) && isDigit(i + 3)
                    && !isDigit(i + 4))
            {
                if bytes[i] != 0x2C { whole.append(bytes[i]) }
                i += 1
            }
            var fraction: [UInt8] = []
            if i < bytes.count, bytes[i] == 0x2E, isDigit(i + 1) {
                i += 1
                while isDigit(i) { fraction.append(bytes[i]); i += 1 }
            }
            var end = i
            var isPercent = false
            if i < bytes.count, bytes[i] == 0x25 {
                isPercent = true
                end = i + 1
            } else if i + 1 < bytes.count, bytes[i] == 0x20, bytes[i + 1] == 0x25 {
                isPercent = true
                end = i + 2
            }
            i = end
            // Part of a range, an age, a financial year or a word ("20%-risk", "16+", "2010/11", "4x").
            if isLetter(end) || isJoiner(end) && !(end + 1 >= bytes.count || bytes[end + 1] == 0x20) { continue }
            if isJoiner(end) && bytes[end] != 0x2E && bytes[end] != 0x2C { continue }
            let text = String(decoding: bytes[start..<end], as: UTF8.self)
            let number =
                String(decoding: whole, as: UTF8.self)
                + (fraction.isEmpty ? "" : "." + String(decoding: fraction, as: UTF8.self))
            guard let value = Double(number) else { continue }
            if !isPercent, fraction.isEmpty, whole.count == 4, !text.contains(","), (1900...2100).contains(value) {
                continue
            }
            if Self.monthFollows(bytes, from: end) { continue }
            found.append(Quantity(text: text, value: value, isPercent: isPercent))
        }
        return found
    }

    private static let months: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]

    /// A month's name is the next word: the number was the day of a date.
    private static func monthFollows(_ bytes: [UInt8], from index: Int) -> Bool {
        var i = index
        guard i < bytes.count, bytes[i] == 0x20 else { return false }
        while i < bytes.count, bytes[i] == 0x20 { i += 1 }
        var word: [UInt8] = []
        while i < bytes.count, (0x41...0x5A).contains(bytes[i]) || (0x61...0x7A).contains(bytes[i]) {
            word.append(bytes[i] | 0x20)
            i += 1
        }
        return months.contains(String(decoding: word, as: UTF8.self))
    }

    /// The quantity is one of the values, the change from the baseline to one, or (as a percentage) either as a
    /// share of the baseline; equal as written, to the precision the statement gives.
    static func matches(_ quantity: Quantity, values: [Double], baseline: Double) -> Bool {
        func close(_ a: Double, _ b: Double) -> Bool {
            // "3,400" matches 3,412 written to three significant figures; 0.5% of the value, at least 0.5.
            abs(a - b) <= max(0.5, abs(b) * 0.005) + 1e-9
        }
        var candidates: [Double] = []
        for value in values {
            candidates.append(value)
            candidates.append(abs(value - baseline))
            if quantity.isPercent {
                candidates.append(value * 100)
                candidates.append(abs(value - baseline) * 100)
                if baseline != 0 { candidates.append(abs(value - baseline) / abs(baseline) * 100) }
            }
        }
        return candidates.contains { close(quantity.value, $0) }
    }
}
