import Foundation
import PlanChanges
import PlanLoading
import PlanModel
import Testing

/// A git repository in a temporary folder holding a copy of the fixture
/// workspace, committed once, for tests to edit and commit again.
final class ScriptedRepository: Sendable {
    let path: String

    static let fixtures = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.path

    /// The fixture workspace committed as "base" on branch main.
    init(fixture: String = "workspace") throws {
        path =
            FileManager.default.temporaryDirectory
            .appendingPathComponent("countdown-diff-\(UUID().uuidString)").standardizedFileURL.path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        let source = Self.fixtures + "/" + fixture
        for item in try FileManager.default.contentsOfDirectory(atPath: source) {
            try FileManager.default.copyItem(atPath: source + "/" + item, toPath: path + "/" + item)
        }
        try git("init", "-q", "-b", "main")
        try commit("base")
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    func read(_ relative: String) throws -> String {
        try String(contentsOfFile: path + "/" + relative, encoding: .utf8)
    }

    func write(_ text: String, to relative: String) throws {
        let url = URL(fileURLWithPath: path + "/" + relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// Replaces text that must be there once, so a test cannot silently edit nothing.
    func edit(_ relative: String, _ old: String, _ new: String) throws {
        let text = try read(relative)
        let count = text.components(separatedBy: old).count - 1
        guard count == 1 else { throw EditFailed(file: relative, text: old, count: count) }
        try write(text.replacingOccurrences(of: old, with: new), to: relative)
    }

    func move(_ from: String, to: String) throws {
        let url = URL(fileURLWithPath: path + "/" + to)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.moveItem(atPath: path + "/" + from, toPath: path + "/" + to)
    }

    func remove(_ relative: String) throws {
        try FileManager.default.removeItem(atPath: path + "/" + relative)
    }

    /// Commits everything in the folder.
    func commit(_ message: String) throws {
        try git("add", "-A")
        try git(
            "-c", "user.name=Test", "-c", "user.email=test@example.org", "-c", "commit.gpgsign=false", "commit", "-q",
            "--allow-empty", "-m", message)
    }

    @discardableResult
    func git(_ arguments: String...) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", path] + arguments
        process.environment = ProcessInfo.processInfo.environment.merging(["GIT_TERMINAL_PROMPT": "0"]) { $1 }
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw GitFailed(arguments: arguments) }
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
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

    struct EditFailed: Error, CustomStringConvertible {
        var file: String
        var text: String
        var count: Int
        var description: String { "'\(text)' occurs \(count) times in \(file), not once" }
    }

    struct GitFailed: Error {
        var arguments: [String]
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
