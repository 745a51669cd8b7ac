import ArgumentParser
import Common
import PlanLint
import PlanModel

struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List every rule countdown checks, with its default severity.",
        discussion: """
            Examples:
              countdown rules                 the rule list
              countdown rules --format md     the rule reference (docs/rules.md)
              countdown explain milestone-gap why a rule exists, with examples
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, md, json
    }

    @Option(help: "text (a list), md (the full reference, as in docs/rules.md) or json.")
    var format: Format = .text

    func run() {
        switch format {
        case .md:
            print(RuleReference.markdown(), terminator: "")
        case .json:
            print(RuleReference.json())
        case .text:
            let width = RuleRegistry.all.map(\.id.count).max() ?? 0
            for rule in RuleRegistry.all {
                let severity = rule.isConfigurable ? rule.defaultSeverity.rawValue : "error*"
                print(
                    rule.id.padding(toLength: width + 2, withPad: " ", startingAt: 0)
                        + severity.padding(toLength: 9, withPad: " ", startingAt: 0) + rule.summary)
            }
            print("\n* schema checks: always errors. Others can be set in countdown.yaml under lint.rules.")
        }
    }
}

struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain a rule: what it finds, why, and examples that do and do not trigger it.",
        discussion: "Example:\n  countdown explain vague-objective")

    @Argument(help: "A rule id, as shown in brackets after a finding.")
    var rule: String

    func run() throws {
        guard let description = RuleRegistry.description(of: rule) else {
            let suggestion = Suggestion.hint(Suggestion.closestRule(to: rule))
            throw CommandFailure(message: "no rule '\(rule)'\(suggestion); 'countdown rules' lists them")
        }
        print(RuleReference.explanation(description), terminator: "")
    }
}
