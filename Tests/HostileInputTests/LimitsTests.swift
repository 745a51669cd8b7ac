import Foundation
import LocatedYAML
import PlanLoading
import SystemIO
import Testing

/// The limits that keep hostile files cheap: each is enforced exactly at its
/// number, with an error that names it, and SECURITY.md states the numbers
/// the code enforces.
struct LimitsTests {
    @Test func nestingIsRefusedOneLevelPastTheLimit() {
        let limits = ComposeLimits(maxDepth: 4)
        // The file's mapping is level 1; each '[' opens one more.
        #expect(YAMLComposer.compose(Array("a: [[[x]]]\n".utf8), limits: limits).problems.isEmpty)
        let deeper = YAMLComposer.compose(Array("a: [[[[x]]]]\n".utf8), limits: limits)
        #expect(deeper.problems.map(\.kind) == [.limits])
        #expect(deeper.problems.first?.message == "values are nested more than 4 levels deep here")
        #expect(deeper.problems.first?.position == TextPosition(line: 1, column: 7))
    }

    @Test func aliasExpansionIsRefusedOneValuePastTheLimit() {
        // `*a` adds a list and its 3 items: 4 values an alias.
        let text = "a: &a [x, y, z]\nb: [*a, *a]\n"
        #expect(YAMLComposer.compose(Array(text.utf8), limits: ComposeLimits(maxAliasExpansion: 8)).problems.isEmpty)
        let over = YAMLComposer.compose(Array(text.utf8), limits: ComposeLimits(maxAliasExpansion: 7))
        #expect(over.problems.map(\.message) == ["aliases ('*a') expand to more than 7 values"])
        #expect(over.problems.first?.position == TextPosition(line: 2, column: 9))
    }

    @Test func fileSizeIsRefusedOneBytePastTheLimit() throws {
        let workspace = try TemporaryWorkspace()
        try workspace.write(String(repeating: "#", count: 999) + "\n", to: "plans/exactly.yaml")
        try workspace.write(String(repeating: "#", count: 1000) + "\n", to: "plans/over.yaml")
        let loaded = try WorkspaceLoader(displayBase: workspace.path, fileSizeLimit: 1000).load(
            root: workspace.path, only: [workspace.path + "/plans"])
        let found = loaded.diagnostics.map { "\($0.rule) \($0.location.file): \($0.message)" }
        #expect(
            found == [
                "empty-file plans/exactly.yaml: the file is empty",
                "input-limits plans/over.yaml: cannot read this file: it is 1001 bytes; plan files are limited to 1000 bytes",
            ])
    }

    @Test func devicesAndPipesAreRefusedWithoutReadingThem() throws {
        #expect(FileReader.contents(of: "/dev/zero") == .failure(.notRegularFile(kind: "a device")))
        let workspace = try TemporaryWorkspace()
        let pipe = workspace.path + "/pipe.yaml"
        #expect(mkfifo(pipe, 0o644) == 0)
        // Opening a pipe with no writer would wait for ever; this returns at once.
        #expect(FileReader.contents(of: pipe) == .failure(.notRegularFile(kind: "a named pipe")))
        #expect(FileReader.contents(of: workspace.path) == .failure(.isDirectory))
    }

    /// An import file over 512 MB is refused before it is read: a sparse file
    /// takes no disk space and no time to make.
    @Test func anOversizedImportFileIsRefusedBeforeItIsRead() throws {
        let workspace = try TemporaryWorkspace()
        let path = workspace.path + "/huge.csv"
        #expect(FileManager.default.createFile(atPath: path, contents: Data("measure,date,value\n".utf8)))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.truncate(atOffset: 600 * 1_048_576)
        try handle.close()
        let run = try workspace.run(["import", "huge.csv"])
        #expect(run.status == 2)
        #expect(
            run.stderr
                == "countdown: cannot read huge.csv: it is 600 MB; import files are limited to 512 MB (split it into several files)\n"
        )
    }

    /// SECURITY.md states each limit as the code enforces it.
    @Test func securityMdStatesTheLimitsTheCodeEnforces() throws {
        let text = try String(contentsOfFile: Paths.tests + "/../SECURITY.md", encoding: .utf8)
        #expect(FileReader.defaultLimit == 16 * 1_048_576)
        #expect(text.contains("16 MB"))
        #expect(ComposeLimits().maxDepth == 64)
        #expect(text.contains("64 levels"))
        #expect(ComposeLimits().maxAliasExpansion == 100_000)
        #expect(text.contains("100,000 values"))
        #expect(text.contains("512 MB"))
    }
}
