import ArgumentParser
import Foundation
import Reporting
import Workbench

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write board packs: Markdown, CSV, HTML (with charts) and JSON progress reports.",
        discussion: """
            For each board (every board in countdown.yaml unless --board says), writes the pack for the date \
            into EXPORTS/BOARD/DATE/: a headline (plans by status; the life-expectancy target against the \
            plans' declared and modelled contributions), exceptions first, a summary row per plan, what \
            changed since the last report to the board, and each plan's measures (charts of the expected \
            line, tolerance, actuals and forecast), milestones, Christmas Tree, partners and risks.

            Files: BOARD-DATE.md, BOARD-DATE.html (self-contained and printable, no scripts), BOARD-DATE.json \
            (the report model, versioned) and four CSV tables (BOARD-DATE-summary.csv, -measures.csv, \
            -milestones.csv, -diagnostic.csv). Each file is written atomically, and the same plans, store and \
            date give the same bytes. Every run is recorded in the store, so that the next report to the \
            board can say what changed since; runs at the same date do not count, so a pack can be made again.

            The Markdown and HTML layouts are mustache templates; a workspace may replace them with files in \
            templates/ (report.md.mustache, report.html.mustache, report.css.mustache). --write-templates DIR \
            writes the built-in ones to start from.

            Examples:
              countdown report --as-of 2010-03-31
              countdown report --board awhb --format html,csv --out /tmp/packs
              countdown report --write-templates templates

            Exit codes: 0 written, 1 countdown.yaml or a template has errors, 2 the command could not run \
            (an unknown board or format, a store or folder that cannot be written).
            """)

    @OptionGroup var workspaceOptions: WorkspaceOptions
    @OptionGroup var outputOptions: OutputOptions

    @Option(help: ArgumentHelp("Only this board (repeat for several; default: every board).", valueName: "BOARD"))
    var board: [String] = []

    @Option(
        name: .customLong("as-of"),
        help: ArgumentHelp("The date to report at, YYYY-MM-DD (default: today).", valueName: "YYYY-MM-DD"))
    var asOf: DayArgument?

    @Option(help: ArgumentHelp("Formats, comma-separated: md, csv, html, json (default: all).", valueName: "LIST"))
    var format: String?

    @Option(help: ArgumentHelp("The exports folder (default: exports in countdown.yaml).", valueName: "DIR"))
    var out: String?

    @Option(
        name: .customLong("write-templates"),
        help: ArgumentHelp("Write the built-in templates into DIR to customise, and stop.", valueName: "DIR"))
    var writeTemplates: String?

    /// The formats asked for, every one when none were.
    var formats: [ReportFormat] {
        format.flatMap { try? ReportFormat.list($0).get() } ?? ReportFormat.allCases
    }

    func validate() throws {
        if let format, case .failure(let unknown) = ReportFormat.list(format) {
            throw ValidationError(
                "--format: '\(unknown.name)' is not a format; give md, csv, html or json, separated by commas")
        }
    }

    func run() throws {
        if let writeTemplates {
            say(try perform { () throws(WorkbenchError) in try Workbench.writeTemplates(to: writeTemplates) })
            return
        }
        // --out is the user's, relative to the current folder.
        let request = ReportRequest(
            boards: board, asOf: asOf?.day, formats: formats,
            exports: out.map { URL(fileURLWithPath: $0).standardizedFileURL.path })
        let outcome = try perform { () throws(WorkbenchError) in try workspaceOptions.workbench.report(request) }
        say(outcome.messages, quiet: outputOptions.quiet)
        if let failure = outcome.failure { throw CommandFailure(message: failure) }
    }
}
