import Common
import Foundation
import Modelling
import PlanLoading
import PlanModel
import Progress
import Reporting
import SystemIO
import Tracking

/// Makes board packs: gathers the plans, the store's evidence and history
/// and the modelled contributions, builds the one report model, renders it,
/// writes the files and records the run. The only part of reporting that
/// touches files and the store; everything it calls is pure.
public struct BoardPackPipeline: Sendable {
    public let workspace: LoadedWorkspace
    public let config: WorkspaceConfig
    /// Plan files as stored in revisions: relative to the workspace folder, by plan id.
    let relativeFiles: [String: String]
    public let store: any TrackingStore
    public let renderer: ReportRenderer
    /// The workspace's changes since a report's revisions, worked out once for every board.
    let changesCache = ChangesCache()
    /// Modelled contributions, worked out once for every board.
    let modelling: (contributions: [String: ModelledContribution]?, unavailable: String?)

    public init(
        workspace: LoadedWorkspace, config: WorkspaceConfig, loader: WorkspaceLoader, store: any TrackingStore,
        renderer: ReportRenderer
    ) {
        self.workspace = workspace
        self.config = config
        self.store = store
        self.renderer = renderer
        var files: [String: String] = [:]
        let prefix = URL(fileURLWithPath: workspace.root).standardizedFileURL.path + "/"
        for plan in workspace.plans {
            let absolute = URL(fileURLWithPath: plan.file, relativeTo: URL(fileURLWithPath: loader.displayBase))
                .standardizedFileURL.path
            files[plan.id] = absolute.hasPrefix(prefix) ? String(absolute.dropFirst(prefix.count)) : absolute
        }
        relativeFiles = files
        modelling = Self.modelling(workspace, config: config, loader: loader)
    }

    static func modelling(
        _ workspace: LoadedWorkspace, config: WorkspaceConfig, loader: WorkspaceLoader
    ) -> (contributions: [String: ModelledContribution]?, unavailable: String?) {
        guard let goal = config.lifeExpectancy else { return (nil, nil) }
        guard let mortality = goal.mortality else {
            return (nil, "countdown.yaml names no mortality file (life_expectancy.mortality)")
        }
        let input = ModellingLintInput(workspace: workspace, displayPath: loader.displayPath)
        guard let contributions = input.contributions, input.diagnostics.isEmpty else {
            return (nil, "the mortality file \(mortality) cannot be used (countdown lint says why)")
        }
        return (contributions, nil)
    }

    /// The plans on `board`, in file order.
    public func plans(on board: String) -> [Plan] {
        workspace.plans.filter { $0.board == board }
    }

    /// The report for one board at one date, and the store's watermarks it
    /// was built from. Writes nothing.
    public func report(board: Board, asOf: Day) throws(ReportFailure) -> (report: BoardReport, seen: ReportWatermarks) {
        do {
            let seen = try store.watermarks()
            let plans = plans(on: board.id)
            let evidence = try store.evidence(for: plans.map(\.id))
            let rules = StatusRules(asOf: asOf, workspace: config)
            let status = StatusJudge(rules: rules).report(plans: plans, workspace: config, evidence: evidence)
            let previous = try store.previousReportRun(board: board.id, before: asOf.description)
            let changes = try self.changes(board: board.id, plans: plans, asOf: asOf, since: previous)
            var previousStatuses: [String: RAG] = [:]
            for (plan, status) in previous?.statuses ?? [:] { previousStatuses[plan] = RAG(rawValue: status) }
            let inputs = ReportInputs(
                board: board, workspace: config, framework: workspace.framework ?? .christmasTree,
                plans: workspace.plans, status: status, modelled: modelling.contributions,
                modelledUnavailable: modelling.unavailable, previousReport: previous.flatMap { Day(iso: $0.asOf) },
                previousStatuses: previousStatuses, changes: changes)
            return (BoardReportBuilder(inputs).build(), seen)
        } catch {
            throw .store(error.description)
        }
    }

