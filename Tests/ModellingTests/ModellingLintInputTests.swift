import PlanLoading
import PlanModel
import Testing
import Workbench

@testable import Modelling
@testable import PlanLint

/// What `countdown lint` gets from the mortality data, and what the rule does with it.
struct ModellingLintInputTests {
    @Test("Every plan with impact gets a modelled contribution; a plan without impact gets none")
    func contributionsByPlan() throws {
        let workspace = try TestWorkspace()
        defer { workspace.remove() }
        let input = ModellingLintInput(workspace: try workspace.load(), displayPath: { $0 })
        let contributions = try #require(input.contributions)
        #expect(contributions.keys.sorted() == ["fair", "male-only", "overclaim"])
        #expect(input.diagnostics == [])
        #expect(contributions["male-only"]?.years.female == 0)
        #expect(contributions["overclaim"]?.interventionCount == 1)
    }

    @Test("Without life_expectancy.mortality there is nothing to model and nothing to say")
    func noMortality() throws {
        let workspace = try TestWorkspace { $0.replacingOccurrences(of: "  mortality: mortality.csv\n", with: "") }
        defer { workspace.remove() }
        let loaded = try workspace.load()
        #expect(loaded.diagnostics == [])
        let input = ModellingLintInput(workspace: loaded, displayPath: { $0 })
        #expect(input.contributions == nil)
        #expect(input.diagnostics == [])
    }

    @Test("A missing mortality file is an error at the mortality: value, from the loader")
    func missingFile() throws {
        let workspace = try TestWorkspace {
            $0.replacingOccurrences(of: "mortality: mortality.csv", with: "mortality: mortalty.csv")
        }
        defer { workspace.remove() }
        let loaded = try workspace.load()
        let diagnostic = try #require(loaded.diagnostics.first)
        #expect(loaded.diagnostics.count == 1)
        #expect(diagnostic.rule == "unreadable-file")
        #expect(diagnostic.location == SourceLocation(file: "countdown.yaml", line: 10, column: 14))
        #expect(diagnostic.message == "mortality file 'mortalty.csv' does not exist (did you mean 'mortality.csv'?)")
        let input = ModellingLintInput(workspace: loaded, displayPath: { $0 })
        #expect(input.contributions == nil)
        #expect(input.diagnostics == [])  // said once, by the loader
    }

    @Test("An area the data does not hold is reported at area, with the names the file has")
    func unknownArea() throws {
        let workspace = try TestWorkspace {
            $0.replacingOccurrences(of: "name: Manchester }", with: "name: Manchster }")
        }
        defer { workspace.remove() }
        let input = ModellingLintInput(workspace: try workspace.load(), displayPath: { $0 })
        let diagnostic = try #require(input.diagnostics.first)
        #expect(diagnostic.location.file == "countdown.yaml")
        #expect(diagnostic.location.line == 4)
        #expect(diagnostic.message.contains("(did you mean 'Manchester'?)"))
    }
}

/// The contribution-mismatch rule, given modelled contributions as the
/// command gives them.
struct ContributionMismatchRuleTests {
    static func findings(editingConfig edit: (String) -> String = { $0 }) throws -> [Diagnostic] {
        let workspace = try TestWorkspace(editingConfig: edit)
        defer { workspace.remove() }
        let loaded = try workspace.load()
        var linter = Linter(rules: [ContributionModelMismatchRule()])
        linter.modelledContributions = ModellingLintInput(workspace: loaded, displayPath: { $0 }).contributions
        return linter.lint(loaded).diagnostics.filter { $0.rule == "contribution-mismatch" }
    }

    @Test("Declared ten times the model: one finding per sex at life_expectancy.contribution")
    func triggers() throws {
        let findings = try Self.findings()
        let overclaim = findings.filter { $0.location.file == "plans/overclaim.yaml" }
        #expect(
            overclaim.map(\.location)
                == Array(repeating: SourceLocation(file: "plans/overclaim.yaml", line: 19, column: 17), count: 2))
        #expect(overclaim.allSatisfy { $0.severity == .warning })
        let male = try #require(overclaim.first { $0.message.contains("for males") })
        #expect(male.message.hasPrefix("plan 'overclaim' declares 0.350 years for males, 8.9 times the 0.039"))
        #expect(male.message.hasSuffix("lint.contribution_factor allows a factor of 3.0"))
    }

    @Test("A declared contribution nothing models is flagged; agreeing plans and plans without impact are not")
    func zeroAndSilence() throws {
        let findings = try Self.findings()
        #expect(findings.filter { $0.location.file == "plans/fair.yaml" } == [])
        #expect(findings.filter { $0.location.file == "plans/no-impact.yaml" } == [])
        let maleOnly = findings.filter { $0.location.file == "plans/male-only.yaml" }
        #expect(
            maleOnly.map(\.message) == [
                "plan 'male-only' declares 0.010 years for females, none of its interventions' impact reaches females "
                    + "(modelled 0); lint.contribution_factor allows a factor of 3.0"
            ])
    }

    @Test("lint.contribution_factor sets the limit")
    func factorIsConfigurable() throws {
        let findings = try Self.findings { $0 + "lint:\n  contribution_factor: 10\n" }
        #expect(findings.map(\.location.file) == ["plans/male-only.yaml"])
    }

    @Test("Without mortality data the rule says nothing")
    func noData() throws {
        let findings = try Self.findings { $0.replacingOccurrences(of: "  mortality: mortality.csv\n", with: "") }
        #expect(findings == [])
    }

    @Test(
        "Contributions differ when one is more than the factor times the other, either way",
        arguments: [
            (0.1, 0.03, true), (0.09, 0.03, false), (0.03, 0.1, true), (0.03, 0.09, false), (0.0, 0.0, false),
            (0.01, 0.0, true), (0.0, 0.01, true),
        ])
    func differ(declared: Double, modelled: Double, expected: Bool) {
        #expect(ContributionModelMismatchRule.differ(declared, modelled, by: 3) == expected)
    }
}
