import Common
import Foundation
import PlanLoading
import PlanModel
import SystemIO
import Tracking

/// A workspace opened for a use case: its settings, plans and store. Every
/// use case that needs countdown.yaml opens it here, so that they all find
/// and judge things the same way.
public struct OpenedWorkspace: Sendable {
    public let root: String
    public let loader: WorkspaceLoader
    public let loaded: LoadedWorkspace
    public let config: WorkspaceConfig
    /// The store countdown.yaml names, unless the workbench names another.
    public let storeLocation: StoreLocation
    /// The workspace folder, standardised, with a final `/`.
    let rootPrefix: String

    /// Loads the workspace. A countdown.yaml with errors stops the use case
    /// with its findings, since nothing can be checked without it.
    init(_ workbench: Workbench) throws(WorkbenchError) {
        root = try workbench.root()
        rootPrefix = URL(fileURLWithPath: root).standardizedFileURL.path + "/"
        loader = WorkspaceLoader()
        loaded = try Self.load(root: root, loader: loader)
        guard let config = loaded.config else {
            throw .stopped([
                .findings(loaded.diagnostics.filter { $0.severity == .error }, sources: loaded.sources),
                .problem("countdown.yaml has errors: fix them (countdown lint lists them) and try again"),
            ])
        }
        self.config = config
        if let store = workbench.store {
            storeLocation = store
        } else if let refusal = WorkspaceConfinement.problem(writing: config.store, root: root) {
            throw .cannotRun(
                "the store \(refusal) (store: in countdown.yaml); countdown keeps the store inside the workspace, "
                    + "unless COUNTDOWN_STORE names one elsewhere")
        } else {
            let root = root
            storeLocation = .sqlite(path: config.store.hasPrefix("/") ? config.store : root + "/" + config.store)
        }
    }

    static func load(root: String, loader: WorkspaceLoader, only paths: [String]? = nil) throws(WorkbenchError)
        -> LoadedWorkspace
    {
        do {
            return try loader.load(root: root, only: paths)
        } catch {
            throw .cannotRun(error.description)
        }
    }

    public var catalog: PlanCatalog { PlanCatalog(plans: loaded.plans, workspace: config) }

    /// A path written in countdown.yaml, relative to the workspace folder.
    public func resolve(_ path: String) -> String {
        path.hasPrefix("/") ? path : root + "/" + path
    }

    /// The store, created on first use.
    func openStore(_ workbench: Workbench) throws(WorkbenchError) -> any TrackingStore {
        do {
            return try storeLocation.open(now: workbench.now)
        } catch {
            throw .cannotRun(error.description)
        }
    }

    /// The store if one exists yet: reading use cases create nothing.
    func openStoreIfPresent(_ workbench: Workbench) throws(WorkbenchError) -> (any TrackingStore)? {
        do {
            return try storeLocation.openIfPresent(now: workbench.now)
        } catch {
            throw .cannotRun(error.description)
        }
    }

    /// Files with schema errors are left out of `loaded.plans`: a warning
    /// saying so, since their plans will look unknown.
    public var skippedPlans: Message? {
        let config = loader.displayPath(root + "/" + WorkspaceLocator.configFileName)
        let broken = Set(loaded.diagnostics.filter { $0.severity == .error }.map(\.location.file)).subtracting([config])
        guard !broken.isEmpty else { return nil }
        return .problem(
            "warning: \(broken.count) \(broken.count == 1 ? "file has" : "files have") errors and "
                + "\(broken.count == 1 ? "is" : "are") left out: \(broken.sorted().joined(separator: ", ")) "
                + "(countdown lint shows why)")
    }

    /// An absolute path relative to the workspace folder, when it lies inside it (as revisions store plan files).
    func relative(_ absolute: String) -> String {
        absolute.hasPrefix(rootPrefix) ? String(absolute.dropFirst(rootPrefix.count)) : absolute
    }

    /// A plan's file as an absolute path.
    func absoluteFile(of plan: Plan) -> String {
        URL(fileURLWithPath: plan.file, relativeTo: URL(fileURLWithPath: loader.displayBase)).standardizedFileURL.path
    }
}

extension Workbench {
    /// The workspace folder: the one named, or the nearest holding countdown.yaml.
    func root() throws(WorkbenchError) -> String {
        do {
            if let folder = selection.folder { return try WorkspaceLocator.validate(folder) }
            return try WorkspaceLocator.find(from: selection.searchFrom)
        } catch {
            throw .cannotRun(error.description)
        }
    }

    /// Opens the workspace for a use case that needs its settings.
    public func open() throws(WorkbenchError) -> OpenedWorkspace {
        try OpenedWorkspace(self)
    }
}

/// Runs a store call, turning its error into the use case's.
func storeCall<T>(_ body: () throws(StoreError) -> T) throws(WorkbenchError) -> T {
    do {
        return try body()
    } catch {
        throw .cannotRun(error.description)
    }
}
