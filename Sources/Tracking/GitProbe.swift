import Foundation
import SystemIO

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
        lastCommits(of: [path])[path]
    }

    /// The last commit that changed each file, for the files that are tracked
    /// and have no uncommitted changes, keyed by the path as given. Three git
    /// runs in all, whatever the number of files (a national workspace has
    /// thousands of plans; BENCHMARKS.md, "Where the speed came from").
    public func lastCommits(of paths: [String]) -> [String: Commit] {
        guard !paths.isEmpty, let top = run(["rev-parse", "--show-toplevel"]) else { return [:] }
        let topURL = URL(fileURLWithPath: top).resolvingSymlinksInPath().standardizedFileURL.path + "/"
        // Paths relative to the top of the work tree, as git prints them.
        var wanted: [String: String] = [:]
        for path in paths {
            let absolute = URL(fileURLWithPath: path).resolvingSymlinksInPath().standardizedFileURL.path
            guard absolute.hasPrefix(topURL) else { continue }
            wanted[String(absolute.dropFirst(topURL.count))] = path
        }
        let folders = Array(Set(wanted.keys.map { ($0 as NSString).deletingLastPathComponent })).sorted()
            .map { $0.isEmpty ? "." : $0 }
        let scope = ["--"] + folders.map { ":(top)\($0)" }
        guard let tracked = run(["ls-files", "-z", "--full-name"] + scope, trim: false),
            let status = run(["--no-optional-locks", "status", "--porcelain", "-z"] + scope, trim: false)
        else { return [:] }
        let trackedSet = Set(tracked.split(separator: "\0").map(String.init))
        // Porcelain -z entries: "XY path"; a rename adds the old path as the next entry.
        let changed = Set(status.split(separator: "\0").map { String($0.dropFirst(3)) })
        var remaining = Set(wanted.keys.filter { trackedSet.contains($0) && !changed.contains($0) })
        guard !remaining.isEmpty,
            let log = run(["log", "--format=%x01%H%x02%an <%ae>", "--name-only", "-z"] + scope, trim: false)
        else { return [:] }
        var result: [String: Commit] = [:]
        for record in log.split(separator: "\u{01}") where !remaining.isEmpty {
            let header = record.split(separator: "\u{02}", maxSplits: 1)
            guard header.count == 2 else { continue }
            // "\u{1}HASH\u{2}Author <email>\0\nfile\0file\0…"
            let parts = header[1].split(separator: "\0", omittingEmptySubsequences: false)
            let commit = Commit(hash: String(header[0]), author: String(parts[0]))
            for name in parts.dropFirst() {
                let file = name.trimmingCharacters(in: .newlines)
                if remaining.remove(file) != nil, let original = wanted[file] { result[original] = commit }
            }
        }
        return result
    }

    /// git's standard output (trimmed unless asked not to), or nil when it fails.
    func run(_ arguments: [String], trim: Bool = true) -> String? {
        GitRunner(folder: root).text(arguments, trim: trim)
    }
}
