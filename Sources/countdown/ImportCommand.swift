import ArgumentParser
import Workbench

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import actuals or milestone completions from CSV exchange files.",
        discussion: """
            Each file is one of the two exchange formats, told apart by its header:
              measure,date,value,source,note     actuals (source and note optional)
              milestone,completed,note           milestones done (note optional)

            Every row is checked, and every bad row is reported with its line and the
            reason. Each file is imported in one transaction: when any row is bad,
            nothing from that file is written, unless --skip-bad, which imports the good
            rows and lists the others. A value for a measure and date already recorded
            with a different value supersedes it (both are kept); importing the same
            file twice adds nothing.

            Examples:
              countdown import data/progress-2009-10.csv
              countdown import data/progress-2009-10.csv data/milestones-2009-10.csv
              countdown import returns-q3.csv --skip-bad

            Exit codes: 0 imported, 1 bad rows (nothing written from that file, or with
            --skip-bad only the good rows), 2 the command could not run (a file cannot
            be read).
            """)

    @OptionGroup var workspaceOptions: WorkspaceOptions
    @OptionGroup var outputOptions: OutputOptions

    @Argument(help: ArgumentHelp("CSV files in an exchange format.", valueName: "FILE"))
    var files: [String]

    @Flag(help: "Import the good rows of a file that has bad ones, and list the bad ones.")
    var skipBad = false

    func validate() throws {
        if files.isEmpty { throw ValidationError("name at least one CSV file to import") }
    }

    func run() throws {
        let outcome = try perform { () throws(WorkbenchError) in
            try workspaceOptions.workbench.importFiles(
                ImportRequest(files: files, skipBad: skipBad), progress: ProgressIndicator())
        }
        say(outcome.messages, quiet: outputOptions.quiet)
        if outcome.failed { throw ExitCode(1) }
    }
}
