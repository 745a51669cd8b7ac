import Foundation
import PlanModel

/// An objective whose statement leans on a vague verb and names no quantity.
public struct VagueObjectiveRule: LintRule {
    public static let description = RuleDescription(
        id: "vague-objective",
        summary: "An objective's statement uses a vague verb (improve, support, raise awareness…) and names no number.",
        rationale: """
            The national support team asked for SMART objectives: a statement that says how much and by when can \
            be tracked and reported to a board; "improve access" cannot.
            """,
        defaultSeverity: .error,
        triggering: [
            RuleExample(.objective, "statement: ↓Improve access to stop-smoking services"),
            RuleExample(.objective, "statement: ↓Work towards smokefree homes across the city"),
        ],
        nonTriggering: [
            RuleExample(.objective, "statement: Deliver 3,400 four-week quitters in 2010/11"),
            RuleExample(.objective, "statement: Support 60 pharmacies to deliver quits by March 2011"),
        ])

    static let vaguePhrases = [
        "improve", "support", "work towards", "work toward", "raise awareness", "promote", "enhance", "encourage",
        "strengthen", "develop", "explore", "engage with", "look at",
    ]

    /// The phrases' bytes, for the search of ASCII text.
    static let vaguePhraseBytes = vaguePhrases.map { Array($0.utf8) }

    public init() {}

    public func check(_ plan: Plan, in context: LintContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        plan.forEachObjective { objective in
            guard let phrase = isVague(objective.title) else { return }
            findings.append(
                finding(
                    "objective '\(objective.id)' says '\(phrase)' but names no quantity",
                    at: objective.locations["statement"],
                    hint: "say how much and by when, e.g. \"Deliver 3,400 four-week quitters in 2010/11\""))
        }
        return findings
    }

    /// The vague phrase a statement leans on, when it names no number.
    func isVague(_ statement: String) -> String? {
        // ASCII text is searched as bytes, which gives the same answer.
        if let phrase = ASCIIText.withBytes(
            statement,
            { bytes -> String? in
                guard !ASCIIText.containsDigit(bytes) else { return nil }
                let phrases = Self.vaguePhraseBytes
                return phrases.indices.first { containsWord(phrases[$0], in: bytes) }.map { Self.vaguePhrases[$0] }
            })
        {
            return phrase
        }
        let text = statement.lowercased()
        guard !text.contains(where: \.isNumber) else { return nil }
        return Self.vaguePhrases.first { containsWord($0, in: text) }
    }

    /// `containsWord(_:in:)` on ASCII bytes, lower-cased as it searches.
    private func containsWord(_ phrase: [UInt8], in bytes: Span<UInt8>) -> Bool {
        var searchStart = 0
        while let start = ASCIIText.firstOffset(of: phrase, in: bytes, from: searchStart) {
            if start == 0 || !ASCIIText.isLetter(bytes[start - 1]) { return true }
            searchStart = start + phrase.count
        }
        return false
    }

    private func containsWord(_ phrase: String, in text: String) -> Bool {
        var searchStart = text.startIndex
        while let range = text.range(of: phrase, range: searchStart..<text.endIndex) {
            let before = range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
            if before.map({ !$0.isLetter }) ?? true { return true }
            searchStart = range.upperBound
        }
        return false
    }
}
