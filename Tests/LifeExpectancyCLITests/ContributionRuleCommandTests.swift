import Foundation
import TestSupport
import Testing

/// End to end: `countdown lint` with the workspace's mortality data.
@Suite(.serialized)
struct ContributionRuleCommandTests {
    static func lint(editingConfig edit: (String) -> String = { $0 }) throws -> Program.Result {
        let root = try countdown.workspace(editingConfig: edit)
        defer { try? FileManager.default.removeItem(atPath: root) }
        return try countdown.run(["lint"], in: root)
    }

    static func ruleLines(_ result: Program.Result) -> [String] {
        result.stderr.split(separator: "\n").map(String.init).filter { $0.hasSuffix("[contribution-mismatch]") }
    }

    @Test func aPlanDeclaringFarMoreThanItsModelIsFlaggedAtItsContribution() throws {
        let result = try Self.lint()
        #expect(result.status == 0)  // a warning
        let lines = Self.ruleLines(result)
        #expect(
            lines.contains(
                "plans/overclaim.yaml:19:17: warning: plan 'overclaim' declares 0.350 years for males, 8.9 times the "
                    + "0.039 its interventions' impact models; lint.contribution_factor allows a factor of 3.0 "
                    + "[contribution-mismatch]"))
        #expect(lines.filter { $0.hasPrefix("plans/overclaim.yaml:19:17:") }.count == 2)
        #expect(lines.contains { $0.hasPrefix("plans/male-only.yaml:19:17:") })
    }

    @Test func plansThatAgreeWithTheirModelOrHaveNoImpactAreNotFlagged() throws {
        let lines = Self.ruleLines(try Self.lint())
        #expect(!lines.contains { $0.hasPrefix("plans/fair.yaml") })
        #expect(!lines.contains { $0.hasPrefix("plans/no-impact.yaml") })
        #expect(lines.count == 3)
    }

    @Test func withoutMortalityDataTheRuleIsSilent() throws {
        let result = try Self.lint { $0.replacingOccurrences(of: "  mortality: mortality.csv\n", with: "") }
        #expect(Self.ruleLines(result) == [])
    }

    @Test func theExampleWorkspaceHasNoMismatch() throws {
        let result = try countdown.run(["lint"], in: SourceTree.root)
        #expect(result.status == 0)
        #expect(!result.stderr.contains("[contribution-mismatch]"))
        #expect(!result.stderr.contains("[mortality-data]"))
    }

    @Test func aMissingMortalityFileIsAnErrorAtTheMortalityValue() throws {
        let result = try Self.lint {
            $0.replacingOccurrences(of: "mortality: mortality.csv", with: "mortality: mortalty.csv")
        }
        #expect(result.status == 1)
        #expect(
            result.stderr.contains(
                "countdown.yaml:10:14: error: mortality file 'mortalty.csv' does not exist (did you mean 'mortality.csv'?) [unreadable-file]"
            ))
    }

    @Test func problemsInTheMortalityFileAreLintErrorsWithTheirLines() throws {
        let root = try countdown.workspace()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let path = root + "/mortality.csv"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try text.replacingOccurrences(of: "Manchester,male,0,circulatory,", with: "Manchester,male,0,cardio,")
            .write(toFile: path, atomically: true, encoding: .utf8)
        let result = try countdown.run(["lint"], in: root)
        #expect(result.status == 1)
        #expect(result.stderr.contains("mortality.csv:2:19: error: \"cardio\" is not a cause group."))
        #expect(result.stderr.contains("    2 | Manchester,male,0,cardio,"))
    }
}
