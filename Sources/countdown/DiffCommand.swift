import ArgumentParser
import Foundation
import PlanChanges
import PlanLint
import PlanLoading

extension ChangeFormat: ExpressibleByArgument {}

/// What makes `countdown diff` exit 1.
enum DiffFailOn: String, ExpressibleByArgument, CaseIterable {
    /// A target made less ambitious, a milestone slipped, a rating improved
    /// with unchanged evidence, the plans falling below the target, ….
    case weakening
    /// Any change at all.
    case any
}

struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show what changed in the plans between two git revisions, or two folders.",
        discussion: """
            Compares the plans as two git revisions hold them (read through git: no
            checkout is touched), or two workspace folders. Plans are matched by id, so a
            renamed or moved file is the same plan. Each change is weakening (a target
            less ambitious, a milestone slipped, a rating improved with unchanged
            evidence, a commitment removed, the plans' contributions falling below the
            life-expectancy target), strengthening, or neutral.

            Without revisions, compares where this branch left the default branch (the
            merge base with GITHUB_BASE_REF, origin/HEAD, main or master) with the
            working tree, uncommitted edits included. With one, compares it with the
            working tree.

            Examples:
              countdown diff                           this branch's changes, for review
              countdown diff main                      main against the working tree
              countdown diff v1.0 HEAD                 two commits
              countdown diff --format md > comment.md  a pull-request comment
              countdown diff --format github           annotations on a pull request
              countdown diff --fail-on weakening       exit 1 on a weakening change (for CI)
              countdown diff --from old --to new       two workspace folders outside git

            Exit codes: 0 compared, 1 --fail-on found what it names, or the plans after
            have errors (their files are left out), 2 the command could not run.
            """)

    @OptionGroup var workspaceOptions: WorkspaceOptions

    @Argument(help: ArgumentHelp("The revision before (default: the merge base with the default branch)."))
    var base: String?

    @Argument(help: ArgumentHelp("The revision after (default: the working tree)."))
    var head: String?

    @Option(help: ArgumentHelp("A workspace folder to compare from, instead of git.", valueName: "DIR"))
    var from: String?

    @Option(help: ArgumentHelp("The workspace folder to compare to (with --from).", valueName: "DIR"))
    var to: String?

    @Option(help: "Output format: text, md (a pull-request comment), json, or github (annotations).")
    var format: ChangeFormat = .text

    @Option(help: ArgumentHelp("Exit 1 when there is a weakening change, or any change.", valueName: "weakening|any"))
    var failOn: DiffFailOn?

    func validate() throws {
        if (from == nil) != (to == nil) { throw ValidationError("--from and --to go together: name both folders") }
        if from != nil && (base != nil || head != nil) {
            throw ValidationError("compare two folders (--from, --to) or two revisions, not both")
        }
    }

    func run() throws {
        let sides = try from.flatMap { from in to.map { (from, $0) } }.map(folders) ?? revisions()
        report(sides.before, label: sides.changes.from)
        report(sides.after, label: sides.changes.to)
        let output = format.render(sides.changes, failing: failOn == .weakening)
        if !output.isEmpty { print(output, terminator: output.hasSuffix("\n") ? "" : "\n") }
        let failed =
            switch failOn {
            case .weakening?: sides.changes.hasWeakening
            case .any?: !sides.changes.isEmpty
            case nil: false
            }
        if failed || !sides.after.filesWithErrors.isEmpty { throw ExitCode(1) }
    }

    typealias Sides = (before: LoadedWorkspace, after: LoadedWorkspace, changes: ChangeSet)

    /// Two folders: each is loaded with paths shown relative to itself, so
    /// the same plan file has the same name on both sides.
    private func folders(_ paths: (String, String)) throws -> Sides {
        let (fromPath, toPath) = paths
        func load(_ path: String) throws -> LoadedWorkspace {
            let root = try CommandFailure.wrap { () throws(WorkspaceError) in try WorkspaceLocator.validate(path) }
            return try CommandFailure.wrap { () throws(WorkspaceError) in
                try WorkspaceLoader(displayBase: root).load(root: root)
            }
        }
        let before = try load(fromPath)
        let after = try load(toPath)
        return (before, after, compare(before, after, from: fromPath, to: toPath))
    }

    /// Two revisions of the workspace found from here (or --workspace); the
    /// working tree when the after revision is not named.
    private func revisions() throws -> Sides {
        let root = try CommandFailure.wrap { () throws(WorkspaceError) in try workspaceOptions.root() }
        let repository = try gitWrap { () throws(GitError) in try GitRepository(workspace: root) }
        let loader = WorkspaceLoader()
        let baseCommit: String
        var fromLabel: String
        if let base {
            baseCommit = try gitWrap { () throws(GitError) in try repository.commit(base) }
            fromLabel = "\(base) (\(repository.shortName(baseCommit)))"
            if base == repository.shortName(baseCommit) { fromLabel = base }
        } else {
            let found = try gitWrap { () throws(GitError) in try repository.defaultBase() }
            baseCommit = found.commit
            fromLabel = "\(repository.shortName(found.commit)) (merge base with \(found.branch))"
        }
        let before = try loadRevision(loader, root: root, commit: baseCommit, repository: repository)
        let after: LoadedWorkspace
        let toLabel: String
        if let head {
            let headCommit = try gitWrap { () throws(GitError) in try repository.commit(head) }
            after = try loadRevision(loader, root: root, commit: headCommit, repository: repository)
            toLabel = head == repository.shortName(headCommit) ? head : "\(head) (\(repository.shortName(headCommit)))"
        } else {
            after = try CommandFailure.wrap { () throws(WorkspaceError) in try loader.load(root: root) }
            toLabel = "the working tree"
        }
        return (before, after, compare(before, after, from: fromLabel, to: toLabel))
    }

    private func loadRevision(_ loader: WorkspaceLoader, root: String, commit: String, repository: GitRepository)
        throws -> LoadedWorkspace
    {
        do {
            return try loader.load(root: root, commit: commit, in: repository)
        } catch let error as GitError {
            throw CommandFailure(message: error.description)
        } catch let error as WorkspaceError {
            throw CommandFailure(message: error.description)
        }
    }

    private func gitWrap<T>(_ body: () throws(GitError) -> T) throws(CommandFailure) -> T {
        do {
            return try body()
        } catch {
            throw CommandFailure(message: error.description)
        }
    }

    private func compare(_ before: LoadedWorkspace, _ after: LoadedWorkspace, from: String, to: String) -> ChangeSet {
        var changes = PlanChanges.compare(
            before: before.plans, after: after.plans, beforeWorkspace: before.config, afterWorkspace: after.config,
            notReadBefore: before.filesWithErrors, notReadAfter: after.filesWithErrors)
        changes.from = from
        changes.to = to
        return changes
    }

    /// Errors on one side are shown (their plans are not compared); warnings are lint's business.
    private func report(_ side: LoadedWorkspace, label: String) {
        let errors = side.diagnostics.filter { $0.severity == .error }
        guard !errors.isEmpty else { return }
        printError(
            "In \(label): \(count(errors.count, "error")) in \(count(side.filesWithErrors.count, "file")); "
                + "plans in \(side.filesWithErrors.count == 1 ? "it are" : "them are") not compared "
                + "(countdown lint shows the same):")
        printDiagnostics(errors, sources: side.sources)
    }
}
