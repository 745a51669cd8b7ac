import Foundation
import TestSupport
import Testing

/// End to end: the built executable on fixture workspaces.
@Suite(.serialized)
struct LintCommandTests {
    @Test func theExampleWorkspaceLintsClean() throws {
        let result = try countdown.run(["lint"], in: SourceTree.root)
        #expect(result.status == 0)
        #expect(
            result.stderr.hasSuffix("0 errors, 0 warnings, 13 info in 8 files (4 ignored; --show-ignored lists them)\n")
        )
        #expect(result.stdout.isEmpty)
    }

    @Test func findingsAreReportedLikeACompilerAndExitOne() throws {
        let result = try countdown.run(
            ["lint"], in: countdown.fixtures + "/broken", environment: ["NO_COLOR": "1"])
        #expect(result.status == 1)
        let lines = result.stderr.split(separator: "\n", omittingEmptySubsequences: false)
        let start = try #require(lines.firstIndex { $0.hasPrefix("plans/tobacco.yaml:5:8:") })
        #expect(
            Array(lines[start..<start + 4]) == [
                "plans/tobacco.yaml:5:8: error: board 'hbw' is not declared (did you mean 'hwb'?) [undeclared-board]",
                "    5 | board: hbw",
                "      |        ^",
                "      = help: declare it under 'boards' in countdown.yaml, or use one of: hwb",
            ])
        #expect(
            result.stderr.contains(
                "plans/tobacco.yaml:40:5: error: unknown key 'milstones' (did you mean 'milestones'?) [unknown-key]\n   40 |     milstones:\n      |     ^\n"
            ))
        #expect(lines.dropLast().last?.hasPrefix("2 errors, ") == true)
        #expect(!result.stderr.contains("\u{1B}"))
    }

    @Test func namedFilesAreCheckedWithTheWorkspaceForContext() throws {
        let result = try countdown.run(["lint", "plans/clean.yaml"], in: countdown.fixtures + "/broken")
        #expect(result.status == 0)
        #expect(!result.stderr.contains("tobacco.yaml"))
        #expect(result.stderr.hasSuffix(" in 2 files\n"))
        #expect(result.stderr.contains("0 errors, 3 warnings, 2 info"))
    }

    @Test func workspaceOptionWorksFromAnywhere() throws {
        let result = try countdown.run(
            ["lint", "--workspace", countdown.fixtures + "/broken", "--format", "json"], in: "/")
        #expect(result.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let diagnostics = try #require(json["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.filter { $0["severity"] as? String == "error" }.count == 2)
    }

    @Test func noWorkspaceExitsTwoWithOneLine() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("countdown-cli-\(getpid())").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try countdown.run(["lint"], in: folder)
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("countdown: no countdown.yaml in"))
        #expect(result.stderr.split(separator: "\n").count == 1)
    }

    @Test func badArgumentsAndUnreadablePathsExitTwo() throws {
        let badFormat = try countdown.run(["lint", "--format", "xml"], in: SourceTree.root)
        #expect(badFormat.status == 2)
        #expect(badFormat.stderr.contains("xml"))
        let missing = try countdown.run(["lint", "plans/nope.yaml"], in: SourceTree.root)
        #expect(missing.status == 2)
        #expect(missing.stderr == "countdown: cannot read plans/nope.yaml: no such file or folder\n")
    }

    @Test func versionAndHelpExitZero() throws {
        #expect(try countdown.run(["--version"], in: "/").status == 0)
        let help = try countdown.run(["lint", "--help"], in: "/")
        #expect(help.status == 0)
        #expect(help.stdout.contains("Examples:"))
    }
}
