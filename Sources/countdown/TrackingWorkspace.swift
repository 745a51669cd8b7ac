import ArgumentParser
import Common
import Foundation
import PlanLint
import PlanLoading
import PlanModel
import SystemIO
import Tracking

/// A workspace opened for the tracking commands: its settings, plans, and
/// the store's path. Shared by sync, record, done, history, import, export
/// and status so that they find and judge things the same way.
struct TrackingWorkspace {
    let root: String
    let loader: WorkspaceLoader
    let loaded: LoadedWorkspace
    let config: WorkspaceConfig

    /// Loads the workspace; a countdown.yaml with errors stops the command
    /// (exit 1) with its findings, since nothing can be checked without it.
    init(_ options: WorkspaceOptions) throws {
        root = try CommandFailure.wrap { () throws(WorkspaceError) in try options.root() }
        loader = WorkspaceLoader()
        let root = root
        let loader = loader
        loaded = try CommandFailure.wrap { () throws(WorkspaceError) in try loader.load(root: root) }
        guard let config = loaded.config else {
            printDiagnostics(loaded.diagnostics.filter { $0.severity == .error }, sources: loaded.sources)
            printError("countdown.yaml has errors: fix them (countdown lint lists them) and try again")
            throw ExitCode(1)
        }
        self.config = config
    }

    var catalog: PlanCatalog { PlanCatalog(plans: loaded.plans, workspace: config) }

    /// `store:` from countdown.yaml, relative to the workspace folder.
    var storePath: String { resolve(config.store) }

    /// A path written in countdown.yaml, relative to the workspace folder.
    func resolve(_ path: String) -> String {
        path.hasPrefix("/") ? path : root + "/" + path
    }

    /// The store, created on first use.
    func openStore() throws -> TrackingStore {
        try CommandFailure.wrapStore { () throws(StoreError) in try TrackingStore.open(path: storePath) }
    }

    /// The store if one exists yet: reading commands create nothing.
    func openStoreIfPresent() throws -> TrackingStore? {
        try CommandFailure.wrapStore { () throws(StoreError) in try TrackingStore.openIfPresent(path: storePath) }
    }

    /// Files with schema errors are left out of `loaded.plans`; say so,
    /// since their plans will look unknown.
    func warnAboutSkippedPlans() {
        let config = loader.displayPath(root + "/" + WorkspaceLocator.configFileName)
        let broken = Set(loaded.diagnostics.filter { $0.severity == .error }.map(\.location.file)).subtracting([config])
        guard !broken.isEmpty else { return }
        printError(
            "warning: \(broken.count) \(broken.count == 1 ? "file has" : "files have") errors and "
                + "\(broken.count == 1 ? "is" : "are") left out: \(broken.sorted().joined(separator: ", ")) "
                + "(countdown lint shows why)")
    }

    /// The user account, from the environment or else the system's user database.
    var recordedBy: String {
        let name = Provenance.currentUser(environment: ProcessInfo.processInfo.environment)
        return name == "unknown" && !NSUserName().isEmpty ? NSUserName() : name
    }
}

extension CommandFailure {
    static func wrapStore<T>(_ body: () throws(StoreError) -> T) throws(CommandFailure) -> T {
        do {
            return try body()
        } catch {
            throw CommandFailure(message: error.description)
        }
    }
}

/// Prints findings the way `countdown lint` does, on standard error.
func printDiagnostics(_ diagnostics: [Diagnostic], sources: [String: String]) {
    let renderer = TextDiagnosticRenderer(
        sources: sources, style: .forOutput(fileDescriptor: 2))
    for diagnostic in diagnostics { printError(renderer.render(diagnostic)) }
}

/// Prints a problem with what the user typed, and exits 1.
func fail(_ problem: EntryProblem) -> ExitCode {
    printError("error: \(problem.message) [\(problem.rule)]")
    if let hint = problem.hint { printError("  = help: \(hint)") }
    return ExitCode(1)
}

/// A `--date` or `--as-of` value.
struct DayArgument: ExpressibleByArgument {
    var day: Day
    init?(argument: String) {
        guard let day = Day(iso: argument) else { return nil }
        self.day = day
    }
    static var defaultCompletionKind: CompletionKind { .default }
}
