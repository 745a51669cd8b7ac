import ArgumentParser
import Common
import Foundation
import SystemIO
import Tracking

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

            Exit codes: 0 written, 2 the command could not run.
            """)

    @OptionGroup var workspaceOptions: WorkspaceOptions
    @OptionGroup var outputOptions: OutputOptions

    @Option(
        help: ArgumentHelp("The folder to write into (default: the workspace's exports/progress).", valueName: "DIR"))
    var out: String?

    func run() throws {
        let workspace = try TrackingWorkspace(workspaceOptions)
        let folder = out ?? workspace.resolve(workspace.config.exports) + "/progress"
        let store = try workspace.openStoreIfPresent()
        let actuals = try CommandFailure.wrapStore { () throws(StoreError) in
            try store?.exportActuals() ?? CSVWriter.line(ExchangeFormat.actuals.columns)
        }
        let milestones = try CommandFailure.wrapStore { () throws(StoreError) in
            try store?.exportMilestones() ?? CSVWriter.line(ExchangeFormat.milestones.columns)
        }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw CommandFailure(message: "cannot create the folder \(folder)")
        }
        for (format, text) in [(ExchangeFormat.actuals, actuals), (.milestones, milestones)] {
            let path = folder + "/" + format.fileName
            do {
                // Atomically: a reader never sees half a file.
                try AtomicFileWriter.write(Data(text.utf8), to: path)
            } catch {
                throw CommandFailure(message: "cannot write \(path): \(error.localizedDescription)")
            }
            let rows = text.split(separator: "\n").count - 1
            printNote("Wrote \(workspace.loader.displayPath(path)) (\(count(rows, "row"))).")
        }
    }
}
