import Common
import PlanModel

/// SMART "specific": the statement names a quantity and when it is due.
public struct ObjectiveNotSpecificRule: LintRule {
    public static let description = RuleDescription(
        id: "objective-not-specific",
        summary: "An objective's statement does not name a quantity, or does not say by when.",
        rationale: """
            A specific objective can be read on its own in a board paper: "Deliver 3,400 quitters in 2010/11" \
            says what and when. The numbers in `baseline` and `target` are for the tool; the statement is for people.
            """,
        defaultSeverity: .warning,
        triggering: [
            RuleExample(.objective, "statement: ↓Deliver 3,400 four-week quitters"),
            RuleExample(.objective, "statement: ↓Every practice to run a smoking register by March"),
        ],
        nonTriggering: [
            RuleExample(.objective, "statement: Deliver 3,400 four-week quitters in 2010/11"),
            RuleExample(.objective, "statement: Reach 1,200 quit attempts a year through pharmacies"),
            RuleExample(.objective, "statement: Sign 60 pharmacies by 31 March 2011"),
        ])

    static let months = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december",
    ]
    static let periodWords = [
        "a year", "per year", "each year", "every year", "annually", "a month", "per month", "each month",
        "quarter", "per annum", "by the end of",
    ]
    /// Both lists' bytes, for the search of ASCII text.
    static let timeWordBytes = (months + periodWords).map { Array($0.utf8) }

    public init() {}

    public func check(_ plan: Plan, in context: LintContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        plan.forEachObjective { objective in
            let statement = objective.title
            if !(ASCIIText.containsDigit(statement) ?? statement.contains(where: \.isNumber)) {
                // A vague statement is vague-objective's finding; do not say it twice.
                guard VagueObjectiveRule().isVague(statement) == nil else { return }
                findings.append(
                    finding(
                        "objective '\(objective.id)' names no quantity", at: objective.locations["statement"],
                        hint:
                            "say how much, as in the target (\(NumberText.written(objective.target.value, roundedTo: 3)) \(objective.unit))"
                    ))
                return
            }
            guard !namesATime(statement) else { return }
            findings.append(
                finding(
                    "objective '\(objective.id)' does not say when it is due", at: objective.locations["statement"],
                    hint: "add the date or period, e.g. \"by March \(objective.target.date.year)\" or \"in 2010/11\""))
        }
        return findings
    }

    /// A year (2011, 2010/11), a month, or a period word.
    func namesATime(_ statement: String) -> Bool {
        // ASCII text is searched as bytes, which gives the same answer.
        if let answer = ASCIIText.withBytes(
            statement,
            { bytes -> Bool in
                var digits = 0
                for index in bytes.indices {
                    if ASCIIText.isDigit(bytes[index]) {
                        digits += 1
                    } else {
                        if digits == 4 { return true }
                        digits = 0
                    }
                }
                if digits == 4 { return true }
                return Self.timeWordBytes.contains { ASCIIText.firstOffset(of: $0, in: bytes) != nil }
            })
        {
            return answer
        }
        let text = statement.lowercased()
        var digits = 0
        for character in text + " " {
            if character.isNumber {
                digits += 1
            } else {
                if digits == 4 { return true }
                digits = 0
            }
        }
        return Self.months.contains { text.contains($0) } || Self.periodWords.contains { text.contains($0) }
    }
}
