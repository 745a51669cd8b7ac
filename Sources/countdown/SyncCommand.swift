import ArgumentParser
import Workbench

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
        let outcome = try perform { () throws(WorkbenchError) in
            try workspaceOptions.workbench.sync(progress: ProgressIndicator())
        }
        say(outcome.messages, quiet: outputOptions.quiet)
        if outcome.refused { throw ExitCode(1) }
    }
}
