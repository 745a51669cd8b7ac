import Foundation
import SystemIO

/// The git repository holding a workspace, asked through the `git` command
/// (SystemIO's `GitRunner`; never libgit2: the installed git understands the
/// repository's own settings). Read-only: nothing here changes a ref, the
/// index or a file.
public struct GitRepository: Sendable {
    /// The repository's top folder, written as the workspace's path is
    /// (so symbolic links in the path do not break the mapping).
    public let workTree: String
    /// The workspace folder's path inside the repository: `""` at the top,
    /// else ending in `/`.
    public let workspacePrefix: String

    /// The repository holding the folder `workspace`.
    public init(workspace: String) throws(GitError) {
        let folder = URL(fileURLWithPath: workspace).standardizedFileURL.path
        let inside = try Self.run(
            ["rev-parse", "--is-inside-work-tree"], in: folder,
            failure: { message in
                // Other refusals (a repository owned by another user, say) say why themselves.
                message.contains("not a git repository")
                    ? .notARepository(folder) : .failed(command: "rev-parse", message: message)
            })
        guard String(decoding: inside, as: UTF8.self).trimmed == "true" else { throw .notARepository(folder) }
        let prefix = String(
            decoding: try Self.run(["rev-parse", "--show-prefix"], in: folder), as: UTF8.self
        ).trimmed
        workspacePrefix = prefix
        // Walk up one folder per component of the prefix to the top folder.
        var top = URL(fileURLWithPath: folder)
        for _ in prefix.split(separator: "/") { top.deleteLastPathComponent() }
        workTree = top.standardizedFileURL.path
    }

    /// The full hash of a commit named any way git accepts.
    public func commit(_ revision: String) throws(GitError) -> String {
        let output = try run(["rev-parse", "--verify", "--quiet", "--end-of-options", revision + "^{commit}"]) { _ in
            revision == "HEAD" ? .noCommits : .unknownRevision(revision)
        }
        return String(decoding: output, as: UTF8.self).trimmed
    }

    /// The abbreviated hash git would show for `hash`.
    public func shortName(_ hash: String) -> String {
        (try? run(["rev-parse", "--short", hash])).map { String(decoding: $0, as: UTF8.self).trimmed }
            ?? String(hash.prefix(7))
    }

    /// Where this branch left the default branch: the merge base of HEAD
    /// with the pull request's base (`GITHUB_BASE_REF` in GitHub Actions),
    /// else `origin/HEAD`, else the first of origin/main, origin/master, main
    /// and master that exists. Returns the commit and the branch's name.
    public func defaultBase(environment: [String: String] = ProcessInfo.processInfo.environment)
        throws(GitError) -> (commit: String, branch: String)
    {
        _ = try commit("HEAD")
        var candidates: [String] = []
        if let base = environment["GITHUB_BASE_REF"], !base.isEmpty { candidates += ["origin/\(base)", base] }
        if let output = try? run(["symbolic-ref", "--quiet", "--short", "refs/remotes/origin/HEAD"]) {
            candidates.append(String(decoding: output, as: UTF8.self).trimmed)
        }
        candidates += ["origin/main", "origin/master", "main", "master"]
        guard let branch = candidates.first(where: { (try? commit($0)) != nil }) else { throw .noDefaultBranch }
        let output = try run(["merge-base", branch, "HEAD"]) { _ in .noMergeBase(branch) }
        return (String(decoding: output, as: UTF8.self).trimmed, branch)
    }

    /// The path `path` (in the repository) had in `commit`, when git's
    /// rename detection says it was renamed since (comparing `commit` with HEAD).
    public func renameSource(of path: String, since commit: String) throws(GitError) -> String? {
        let output = try run(["diff", "--find-renames", "--name-status", "-z", commit, "HEAD"])
        let fields = output.split(separator: 0, omittingEmptySubsequences: false).map {
            String(decoding: $0, as: UTF8.self)
        }
        var index = 0
        while index < fields.count {
            let status = fields[index]
            if status.hasPrefix("R") || status.hasPrefix("C") {
                guard index + 2 < fields.count else { break }
                if fields[index + 2] == path { return fields[index + 1] }
                index += 3
            } else {
                index += 2
            }
        }
        return nil
    }

    /// The path of `path` (absolute, or relative to the current folder)
    /// inside the repository, or nil when it lies outside it.
    public func repositoryPath(of path: String) -> String? {
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        if absolute == workTree { return "" }
        let top = workTree.hasSuffix("/") ? workTree : workTree + "/"
        return absolute.hasPrefix(top) ? String(absolute.dropFirst(top.count)) : nil
    }

    /// git's standard output; a failure becomes `failure(stderr)`, or `.failed`.
    func run(_ arguments: [String], failure: ((String) -> GitError)? = nil) throws(GitError) -> Data {
        try Self.run(arguments, in: workTree, failure: failure)
    }

    static func run(
        _ arguments: [String], in folder: String, input: Data? = nil, failure: ((String) -> GitError)? = nil
    ) throws(GitError) -> Data {
        do {
            return try GitRunner(folder: folder).run(arguments, input: input)
        } catch {
            switch error {
            case .notInstalled:
                throw .notInstalled
            case .failed(_, let message):
                if let failure { throw failure(message) }
                throw .failed(command: arguments.first ?? "", message: message.isEmpty ? "no message" : message)
            }
        }
    }
}

extension String {
    var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }
}
