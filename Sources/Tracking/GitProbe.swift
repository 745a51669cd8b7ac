import Foundation

/// Asks git who last committed a plan file, so a revision can say which
/// commit and author it came from. Used only when the workspace is inside
/// a git work tree, and only for files committed unchanged: a file with
/// local edits is not what any commit holds, so it gets no commit.
///
/// Read-only: `--no-optional-locks` keeps `git status` from refreshing the
/// index, so a sync never competes with someone committing.
public struct GitProbe: Sendable {
    public struct Commit: Sendable, Hashable {
        public var hash: String
        /// `Name <email>`.
        public var author: String
    }

    let root: String

    /// A probe for the work tree holding `root`, or nil when `root` is not in
    /// one (or git is not installed).
    public init?(root: String) {
        self.root = root
        guard let inside = run(["rev-parse", "--is-inside-work-tree"]), inside == "true" else { return nil }
    }

    /// The last commit that changed the file at `path`, when the file is
    /// tracked and has no uncommitted changes.
    public func lastCommit(of path: String) -> Commit? {
        guard run(["ls-files", "--error-unmatch", "--", path]) != nil,
            let status = run(["--no-optional-locks", "status", "--porcelain", "--", path]), status.isEmpty,
            let log = run(["log", "-1", "--format=%H%n%an <%ae>", "--", path])
        else { return nil }
        let lines = log.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.count >= 2, !lines[0].isEmpty else { return nil }
        return Commit(hash: String(lines[0]), author: String(lines[1]))
    }

    /// git's trimmed standard output, or nil when it fails.
    func run(_ arguments: [String]) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", root] + arguments
        var environment = ProcessInfo.processInfo.environment
        environment["GIT_TERMINAL_PROMPT"] = "0"
        environment["LC_ALL"] = "C"
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            return nil
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
