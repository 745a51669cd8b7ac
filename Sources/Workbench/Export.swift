import Common
import Foundation
import PlanLoading
import SystemIO
import Tracking

/// `countdown export`.
public struct ExportRequest: Sendable {
    /// The folder to write into; default the workspace's exports/progress.
    public var folder: String?
    /// Replace exchange files already in a folder the user named (the
    /// workspace's own exports/progress is countdown's to replace).
    public var replace: Bool

    public init(folder: String? = nil, replace: Bool = false) {
        self.folder = folder
        self.replace = replace
    }
}

/// The exchange files written.
public struct ExportOutcome: Sendable {
    /// Each file's path and its number of data rows.
    public var files: [(path: String, rows: Int)]
    public var messages: [Message]
}

extension Workbench {
    /// Writes the current actuals and completions as the CSV exchange files
    /// that import reads back exactly, each atomically.
    public func export(_ request: ExportRequest) throws(WorkbenchError) -> ExportOutcome {
        let workspace = try open()
        let folder = request.folder ?? workspace.resolve(workspace.config.exports) + "/progress"
        if request.folder == nil, let refusal = WorkspaceConfinement.problem(writing: folder, root: workspace.root) {
            throw .cannotRun(
                "cannot export: the folder \(refusal); countdown writes only inside the workspace unless you name "
                    + "a folder with --out")
        }
        let store = try workspace.openStoreIfPresent(self)
        let actuals = try storeCall { () throws(StoreError) in
            try store?.exportActuals() ?? CSVWriter.line(ExchangeFormat.actuals.columns)
        }
        let milestones = try storeCall { () throws(StoreError) in
            try store?.exportMilestones() ?? CSVWriter.line(ExchangeFormat.milestones.columns)
        }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw .cannotRun("cannot create the folder \(folder)")
        }
        let files = [(ExchangeFormat.actuals, actuals), (.milestones, milestones)].map { format, text in
            (path: folder + "/" + format.fileName, text: text)
        }
        let existing = files.map(\.path).filter { FileManager.default.fileExists(atPath: $0) }
        if request.folder != nil, !request.replace, let first = existing.first {
            throw .cannotRun(
                "\(workspace.loader.displayPath(first)) exists already; countdown export replaces files in a folder "
                    + "you name only with --force (or name an empty folder with --out)")
        }
        var outcome = ExportOutcome(files: [], messages: [])
        for (path, text) in files {
            do {
                // Atomically: a reader never sees half a file.
                try AtomicFileWriter.write(Data(text.utf8), to: path)
            } catch {
                throw .cannotRun("cannot write \(path): \(error.localizedDescription)")
            }
            let rows = text.split(separator: "\n").count - 1
            outcome.files.append((path, rows))
            let replaced = existing.contains(path) ? ", replacing the file that was there" : ""
            outcome.messages.append(
                .note("Wrote \(workspace.loader.displayPath(path)) (\(count(rows, "row"))\(replaced))."))
        }
        return outcome
    }
}
