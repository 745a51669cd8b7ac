import Foundation
import PlanModel
import Testing

@testable import PlanLoading

struct LoaderTests {
    func loadValid() throws -> LoadedWorkspace {
        try WorkspaceLoader(displayBase: FixturePaths.workspace).load(root: FixturePaths.workspace)
    }

    @Test func validWorkspaceLoadsWithoutFindings() throws {
        let workspace = try loadValid()
        #expect(workspace.diagnostics.isEmpty)
        #expect(workspace.files == ["countdown.yaml", "plans/valid.yaml"])
        #expect(workspace.plans.map(\.id) == ["valid-plan"])
        #expect(workspace.config?.area.name == "Testshire")
        #expect(workspace.config?.lint.severities["vague-objective"] == .some(.warning))
        #expect(workspace.framework?.id == "christmas-tree")
    }

    @Test func plainTextFieldsStayText() throws {
        let plan = try #require(try loadValid().plans.first)
        #expect(plan.title == "no")  // not the boolean false
        #expect(plan.summary == "1.10")  // not the number 1.1
        #expect(plan.interventions.first?.lead.name == "on")
    }

    @Test func valuesAreTyped() throws {
        let plan = try #require(try loadValid().plans.first)
        #expect(plan.reporting == .quarterly)
        #expect(plan.outcome.baseline.value == 26.4)
        #expect(plan.outcome.baseline.date == Day(year: 2008, month: 3, day: 31))
        #expect(plan.outcome.tolerance == .percent(5))
        #expect(plan.lifeExpectancy?.contribution == BySex(male: 0.1, female: 0.05))
        let intervention = try #require(plan.interventions.first)
        #expect(intervention.diagnostic.map(\.component) == ["known-efficacy", "accessibility", "engaging-the-public"])
        #expect(intervention.diagnostic[1].value == 0.67)
        #expect(intervention.impact?.ages == 35...74)
        #expect(intervention.partners.first?.amount == Amount(value: 12, unit: "venues"))
        #expect(plan.risks.first?.likelihood == 3)
    }

    @Test func valuesKeepTheirSourceLocations() throws {
        let plan = try #require(try loadValid().plans.first)
        #expect(plan.locations["board"] == SourceLocation(file: "plans/valid.yaml", line: 5, column: 8))
        let milestone = try #require(plan.milestones.first)
        #expect(milestone.locations.start == SourceLocation(file: "plans/valid.yaml", line: 41, column: 9))
        #expect(milestone.locations["due"].line == 43)
        #expect(milestone.locations.key("due").column == 9)
    }

    @Test func byteOrderMarkAndCRLFAreAccepted() throws {
        let loader = WorkspaceLoader(displayBase: FixturePaths.root)
        let workspace = try loader.load(
            root: FixturePaths.workspace, only: [FixturePaths.error("bom-and-crlf-valid")])
        #expect(workspace.diagnostics.isEmpty)
        let plan = try #require(workspace.plans.first)
        #expect(plan.id == "crlf-plan")
        #expect(plan.locations["board"].line == 5)
        #expect(plan.locations["board"].column == 8)
    }

    @Test func theExampleWorkspaceLintsClean() throws {
        let workspace = try WorkspaceLoader(displayBase: FixturePaths.example).load(root: FixturePaths.example)
        #expect(workspace.diagnostics.map { "\($0.location): \($0.message)" } == [])
        #expect(
            Set(workspace.plans.map(\.contributor)) == [
                "tobacco-control", "cvd-secondary-prevention", "cvd-acute", "cancer", "alcohol-harm",
                "seasonal-excess-deaths", "infant-mortality",
            ])
    }

    @Test func theWorkspaceIsFoundFromAFolderInsideIt() throws {
        let inside = FixturePaths.workspace + "/plans"
        let root = try WorkspaceLocator.find(from: inside)
        #expect(root == URL(fileURLWithPath: FixturePaths.workspace).standardizedFileURL.path)
    }

    @Test func noWorkspaceIsAnError() throws {
        let empty = FileManager.default.temporaryDirectory.appendingPathComponent("countdown-no-workspace-\(getpid())")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: empty) }
        #expect(throws: WorkspaceError.notFound(searchedFrom: empty.path)) {
            try WorkspaceLocator.find(from: empty.path)
        }
        #expect(throws: WorkspaceError.missingConfig(empty.path)) {
            try WorkspaceLocator.validate(empty.path)
        }
    }

    @Test func aNamedFileThatDoesNotExistStopsTheCommand() throws {
        let loader = WorkspaceLoader(displayBase: FixturePaths.root)
        #expect(throws: WorkspaceError.self) {
            try loader.load(root: FixturePaths.workspace, only: [FixturePaths.root + "/no-such-plan.yaml"])
        }
    }
}

/// Plan paths that are not readable files are reported, and the rest is still read.
struct UnreadablePlanFileTests {
    @Test func foldersSymlinkLoopsAndUnreadableFilesAreReported() throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("countdown-unreadable-\(getpid())").path
        try FileManager.default.createDirectory(
            atPath: folder + "/plans/folder.yaml", withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try FileManager.default.copyItem(
            atPath: FixturePaths.workspace + "/countdown.yaml", toPath: folder + "/countdown.yaml")
        try FileManager.default.copyItem(
            atPath: FixturePaths.workspace + "/plans/valid.yaml", toPath: folder + "/plans/valid.yaml")
        try FileManager.default.createSymbolicLink(
            atPath: folder + "/plans/loop.yaml", withDestinationPath: "loop.yaml")
        let workspace = try WorkspaceLoader(displayBase: folder).load(root: folder)
        let found = workspace.diagnostics.map { "\($0.rule) \($0.location): \($0.message)" }
        #expect(
            found == [
                "unreadable-file plans/folder.yaml:1:1: cannot read this file: it is a folder, not a file",
                "unreadable-file plans/loop.yaml:1:1: cannot read this file: Too many levels of symbolic links",
            ])
        #expect(workspace.plans.map(\.id) == ["valid-plan"])
    }
}

/// The diagnostic framework is data: a workspace may name its own file.
struct CustomFrameworkTests {
    @Test func aFrameworkFileReplacesTheChristmasTree() throws {
        let root = FixturePaths.root + "/custom-framework"
        let workspace = try WorkspaceLoader(displayBase: root).load(root: root)
        #expect(workspace.framework?.id == "simple-cascade")
        #expect(workspace.framework?.components.map(\.id) == ["reach", "uptake", "effect"])
        #expect(workspace.framework?.components.map(\.isShare) == [true, true, false])
        // A Christmas Tree component is unknown in this framework.
        #expect(
            workspace.diagnostics.map { "\($0.rule) \($0.location)" } == [
                "unknown-component plans/valid.yaml:49:7"
            ])
    }
}
