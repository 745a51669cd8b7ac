import Common
import Foundation
import PlanLoading
import PlanModel
import Reporting
import SystemIO
import Tracking

/// `countdown report`.
public struct ReportRequest: Sendable {
    /// Board ids; empty for every board.
    public var boards: [String]
    /// The date to report at (default: today).
    public var asOf: Day?
    public var formats: [ReportFormat]
    /// The exports folder as an absolute path (default: `exports:` in countdown.yaml).
    public var exports: String?

    public init(
        boards: [String] = [], asOf: Day? = nil, formats: [ReportFormat] = ReportFormat.allCases,
        exports: String? = nil
    ) {
        self.boards = boards
        self.asOf = asOf
        self.formats = formats
        self.exports = exports
    }
}

/// The packs written, in board order, and what to say about them.
public struct ReportOutcome: Sendable {
    public var packs: [WrittenPack]
    public var messages: [Message]
    /// Why the run stopped at a board (exit 2); the boards before it are written and recorded.
    public var failure: String?
}

extension Workbench {
    /// Builds, renders and writes each board's pack, and records each run.
    ///
    /// Boards are rendered and their files written side by side, as many at a
    /// time as there are cores (a pack at national scale is megabytes:
    /// rendering them all first would hold every board's files at once); runs
    /// are recorded one by one in board order, as a single board's would be.
    /// A board that fails stops the run where a one-by-one run would have
    /// stopped: the boards before it are written and recorded (a board written
    /// beside one whose files failed keeps its files, unrecorded, as after a kill).
    public func report(_ request: ReportRequest) throws(WorkbenchError) -> ReportOutcome {
        let workspace = try open()
        var outcome = ReportOutcome(packs: [], messages: [workspace.skippedPlans].compactMap { $0 })
        let boards = try workspace.boards(request.boards)
        let templates = try loadTemplates(workspace, messages: &outcome.messages)
        let store = try workspace.openStore(self)
        let pipeline = BoardPackPipeline(
            workspace: workspace.loaded, config: workspace.config, loader: workspace.loader, store: store,
            renderer: ReportRenderer(templates: templates))
        let exports = request.exports ?? workspace.resolve(workspace.config.exports)
        // Folders under the workspace are written into only when no link leads out of it;
        // a folder the user named with --out is theirs.
        let confined = request.exports == nil ? workspace.root : nil
        let day = request.asOf ?? today
        let formats = request.formats
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
                Result { () throws(ReportFailure) in
                    try pipeline.writeFiles(pack, exports: exports, confinedTo: confined)
                }
            }
            for (pack, files) in zip(packs, written) {
                do {
                    let done = try pipeline.record(pack, written: files.get(), ranBy: user)
                    outcome.packs.append(done)
                    outcome.messages += Self.said(done, workspace: workspace)
                } catch {
                    outcome.failure = error.description
                    return outcome
                }
            }
            if let failure {
                outcome.failure = failure.description
                return outcome
            }
        }
        return outcome
    }

    /// What a board's run wrote, and a warning about unsynced plans.
    static func said(_ pack: WrittenPack, workspace: OpenedWorkspace) -> [Message] {
        var messages: [Message] = [
            .note(
                "Wrote \(workspace.loader.displayPath(pack.folder))/: \(count(pack.files.count, "file")) for "
                    + "\(pack.report.board.name), \(count(pack.report.plans.count, "plan")), "
                    + "\(count(pack.report.exceptions.count, "exception")).")
        ]
        let unsynced = pack.report.changes.unsyncedPlans
        if !unsynced.isEmpty {
            messages.append(
                .problem(
                    "warning: the store does not hold \(listed(unsynced, upTo: 5)) as "
                        + "\(unsynced.count == 1 ? "it is" : "they are") now; "
                        + "run countdown sync so that the next report can say what changed"))
        }
        return messages
    }

    /// The built-in templates with the workspace's own in their place; a
    /// template with an error stops the report.
    func loadTemplates(_ workspace: OpenedWorkspace, messages: inout [Message]) throws(WorkbenchError)
        -> ReportTemplates
    {
        do {
            let (templates, unknown) = try ReportTemplates.load(
                folder: workspace.root + "/templates", display: workspace.loader.displayPath, root: workspace.root)
            for file in unknown {
                messages.append(
                    .problem(
                        "warning: \(file) is not a report template and is ignored (the templates are: "
                            + ReportTemplates.names.map { $0 + ".mustache" }.joined(separator: ", ") + ")"))
            }
            return templates
        } catch {
            throw .stopped(
                messages + [
                    .problem("\(error.file):\(error.line):\(error.column): error: \(error.reason) [\(error.rule)]"),
                    .problem("the report template has an error: fix it, or remove the file to use the built-in one"),
                ])
        }
    }

    /// Writes the built-in templates into `folder` to customise, keeping any there already.
    public static func writeTemplates(to folder: String) throws(WorkbenchError) -> [Message] {
        var messages: [Message] = []
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            for name in ReportTemplates.names {
                let path = folder + "/" + name + ".mustache"
                guard !FileManager.default.fileExists(atPath: path) else {
                    messages.append(.problem("Kept \(path): it exists already (remove it to get the built-in one)."))
                    continue
                }
                try AtomicFileWriter.write(Data(ReportTemplates.builtInText(name).utf8), to: path)
                messages.append(.note("Wrote \(path)."))
            }
        } catch {
            throw .cannotRun("cannot write the templates into \(folder): \(error.localizedDescription)")
        }
        return messages
    }
}
