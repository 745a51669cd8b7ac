import ArgumentParser
import Common
import Foundation
import PlanLoading
import PlanModel
import Reporting
import SystemIO
import Tracking

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
            try Self.write(templatesTo: writeTemplates)
            return
        }
        let workspace = try TrackingWorkspace(workspaceOptions)
        workspace.warnAboutSkippedPlans()
        let boards = try selectedBoards(workspace.config)
        let templates = try loadTemplates(workspace)
        let store = try workspace.openStore()
        let pipeline = BoardPackPipeline(
            workspace: workspace.loaded, config: workspace.config, loader: workspace.loader, store: store,
            renderer: ReportRenderer(templates: templates))
        let exports = out.map { workspace.resolve(absolute: $0) } ?? workspace.resolve(workspace.config.exports)
        let day = asOf?.day ?? StatusCommand.today()
        // Boards are rendered and their files written side by side, as many
        // at a time as there are cores (a pack at national scale is megabytes:
        // rendering them all first would hold every board's files at once);
        // runs are recorded one by one in board order, as a single board's
        // would be. A board that fails stops the run where a one-by-one run
        // would have stopped: the boards before it are written and recorded
        // (a board written beside one whose files failed keeps its files,
        // unrecorded, as after a kill).
        let formats = formats
        let width = max(1, ProcessInfo.processInfo.activeProcessorCount)
        for start in stride(from: 0, to: boards.count, by: width) {
            let group = Array(boards[start..<min(start + width, boards.count)])
            let rendered = ConcurrentMap.map(group) { board in
                Result { () throws(ReportFailure) in try pipeline.render(board: board, asOf: day, formats: formats) }
            }
            // The packs up to the first board that failed.
            var packs: [RenderedPack] = []
            var failure: ReportFailure?
            for result in rendered where failure == nil {
                switch result {
                case .success(let pack): packs.append(pack)
                case .failure(let error): failure = error
                }
            }
            let written = ConcurrentMap.map(packs) { pack in
                Result { () throws(ReportFailure) in try pipeline.writeFiles(pack, exports: exports) }
            }
            for (pack, files) in zip(packs, written) {
                let done = try CommandFailure.wrapReport { () throws(ReportFailure) in
                    try pipeline.record(pack, written: files.get(), ranBy: workspace.recordedBy)
                }
                say(done, workspace: workspace)
            }
            if let failure { throw CommandFailure(message: failure.description) }
        }
    }

    /// What a board's run wrote, and a warning about unsynced plans.
    func say(_ pack: WrittenPack, workspace: TrackingWorkspace) {
        printNote(
            "Wrote \(workspace.loader.displayPath(pack.folder))/: \(count(pack.files.count, "file")) for "
                + "\(pack.report.board.name), \(count(pack.report.plans.count, "plan")), "
                + "\(count(pack.report.exceptions.count, "exception")).")
        let unsynced = pack.report.changes.unsyncedPlans
        if !unsynced.isEmpty {
            let named = listed(unsynced, upTo: 5)
            printError(
                "warning: the store does not hold \(named) as \(unsynced.count == 1 ? "it is" : "they are") now; "
                    + "run countdown sync so that the next report can say what changed")
        }
    }

    func selectedBoards(_ config: WorkspaceConfig) throws -> [Board] {
        guard !board.isEmpty else { return config.boards }
        return try board.map { id in
            guard let found = config.board(id) else {
                let ids = config.boards.map(\.id)
                let suggestion = Suggestion.closest(to: id, in: ids)
                throw CommandFailure(
                    message: "there is no board '\(id)'"
                        + (suggestion == nil
                            ? "; the boards are: " + ids.joined(separator: ", ") : Suggestion.hint(suggestion)))
            }
            return found
        }
    }

    /// The built-in templates with the workspace's own in their place.
    func loadTemplates(_ workspace: TrackingWorkspace) throws -> ReportTemplates {
        do {
            let (templates, unknown) = try ReportTemplates.load(
                folder: workspace.root + "/templates", display: workspace.loader.displayPath)
            for file in unknown {
                printError(
                    "warning: \(file) is not a report template and is ignored (the templates are: "
                        + ReportTemplates.names.map { $0 + ".mustache" }.joined(separator: ", ") + ")")
            }
            return templates
        } catch {
            printError("\(error.file):\(error.line):\(error.column): error: \(error.reason) [report-template]")
            printError("the report template has an error: fix it, or remove the file to use the built-in one")
            throw ExitCode(1)
        }
    }

    static func write(templatesTo folder: String) throws {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            for name in ReportTemplates.names {
                let path = folder + "/" + name + ".mustache"
                guard !FileManager.default.fileExists(atPath: path) else {
                    printError("Kept \(path): it exists already (remove it to get the built-in one).")
                    continue
                }
                try AtomicFileWriter.write(Data(ReportTemplates.builtInText(name).utf8), to: path)
                printNote("Wrote \(path).")
            }
        } catch {
            throw CommandFailure(message: "cannot write the templates into \(folder): \(error.localizedDescription)")
        }
    }
}

extension CommandFailure {
    static func wrapReport<T>(_ body: () throws(ReportFailure) -> T) throws(CommandFailure) -> T {
        do {
            return try body()
        } catch {
            throw CommandFailure(message: error.description)
        }
    }
}

extension TrackingWorkspace {
    /// A path given on the command line: relative to the current folder.
    func resolve(absolute path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }
}
