import Foundation

/// A git repository in a temporary folder holding a copy of a workspace,
/// committed once on branch main, for tests to edit and commit again.
public final class ScriptedRepository: TemporaryFolder, @unchecked Sendable {
    /// `items` of `source` committed with `message`.
    public init(copying items: [String], from source: String, message: String) throws {
        try super.init(prefix: "countdown-git")
        try copy(items, from: source)
        try git("init", "-q", "-b", "main")
        try commit(message)
    }

    /// Replaces the `occurrence`-th (from 1) appearance of `old` in a file; without an
    /// occurrence, `old` must be there exactly once, so a test cannot silently edit nothing.
    public func edit(_ relative: String, _ old: String, _ new: String, occurrence: Int? = nil) throws {
        let text = try read(relative)
        var parts = text.components(separatedBy: old)
        let count = parts.count - 1
        guard occurrence.map({ count >= $0 && $0 >= 1 }) ?? (count == 1) else {
            throw EditFailed(file: relative, text: old, count: count)
        }
        let chosen = occurrence ?? 1
        let head = parts[0..<chosen].joined(separator: old)
        parts.removeFirst(chosen)
        try write(head + new + parts.joined(separator: old), to: relative)
    }

    public func move(_ from: String, to: String) throws {
        let url = URL(fileURLWithPath: path + "/" + to)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.moveItem(atPath: path + "/" + from, toPath: path + "/" + to)
    }

    public func remove(_ relative: String) throws {
        try FileManager.default.removeItem(atPath: path + "/" + relative)
    }

    /// Copies a file from elsewhere into the working tree.
    public func copy(_ source: String, to relative: String) throws {
        try FileManager.default.copyItem(atPath: source, toPath: path + "/" + relative)
    }

    /// Commits everything in the folder.
    public func commit(_ message: String) throws {
        try git("add", "-A")
        try git(
            "-c", "user.name=Test", "-c", "user.email=test@example.org", "-c", "commit.gpgsign=false", "commit", "-q",
            "--allow-empty", "-m", message)
    }

    /// Runs git here; its trimmed output, or `GitFailed` when it fails.
    @discardableResult
    public func git(_ arguments: String...) throws -> String {
        try Self.git(arguments, in: path)
    }

    /// Runs git in `folder`, which need not be a ScriptedRepository.
    @discardableResult
    public static func git(_ arguments: [String], in folder: String) throws -> String {
        let result = try Program.run(
            "/usr/bin/env", ["git", "-C", folder] + arguments, environment: ["GIT_TERMINAL_PROMPT": "0"])
        guard result.status == 0 else { throw GitFailed(arguments: arguments, stderr: result.stderr) }
        return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    public struct EditFailed: Error, CustomStringConvertible {
        public var file: String
        public var text: String
        public var count: Int
        public var description: String { "'\(text)' occurs \(count) times in \(file)" }
    }

    public struct GitFailed: Error {
        public var arguments: [String]
        public var stderr: String
    }
}
