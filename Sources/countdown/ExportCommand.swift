import ArgumentParser
import Workbench

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the recorded actuals and milestones as CSV exchange files.",
        discussion: """
            Writes actuals.csv (measure,date,value,source,note) and milestones.csv
            (milestone,completed,note) with the current value of every measure and date
            and every milestone done, sorted, so the same store gives the same files.
            countdown import reads them back exactly: exporting, importing into an empty
            store and exporting again gives identical files. Superseded entries stay in
            the store (countdown history shows them).

            Examples:
              countdown export                        into exports/progress/ in the workspace
              countdown export --out backup/2010-03   into another folder
              countdown export --out backup/2010-03 --force   replacing the files there

            Exit codes: 0 written, 2 the command could not run.
            """)

    @OptionGroup var workspaceOptions: WorkspaceOptions
    @OptionGroup var outputOptions: OutputOptions

    @Option(
        help: ArgumentHelp("The folder to write into (default: the workspace's exports/progress).", valueName: "DIR"))
    var out: String?

    @Flag(help: "Replace actuals.csv and milestones.csv in the folder named with --out.")
    var force = false

    func run() throws {
        let outcome = try perform { () throws(WorkbenchError) in
            try workspaceOptions.workbench.export(ExportRequest(folder: out, replace: force))
        }
        say(outcome.messages, quiet: outputOptions.quiet)
    }
}
