/// Why a workspace could not be read from git (the command exits 2).
public enum GitError: Error, Equatable, CustomStringConvertible {
    case notInstalled
    case notARepository(String)
    case noCommits
    case unknownRevision(String)
    /// No default branch to compare with (no `origin/HEAD`, `main` or `master`).
    case noDefaultBranch
    /// The branch and the default branch share no commit the clone holds.
    case noMergeBase(String)
    case failed(command: String, message: String)

    public var description: String {
        switch self {
        case .notInstalled:
            "git is not installed or not on PATH; install git, or compare two folders with --from DIR --to DIR"
        case .notARepository(let path):
            "\(path) is not in a git repository; compare two folders with --from DIR --to DIR"
        case .noCommits:
            "the repository has no commits yet; commit the plans first, or compare two folders with --from DIR --to DIR"
        case .unknownRevision(let revision):
            "git has no commit '\(revision)'; name a branch, tag or commit (git log --oneline lists them)"
        case .noDefaultBranch:
            "cannot tell the default branch (no origin/HEAD, main or master); name the base: countdown diff BASE"
        case .noMergeBase(let branch):
            "this branch shares no commit with \(branch) in this clone (a shallow clone? fetch with full history, "
                + "e.g. actions/checkout with fetch-depth: 0), or name the base: countdown diff BASE"
        case .failed(let command, let message):
            "git \(command) failed: \(message)"
        }
    }
}
