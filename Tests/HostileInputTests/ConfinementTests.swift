import Foundation
import PlanLoading
import Testing

/// Files found in or named by a workspace are read only inside it
/// (SECURITY.md: CI shows problem lines to a pull request's author). The
/// corpus has a plan linked to /etc/passwd and countdown.yaml naming it;
/// these are the other ways in.
struct ConfinementTests {
    @Test func aPlansFolderThatLinksOutIsNotRead() throws {
        let outside = try TemporaryWorkspace()
        try FileManager.default.copyItem(atPath: Paths.basePlan, toPath: outside.path + "/plans/secret.yaml")
        let workspace = try TemporaryWorkspace()
        try FileManager.default.removeItem(atPath: workspace.path + "/plans")
        try FileManager.default.createSymbolicLink(
            atPath: workspace.path + "/plans", withDestinationPath: outside.path + "/plans")
        let loaded = try WorkspaceLoader(displayBase: workspace.path).load(root: workspace.path)
        #expect(loaded.plans.isEmpty)
        #expect(loaded.diagnostics.map { "\($0.rule) \($0.location.file)" } == ["unreadable-file plans/secret.yaml"])
        #expect(loaded.sources["plans/secret.yaml"] == nil, "the file's text was read")
    }

    @Test func aLinkInsideTheWorkspaceToAFileInsideIsRead() throws {
        let workspace = try TemporaryWorkspace()
        try FileManager.default.copyItem(atPath: Paths.basePlan, toPath: workspace.path + "/valid.yaml")
        try FileManager.default.createSymbolicLink(
            atPath: workspace.path + "/plans/linked.yaml", withDestinationPath: "../valid.yaml")
        let loaded = try WorkspaceLoader(displayBase: workspace.path).load(root: workspace.path)
        #expect(loaded.diagnostics.filter { $0.severity == .error }.isEmpty)
        #expect(loaded.plans.map(\.id) == ["valid-plan"])
    }

    @Test func aFileNamedOnTheCommandLineMayBeAnywhere() throws {
        let outside = try TemporaryWorkspace()
        try FileManager.default.copyItem(atPath: Paths.basePlan, toPath: outside.path + "/plans/elsewhere.yaml")
        let workspace = try TemporaryWorkspace()
        let run = try workspace.run(["lint", outside.path + "/plans/elsewhere.yaml"])
        #expect(run.status == 0, "\(run.stderr)")
    }

    @Test func gapSaysWhyTheWorkspacesMortalityFileIsNotUsed() throws {
        let workspace = try TemporaryWorkspace(
            config: Paths.corpus + "/config/mortality-path-outside.yaml")
        let run = try workspace.run(["gap"])
        #expect(run.status == 2)
        #expect(
            run.stderr
                == "countdown: the mortality file in countdown.yaml: '/etc/passwd' is outside the workspace folder; "
                + "countdown reads only files inside the workspace; pass --mortality FILE\n")
    }
}
