import Foundation
import PlanLoading
import PlanModel
import Testing

@testable import PlanLint

/// Every rule's examples, run through the real loader and linter: a
/// triggering example gives exactly one finding of its rule, at the marker;
/// a non-triggering one gives none.
struct RuleExampleTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var rule: String
        var index: Int
        var triggers: Bool
        var example: RuleExample
        var testDescription: String { "\(rule) \(triggers ? "triggering" : "non-triggering") #\(index + 1)" }
    }

    static let cases: [Case] = RuleRegistry.domainRules.flatMap { rule -> [Case] in
        let description = type(of: rule).description
        return description.triggering.enumerated().map {
            Case(rule: description.id, index: $0.offset, triggers: true, example: $0.element)
        }
            + description.nonTriggering.enumerated().map {
                Case(rule: description.id, index: $0.offset, triggers: false, example: $0.element)
            }
    }

    /// Writes the example workspace to a temporary folder and lints it.
    static func lint(_ rendered: ExampleWorkspace.Rendered) throws -> LintReport {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("countdown-rule-example-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("plans"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try rendered.config.write(
            to: folder.appendingPathComponent(ExampleWorkspace.configFile), atomically: true, encoding: .utf8)
        try rendered.plan.write(
            to: folder.appendingPathComponent(ExampleWorkspace.planFile), atomically: true, encoding: .utf8)
        let loaded = try WorkspaceLoader(displayBase: folder.path).load(root: folder.path)
        return Linter().lint(loaded)
    }

    @Test func theExampleWorkspaceItselfIsClean() throws {
        let report = try Self.lint(ExampleWorkspace.render())
        #expect(report.diagnostics.map { "\($0.location) \($0.rule): \($0.message)" } == [])
    }

    @Test(arguments: cases)
    func ruleExample(_ testCase: Case) throws {
        let rendered = ExampleWorkspace.render(testCase.example)
        let report = try Self.lint(rendered)
        // Examples must be well-formed plans: only the rule under test may speak.
        let schema = report.diagnostics.filter { RuleRegistry.description(of: $0.rule)?.isConfigurable == false }
        #expect(schema.map { "\($0.location) \($0.rule): \($0.message)" } == [])
        let own = report.diagnostics.filter { $0.rule == testCase.rule }
        if testCase.triggers {
            let marker = try #require(rendered.marker, "a triggering example needs a ↓ marker")
            #expect(own.map(\.location) == [marker])
        } else {
            #expect(own.map { "\($0.location): \($0.message)" } == [])
        }
    }

    @Test func everyDomainRuleHasATriggeringExample() {
        // contribution-mismatch needs a mortality file, which example workspaces do not have: its
        // triggering and non-triggering cases are end-to-end tests (LifeExpectancyCLITests).
        let missing = RuleRegistry.domainRules.map { type(of: $0).description }.filter(\.triggering.isEmpty)
            .filter { $0.id != ContributionModelMismatchRule.description.id }
        #expect(missing.map(\.id) == [])
    }

    /// Issue 18 item 6: the help says how to silence the finding, since a reason in the statement does not.
    @Test func implausibleChangeHelpNamesTheIgnoreComment() throws {
        let example = try #require(ImplausibleChangeRule.description.triggering.first)
        let report = try Self.lint(ExampleWorkspace.render(example))
        let hint = try #require(report.diagnostics.first { $0.rule == "implausible-change" }?.hint)
        #expect(hint.contains("`# countdown: ignore[implausible-change] <why>`"))
        #expect(!hint.contains("statement"))
    }

    /// Issue 18 item 4: an invalid ignore comment is an error, as `rules` and `explain` say.
    @Test func anInvalidIgnoreCommentIsAnError() throws {
        let example = RuleExample(
            .objective, "target: { date: 2011-03-31, value: 3400 }  # countdown: ignore[no-such-rule]")
        let report = try Self.lint(ExampleWorkspace.render(example))
        let invalid = report.diagnostics.filter { $0.rule == "invalid-suppression" }
        #expect(invalid.count == 2 && invalid.allSatisfy { $0.severity == .error })
        #expect(RuleRegistry.description(of: "invalid-suppression")?.defaultSeverity == .error)
    }
}
