import PlanModel
import Testing

@testable import PlanLoading

/// One fixture per schema-level error kind: each must be reported once, with
/// the rule id, at the line and column of the offending key or value.
struct SchemaErrorTests {
    struct Expectation: Sendable, CustomTestStringConvertible {
        var fixture: String
        var rule: String
        var line: Int
        var column: Int
        var testDescription: String { "\(fixture) → \(rule) at \(line):\(column)" }
    }

    static let expectations: [Expectation] = [
        .init(fixture: "missing-key", rule: "missing-key", line: 1, column: 1),  // the plan's mapping
        .init(fixture: "missing-key-nested", rule: "missing-key", line: 41, column: 9),  // the milestone's mapping
        .init(fixture: "missing-value", rule: "missing-key", line: 3, column: 1),  // `title:` with nothing
        .init(fixture: "wrong-type-number-for-date", rule: "wrong-type", line: 43, column: 14),
        .init(fixture: "wrong-type-text-for-list", rule: "wrong-type", line: 28, column: 15),
        .init(fixture: "wrong-type-text-for-person", rule: "wrong-type", line: 6, column: 7),
        .init(fixture: "wrong-type-quoted-number", rule: "wrong-type", line: 15, column: 40),
        .init(fixture: "unknown-key", rule: "unknown-key", line: 40, column: 5),
        .init(fixture: "duplicate-key", rule: "duplicate-key", line: 9, column: 1),  // the second `title`
        .init(fixture: "invalid-id", rule: "invalid-id", line: 2, column: 5),
        .init(fixture: "invalid-date", rule: "invalid-date", line: 43, column: 14),
        .init(fixture: "invalid-date-format", rule: "invalid-date", line: 43, column: 14),
        .init(fixture: "undeclared-organisation", rule: "undeclared-organisation", line: 29, column: 23),
        .init(fixture: "undeclared-board", rule: "undeclared-board", line: 5, column: 8),
        .init(fixture: "unknown-contributor", rule: "unknown-contributor", line: 4, column: 14),
        .init(fixture: "invalid-value-rating", rule: "invalid-value", line: 47, column: 32),
        .init(fixture: "out-of-range-fraction", rule: "out-of-range", line: 47, column: 92),
        .init(fixture: "out-of-range-likelihood", rule: "out-of-range", line: 59, column: 17),
        .init(fixture: "missing-evidence", rule: "missing-evidence", line: 46, column: 33),  // the rating
        .init(fixture: "duplicate-id", rule: "duplicate-id", line: 33, column: 13),
        .init(fixture: "unknown-component", rule: "unknown-component", line: 46, column: 7),
        .init(fixture: "unsupported-schema", rule: "unsupported-schema", line: 1, column: 9),
        .init(fixture: "invalid-period", rule: "invalid-period", line: 10, column: 35),  // the end date
        .init(fixture: "yaml-syntax-unclosed-bracket", rule: "yaml-syntax", line: 22, column: 15),
        .init(fixture: "yaml-syntax-tab", rule: "yaml-syntax", line: 7, column: 1),
        .init(fixture: "yaml-syntax-unclosed-quote", rule: "yaml-syntax", line: 47, column: 50),
        .init(fixture: "yaml-syntax-bad-indentation", rule: "yaml-syntax", line: 13, column: 8),
        .init(fixture: "root-not-mapping", rule: "root-not-mapping", line: 1, column: 1),
        .init(fixture: "empty-file", rule: "empty-file", line: 1, column: 1),
        .init(fixture: "file-encoding", rule: "file-encoding", line: 2, column: 11),  // the byte 0xE9
        .init(fixture: "binary-file", rule: "file-encoding", line: 1, column: 8),  // the first NUL
        .init(fixture: "input-limits-alias-bomb", rule: "input-limits", line: 5, column: 36),
        .init(fixture: "input-limits-deep-nesting", rule: "input-limits", line: 1, column: 72),
    ]

    @Test(arguments: expectations)
    func reportsTheErrorAtItsLocation(_ expected: Expectation) throws {
        let path = FixturePaths.error(expected.fixture)
        let loader = WorkspaceLoader(displayBase: FixturePaths.root)
        let workspace = try loader.load(root: FixturePaths.workspace, only: [path])
        let found = workspace.diagnostics.map {
            "\($0.rule) \($0.location.file):\($0.location.line):\($0.location.column)"
        }
        #expect(found == ["\(expected.rule) errors/\(expected.fixture).yaml:\(expected.line):\(expected.column)"])
        #expect(workspace.diagnostics.allSatisfy { $0.severity == .error })
        #expect(workspace.plans.isEmpty)
    }

    @Test func duplicateKeyNotesTheFirstOccurrence() throws {
        let loader = WorkspaceLoader(displayBase: FixturePaths.root)
        let workspace = try loader.load(root: FixturePaths.workspace, only: [FixturePaths.error("duplicate-key")])
        let diagnostic = try #require(workspace.diagnostics.first)
        #expect(diagnostic.message == "duplicate key 'title' (first given on line 3)")
        #expect(diagnostic.notes.map(\.location.line) == [3])
    }

    @Test func unknownKeySuggestsTheNearestKey() throws {
        let loader = WorkspaceLoader(displayBase: FixturePaths.root)
        let workspace = try loader.load(root: FixturePaths.workspace, only: [FixturePaths.error("unknown-key")])
        #expect(workspace.diagnostics.first?.message == "unknown key 'milstones' (did you mean 'milestones'?)")
    }

    @Test func duplicatePlanIDsAcrossFilesAreReportedAtTheLaterFile() throws {
        let loader = WorkspaceLoader(displayBase: FixturePaths.root)
        let workspace = try loader.load(root: FixturePaths.workspace, only: [FixturePaths.root + "/duplicate-plan-id"])
        let found = workspace.diagnostics.map { "\($0.rule) \($0.location)" }
        #expect(found == ["duplicate-plan-id duplicate-plan-id/second.yaml:2:5"])
        #expect(workspace.diagnostics.first?.notes.first?.location.file == "duplicate-plan-id/first.yaml")
    }

    @Test func everyErrorInABrokenWorkspaceFileIsReportedInOneRun() throws {
        let loader = WorkspaceLoader(displayBase: FixturePaths.root)
        let workspace = try loader.load(root: FixturePaths.root + "/broken-workspace")
        let found = workspace.diagnostics.map { "\($0.rule) \($0.location)" }
        #expect(
            found == [
                "duplicate-id broken-workspace/countdown.yaml:6:11",
                "invalid-value broken-workspace/countdown.yaml:8:59",
                "unknown-framework broken-workspace/countdown.yaml:9:13",
                "unknown-key broken-workspace/countdown.yaml:10:1",
                // The plan is still checked against what countdown.yaml declares.
                "undeclared-organisation broken-workspace/plans/valid.yaml:29:23",
            ])
        #expect(workspace.files.count == 2)
        #expect(workspace.config == nil)
    }
}
