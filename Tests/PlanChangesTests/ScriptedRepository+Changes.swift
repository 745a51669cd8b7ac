import Foundation
import PlanChanges
import PlanLoading
import PlanModel
import TestSupport
import Testing

extension ScriptedRepository {
    static let fixtures = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.path

    /// A fixture workspace (from Fixtures/) committed as "base" on branch main.
    convenience init(fixture: String = "workspace") throws {
        let source = Self.fixtures + "/" + fixture
        try self.init(
            copying: try FileManager.default.contentsOfDirectory(atPath: source), from: source, message: "base")
    }

    /// The workspace as a revision holds it; `workspace` is its folder in
    /// the working tree (which must exist), relative to the repository.
    func load(_ revision: String, workspace: String = "") throws -> LoadedWorkspace {
        let root = workspace.isEmpty ? path : path + "/" + workspace
        let repository = try GitRepository(workspace: root)
        return try WorkspaceLoader(displayBase: path).load(
            root: root, commit: repository.commit(revision), in: repository)
    }

    /// The working tree.
    func loadWorkingTree() throws -> LoadedWorkspace {
        try WorkspaceLoader(displayBase: path).load(root: path)
    }

    /// What changed from one revision to another (default: the last commit).
    func changes(from: String = "HEAD~1", to: String? = "HEAD") throws -> ChangeSet {
        let before = try load(from)
        let after = try to.map { try load($0) } ?? loadWorkingTree()
        #expect(before.diagnostics.isEmpty, "\(before.diagnostics)")
        return PlanChanges.compare(
            before: before.plans, after: after.plans, beforeWorkspace: before.config, afterWorkspace: after.config,
            notReadBefore: before.filesWithErrors, notReadAfter: after.filesWithErrors)
    }

    /// Applies edits to one file, commits them, and compares with the commit before.
    func changes(in file: String, _ edits: [(String, String)]) throws -> ChangeSet {
        for (old, new) in edits { try edit(file, old, new) }
        try commit("edit \(file)")
        return try changes()
    }
}

extension ChangeSet {
    /// The only change of a kind, for tests that expect exactly one.
    func only(_ kind: ChangeKind, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Change {
        let found = changes(kind)
        #expect(
            found.count == 1, "expected one \(kind.rawValue), found \(found.map(\.sentence))",
            sourceLocation: sourceLocation)
        return try #require(found.first, sourceLocation: sourceLocation)
    }
}
