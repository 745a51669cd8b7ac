import ArgumentParser
import Foundation
import PlanLoading
import PlanModel
import SystemIO
import Tracking

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
        let workspace = try TrackingWorkspace(workspaceOptions)
        let contents = try files.map { path in (path: path, bytes: try Self.read(path)) }
        let catalog = workspace.catalog
        let store = try workspace.openStore()
        var failed = false
        for (path, bytes) in contents {
            let display = workspace.loader.displayPath(path)
            let indicator = ProgressIndicator(label: "Importing \(display)", unit: "MB")
            let result = try CommandFailure.wrapStore { () throws(StoreError) in
                try store.importFile(
                    bytes: bytes, file: display, catalog: catalog, recordedBy: workspace.recordedBy, skipBad: skipBad
                ) { done, total in
                    indicator.update(done / 1_048_576, of: (total + 1_048_575) / 1_048_576)
                }
            }
            indicator.finish()
            if !result.problems.isEmpty {
                failed = true
                printDiagnostics(result.problems, sources: [display: String(decoding: bytes, as: UTF8.self)])
                printError(summary(result))
            } else {
                printNote(summary(result))
            }
        }
        if failed {
            workspace.warnAboutSkippedPlans()
            throw ExitCode(1)
        }
    }

    private func summary(_ result: ImportResult) -> String {
        let rows = result.rowCount
        let kind = result.format.map { $0 == .actuals ? "actuals" : "milestones" } ?? "rows"
        let bad = result.problems.count
        guard result.written else {
            if result.format == nil || result.problems.contains(where: { $0.rule.hasPrefix("file-") }) {
                return "\(result.file): not imported: the file is not a usable exchange file."
            }
            return "\(result.file): nothing imported: \(count(bad, "bad row")) of \(rows) "
                + "(fix \(bad == 1 ? "it" : "them"), or use --skip-bad to import the good rows)."
        }
        var text =
            "\(result.file): \(rows) \(kind) rows: \(result.added) added, \(result.superseded) superseded, "
            + "\(result.unchanged) unchanged"
        if bad > 0 { text += ", \(bad) bad \(bad == 1 ? "row" : "rows") skipped" }
        return text + "."
    }

    /// Import files are limited to 512 MB: a national programme's ten years
    /// of monthly returns is about a fifth of that, and a larger file is a
    /// mistake (or hostile) rather than data, which would be held in memory whole.
    static let sizeLimit = 512 * 1_048_576

    /// The file's bytes; it must be a regular file of UTF-8 text. FileReader
    /// says why a path cannot be read (a folder, a named pipe, no permission)
    /// and never waits on a pipe.
    static func read(_ path: String) throws -> [UInt8] {
        let bytes: [UInt8]
        switch FileReader.contents(of: path, limit: sizeLimit) {
        case .success(let contents): bytes = contents
        case .failure(.tooLarge(let size, let limit)):
            throw CommandFailure(
                message: "cannot read \(path): it is \(size / 1_048_576) MB; import files are limited to "
                    + "\(limit / 1_048_576) MB (split it into several files)")
        case .failure(let failure):
            throw CommandFailure(message: "cannot read \(path): \(failure.reason)")
        }
        guard ImportFile.isUTF8(bytes) else {
            throw CommandFailure(message: "cannot read \(path): it is not UTF-8 text; save it as CSV UTF-8")
        }
        return bytes
    }
}
