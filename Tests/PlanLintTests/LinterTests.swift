import Foundation
import PlanLoading
import PlanModel
import Testing

@testable import PlanLint

struct LinterTests {
    static let fixtures = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.path

    func load(_ folder: String) throws -> LoadedWorkspace {
        try WorkspaceLoader(displayBase: Self.fixtures + "/" + folder).load(root: Self.fixtures + "/" + folder)
    }

    @Test func vagueObjectiveIsAnErrorByDefault() throws {
        let report = Linter(rules: [VagueObjectiveRule()]).lint(try load("vague"))
        #expect(
            report.diagnostics.map { "\($0.severity) \($0.rule) \($0.location)" } == [
                "error vague-objective plans/vague.yaml:34:20"
            ])
        #expect(report.errorCount == 1 && report.warningCount == 0)
    }

    @Test func theWorkspaceSetsARuleSeverity() throws {
        var workspace = try load("vague")
        workspace.config?.lint.severities["vague-objective"] = .some(.warning)
        let linter = Linter(rules: [VagueObjectiveRule()])
        #expect(linter.lint(workspace).diagnostics.map(\.severity) == [.warning])
        workspace.config?.lint.severities["vague-objective"] = .some(nil)
        #expect(linter.lint(workspace).diagnostics.isEmpty)
    }

    @Test func lintSettingsNameOnlyTunableRules() throws {
        var workspace = try load("vague")
        workspace.config?.lint.severities = ["vague-objectives": .some(.warning), "unknown-key": .some(.warning)]
        let messages = Linter().lint(workspace).diagnostics.map(\.message)
        #expect(messages.contains("lint.rules names unknown rule 'vague-objectives' (did you mean 'vague-objective'?)"))
        #expect(
            messages.contains("rule 'unknown-key' checks the file format and is always an error; it cannot be changed"))
    }

    @Test func quantifiedObjectivesAreNotVague() {
        let rule = VagueObjectiveRule()
        #expect(rule.isVague("Improve access to services") == "improve")
        #expect(rule.isVague("Support 60 pharmacies to deliver quits by March 2011") == nil)
        #expect(rule.isVague("Deliver 3,400 quitters") == nil)
        #expect(rule.isVague("Run a campaign to raise awareness of bowel screening") == "raise awareness")
        #expect(rule.isVague("Disimprove nothing") == nil)  // whole words only
    }

    @Test func everyRuleHasAUniqueIDAndASummary() {
        let ids = RuleRegistry.all.map(\.id)
        #expect(Set(ids).count == ids.count)
        #expect(RuleRegistry.all.allSatisfy { !$0.summary.isEmpty && !$0.rationale.isEmpty })
    }
}
