import ArgumentParser
import Foundation
import PlanLint
import PlanLoading
import Tracking

struct SyncCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync",
        abstract: "Store a revision of every new or changed plan in the tracking store.",
        discussion: """
            Lints the workspace first, as countdown lint does, and syncs nothing while
            there are errors. A plan whose file changed since its last revision gets a
            new one: the file's content hash, the parsed plan, the file path and the
            time, and, when the file is committed unchanged in git, the last commit that
            changed it and its author. An unchanged workspace adds nothing. Revisions
            are what status uses to say that a milestone's due date moved.

            The store is .countdown/tracking.sqlite in the workspace (store: in
            countdown.yaml), created on first use.

            Examples:
              countdown sync                          sync the workspace found from here
              countdown sync --workspace ~/plans      sync another workspace

            Exit codes: 0 synced (or nothing to sync), 1 the workspace has errors, 2 the
            command could not run.
            """)

    @OptionGroup var workspaceOptions: WorkspaceOptions
    @OptionGroup var outputOptions: OutputOptions

    func run() throws {
        let workspace = try TrackingWorkspace(workspaceOptions)
        let report = LintCommand.lintWithMortality(workspace.loaded, loader: workspace.loader, strict: false)
        // Only errors stop a sync; warnings are lint's business, so they are counted, not repeated.
        printDiagnostics(report.diagnostics.filter { $0.severity == .error }, sources: report.sources)
        if report.errorCount > 0 {
            printError(
                "sync refused: \(report.errorCount) \(report.errorCount == 1 ? "error" : "errors") in the workspace; "
                    + "fix \(report.errorCount == 1 ? "it" : "them") and run countdown sync again")
            throw ExitCode(1)
        }
        if report.warningCount > 0 {
            printError("\(count(report.warningCount, "warning")) in the workspace (countdown lint shows them).")
        }
        let files = try workspace.loaded.plans.map { plan in
            let absolute = URL(
                fileURLWithPath: plan.file, relativeTo: URL(fileURLWithPath: workspace.loader.displayBase)
            )
            .standardizedFileURL.path
            guard let text = workspace.loaded.sources[plan.file] else {
                throw CommandFailure(message: "cannot read \(plan.file) again to sync it")
            }
            let prefix = workspace.root + "/"
            let relative = absolute.hasPrefix(prefix) ? String(absolute.dropFirst(prefix.count)) : absolute
            return PlanFile(plan: plan, relativePath: relative, absolutePath: absolute, text: text)
        }
        let store = try workspace.openStore()
        let indicator = ProgressIndicator(label: "Syncing", unit: "plans")
        let result = try CommandFailure.wrapStore { () throws(StoreError) in
            try store.sync(files, git: GitProbe(root: workspace.root)) { indicator.update($0, of: $1) }
        }
        indicator.finish()
        if result.stored.isEmpty {
            printNote("Nothing to sync: \(count(result.unchanged.count, "plan")) unchanged.")
        } else {
            printNote(
                "Synced \(count(result.stored.count, "new revision")): "
                    + listed(result.stored.map(\.planID), upTo: 10)
                    + (result.unchanged.isEmpty ? "." : "; \(result.unchanged.count) unchanged."))
        }
    }
}

/// "a, b, c", or the first `limit` and "and 9,990 more": a national sync
/// stores thousands of revisions, and nobody reads ten thousand ids.
func listed(_ names: [String], upTo limit: Int) -> String {
    guard names.count > limit else { return names.joined(separator: ", ") }
    return names.prefix(limit).joined(separator: ", ") + " and \(names.count - limit) more"
}

/// "1 plan", "7 plans".
func count(_ number: Int, _ noun: String) -> String {
    "\(number) \(noun)\(number == 1 ? "" : "s")"
}