    /// Builds, renders and writes one board's pack into `exports/BOARD/DATE/`,
    /// then records the run in the store.
    public func run(
        board: Board, asOf: Day, formats: [ReportFormat], exports: String, ranBy: String
    ) throws(ReportFailure) -> WrittenPack {
        try write(render(board: board, asOf: asOf, formats: formats), exports: exports, ranBy: ranBy)
    }

    /// The first half of `run`: the report and its files, nothing written.
    /// Reads the store only, so boards can be rendered side by side.
    public func render(board: Board, asOf: Day, formats: [ReportFormat]) throws(ReportFailure) -> RenderedPack {
        let (report, seen) = try self.report(board: board, asOf: asOf)
        return RenderedPack(
            board: board, asOf: asOf, formats: formats, report: report, seen: seen,
            files: renderer.render(report, formats: formats))
    }

    /// The second half of `run`: writes the files, then records the run.
    public func write(_ pack: RenderedPack, exports: String, ranBy: String) throws(ReportFailure) -> WrittenPack {
        try record(pack, written: writeFiles(pack, exports: exports), ranBy: ranBy)
    }

    /// Writes a pack's files into `exports/BOARD/DATE/`, each atomically.
    /// Touches no store, so boards' files can be written side by side.
    /// With `root`, a folder that leads through a link out of the workspace is refused.
    public func writeFiles(_ pack: RenderedPack, exports: String, confinedTo root: String? = nil) throws(ReportFailure)
        -> WrittenFiles
    {
        guard let folder = ExportLocation.folder(exports: exports, board: pack.board.id, asOf: pack.asOf) else {
            throw .unsafePath(board: pack.board.id)
        }
        if let root, let refusal = WorkspaceConfinement.problem(writing: folder, root: root) {
            throw .write(
                "cannot write the pack for \(pack.board.id): the folder \(refusal); countdown writes only inside "
                    + "the workspace unless you name a folder with --out")
        }
        do {
            return WrittenFiles(folder: folder, hashes: try PackWriter.write(pack.files, into: folder))
        } catch {
            throw .write(error.description)
        }
    }

    /// Records the run of a pack whose files are written.
    public func record(_ pack: RenderedPack, written: WrittenFiles, ranBy: String) throws(ReportFailure) -> WrittenPack
    {
        var statuses: [String: String] = [:]
        for plan in pack.report.summary { statuses[plan.plan] = plan.status.rawValue }
        let entry = ReportRunEntry(
            board: pack.board.id, asOf: pack.asOf.description, formats: pack.formats.map(\.rawValue),
            outputs: written.hashes, planStatuses: statuses, watermarks: pack.seen)
        do {
            try store.recordReportRun(entry, ranBy: ranBy)
        } catch {
            throw .store(error.description)
        }
        return WrittenPack(
            board: pack.board.id, folder: written.folder,
            files: pack.files.map { ($0.name, written.hashes[$0.name] ?? "") }, report: pack.report)
    }
}

/// A pack's files as written: the folder, and each file's SHA-256 by name.
public struct WrittenFiles: Sendable {
    public var folder: String
    public var hashes: [String: String]
}

/// A board's pack rendered and not yet written.
public struct RenderedPack: Sendable {
    public var board: Board
    public var asOf: Day
    public var formats: [ReportFormat]
    public var report: BoardReport
    /// The store's watermarks the report was built from.
    var seen: ReportWatermarks
    public var files: [RenderedFile]
}

/// What a run wrote.
public struct WrittenPack: Sendable {
    public var board: String
    public var folder: String
    /// File names and their SHA-256, in the order written.
    public var files: [(name: String, sha256: String)]
    public var report: BoardReport
}

/// Why a pack could not be made.
public enum ReportFailure: Error, Sendable, Hashable, CustomStringConvertible {
    case store(String)
    case write(String)
    case unsafePath(board: String)

    public var description: String {
        switch self {
        case .store(let reason): reason
        case .write(let reason): reason
        case .unsafePath(let board): "the board id '\(board)' does not make a folder inside the exports folder"
        }
    }
}
