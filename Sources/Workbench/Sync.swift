import Common
import PlanLint
import PlanLoading
import SystemIO
import Tracking

/// What a sync did, or why it refused.
public struct SyncOutcome: Sendable {
    /// Revisions stored and plans unchanged; nil when lint's errors refused the sync.
    public var result: SyncResult?
    public var messages: [Message]

    public var refused: Bool { result == nil }
}

extension Workbench {
    /// Lints the workspace, then stores a revision of every new or changed
    /// plan; nothing is synced while there are errors. `progress` hears of
    /// each plan stored.
    public func sync(progress: ProgressListener? = nil) throws(WorkbenchError) -> SyncOutcome {
        let workspace = try open()
        let report = Self.lint(workspace.loaded, loader: workspace.loader, strict: false)
        // Only errors stop a sync; warnings are lint's business, so they are counted, not repeated.
        var messages: [Message] = [
            .findings(report.diagnostics.filter { $0.severity == .error }, sources: report.sources)
        ]
        if report.errorCount > 0 {
            messages.append(
                .problem(
                    "sync refused: \(report.errorCount) \(report.errorCount == 1 ? "error" : "errors") in the "
                        + "workspace; fix \(report.errorCount == 1 ? "it" : "them") and run countdown sync again"))
            return SyncOutcome(result: nil, messages: messages)
        }
        if report.warningCount > 0 {
            messages.append(
                .problem("\(count(report.warningCount, "warning")) in the workspace (countdown lint shows them)."))
        }
        var files = try workspace.loaded.plans.map { plan throws(WorkbenchError) in
            guard let text = workspace.loaded.sources[plan.file] else {
                throw .cannotRun("cannot read \(plan.file) again to sync it")
            }
            let absolute = workspace.absoluteFile(of: plan)
            return PlanFile(plan: plan, relativePath: workspace.relative(absolute), absolutePath: absolute, text: text)
        }
        // Asked of git once for all files, and before the store is opened, so
        // the store is locked only while rows are written.
        if let git = GitProbe(root: workspace.root) {
            let commits = git.lastCommits(of: files.map(\.absolutePath))
            for index in files.indices {
                files[index].commit = commits[files[index].absolutePath].map {
                    PlanFile.Commit(hash: $0.hash, author: $0.author)
                }
            }
        }
        let store = try workspace.openStore(self)
        progress?.begin("Syncing", unit: "plans")
        let result = try storeCall { () throws(StoreError) in
            try store.sync(files) { progress?.update($0, of: $1) }
        }
        progress?.end()
        if result.stored.isEmpty {
            messages.append(.note("Nothing to sync: \(count(result.unchanged.count, "plan")) unchanged."))
        } else {
            messages.append(
                .note(
                    "Synced \(count(result.stored.count, "new revision")): "
                        + listed(result.stored.map(\.planID), upTo: 10)
                        + (result.unchanged.isEmpty ? "." : "; \(result.unchanged.count) unchanged.")))
        }
        return SyncOutcome(result: result, messages: messages)
    }
}
