import Common
import Foundation
import PlanChanges
import PlanModel
import Reporting
import SystemIO
import Tracking

extension BoardPackPipeline {
    /// What changed since the last report to the board: the plans as stored
    /// at that run against the plans now, through the shared change model,
    /// and the actuals and completions recorded since.
    func changes(board: String, plans: [Plan], asOf: Day, since previous: ReportRun?) throws(StoreError)
        -> ReportChanges
    {
        let unsynced = try unsyncedPlans(plans)
        guard let previous, let since = Day(iso: previous.asOf) else {
            return ReportChanges(since: nil, plans: nil, actuals: [], completions: [], unsyncedPlans: unsynced)
        }
        let (before, comparison) = try allChanges(since: previous.lastRevisionID)
        var set = comparison
        set.from = "the report of \(since)"
        set.to = "the plans at \(asOf)"
        let onBoard = Set(before.filter { $0.board == board }.map(\.id) + plans.map(\.id))
        set = set.restricted(to: onBoard)
        // A board reads what changed, not where: stored revisions have no line numbers anyway.
        for index in set.plans.indices {
            for change in set.plans[index].changes.indices {
                set.plans[index].changes[change].location = nil
                set.plans[index].changes[change].beforeLocation = nil
            }
        }
        for index in set.workspace.indices {
            set.workspace[index].location = nil
            set.workspace[index].beforeLocation = nil
        }
        let ids = plans.map(\.id)
        let measures = Dictionary(
            plans.flatMap { plan in plan.measures.map { ("\(plan.id)/\($0.id)", $0) } },
            uniquingKeysWith: { first, _ in first })
        let milestones = Dictionary(
            plans.flatMap { plan in plan.milestones.map { ("\(plan.id)/\($0.id)", $0) } },
            uniquingKeysWith: { first, _ in first })
        let actuals = try store.actualsRecorded(after: previous.lastActualID, planIDs: ids).compactMap {
            recorded -> NewActual? in
            let record = recorded.record
            guard let date = Day(iso: record.date), date <= asOf else { return nil }
            let measure = measures[record.address]
            return NewActual(
                plan: record.planID, measure: record.measureID, title: measure?.title ?? record.measureID,
                unit: measure?.unit ?? "", date: date, value: record.value, source: record.source,
                replaces: recorded.replaced?.value)
        }
        let completions = try store.completionsRecorded(after: previous.lastCompletionID, planIDs: ids).compactMap {
            recorded -> NewCompletion? in
            let record = recorded.record
            guard let date = Day(iso: record.completed), date <= asOf else { return nil }
            return NewCompletion(
                plan: record.planID, milestone: record.milestoneID,
                title: milestones[record.address]?.title ?? record.milestoneID, completed: date,
                replaces: recorded.replaced.flatMap { Day(iso: $0.completed) })
        }
        return ReportChanges(
            since: since, plans: set, actuals: actuals, completions: completions, unsyncedPlans: unsynced)
    }

    /// Every plan's changes since the stored revisions at `watermark`, made
    /// once for all the boards whose last report saw the same revisions, not
    /// once per board.
    func allChanges(since watermark: Int64?) throws(StoreError) -> (before: [Plan], changes: ChangeSet) {
        try changesCache.value(for: watermark) { () throws(StoreError) in
            let stored = try store.planRevisions(atOrBelow: watermark)
            let before = stored.keys.sorted().compactMap { id in stored[id].flatMap { $0.plan?.plan(file: $0.file) } }
            let after = workspace.plans.map { plan in
                var copy = plan
                copy.file = relativeFiles[plan.id] ?? plan.file
                return copy
            }
            let changes = PlanChanges.compare(
                before: before, after: after, beforeWorkspace: config, afterWorkspace: config,
                notReadAfter: brokenFiles())
            return (before, changes)
        }
    }

    /// Plans on the board whose file differs from their latest synced
    /// revision (or that were never synced).
    func unsyncedPlans(_ plans: [Plan]) throws(StoreError) -> [String] {
        let latest = try store.latestContentHashes()
        return plans.filter { plan in
            guard let text = workspace.sources[plan.file], let hash = latest[plan.id] else { return true }
            return hash != SHA256.hex(Array(text.utf8))
        }.map(\.id)
    }

    /// Plan files with schema errors now, relative to the workspace: their
    /// plans are "not compared" rather than "removed".
    func brokenFiles() -> Set<String> {
        let prefix = workspace.root + "/"
        var files: Set<String> = []
        for diagnostic in workspace.diagnostics where diagnostic.severity == .error {
            let file = diagnostic.location.file
            files.insert(file.hasPrefix(prefix) ? String(file.dropFirst(prefix.count)) : file)
        }
        return files
    }
}

/// The whole workspace's changes by the revision watermark they start from,
/// shared by the boards rendered side by side.
final class ChangesCache: @unchecked Sendable {
    typealias Entry = (before: [Plan], changes: ChangeSet)
    private let lock = NSLock()
    private var entries: [Int64?: Entry] = [:]

    /// The entry for `watermark`, made by `make` the first time; a board
    /// asking meanwhile waits for it rather than making it again.
    func value(for watermark: Int64?, make: () throws(StoreError) -> Entry) throws(StoreError) -> Entry {
        lock.lock()
        defer { lock.unlock() }
        if let entry = entries[watermark] { return entry }
        let entry = try make()
        entries[watermark] = entry
        return entry
    }
}
