import Foundation
import PlanModel
import TestSupport
import Testing
import Tracking

/// Killing countdown (SIGKILL: no clean-up runs) at random points of a sync
/// or a record, over and over, leaves a store that passes SQLite's integrity
/// check with each operation whole or absent. StoreDurabilityTests does the
/// same for import; ReportKillTests does it for report. Kill points come from a
/// seeded generator, so a failure repeats; what each kill found is printed.
@Suite(.serialized)
struct KillSafetyTests {
    static let planCount = 120

    /// StoreDurabilityTests' workspace with `planCount` copies of its plan,
    /// so that one sync stores many revisions in one transaction.
    static func manyPlans() throws -> WorkspaceCopy {
        let workspace = try StoreDurabilityTests.bigWorkspace()
        let plan = try workspace.read("plans/big.yaml")
        for index in 1...planCount {
            try workspace.write(
                plan.replacingOccurrences(of: "id: big\n", with: "id: plan-\(index)\n"), to: "plans/plan-\(index).yaml")
        }
        try FileManager.default.removeItem(atPath: workspace.path + "/plans/big.yaml")
        return workspace
    }

    /// When to kill: after a time, or once the store's write-ahead log starts
    /// to grow (the write has begun) and then a little more.
    enum KillPoint: CustomStringConvertible {
        case after(Double)
        case writing(plus: Double)
        /// Once a path (relative to the workspace) exists, and then a little more.
        case exists(String, plus: Double)

        var description: String {
            switch self {
            case .after(let seconds): "at \(String(format: "%.2f", seconds))s"
            case .writing(let seconds): "\(String(format: "%.1f", seconds * 1000))ms into the write"
            case .exists(let path, let seconds): "\(String(format: "%.1f", seconds * 1000))ms after \(path) appeared"
            }
        }
    }

    /// Starts countdown, kills it at `point`, and says whether the kill landed
    /// before it finished.
    static func runAndKill(_ arguments: [String], in workspace: WorkspaceCopy, at point: KillPoint) throws -> Bool {
        let log = workspace.store + "-wal"
        let size = { (try? FileManager.default.attributesOfItem(atPath: log))?[.size] as? Int ?? 0 }
        let before = size()
        let process = try countdown.start(arguments, in: workspace.path)
        switch point {
        case .after(let seconds):
            usleep(UInt32(seconds * 1_000_000))
        case .writing(let seconds):
            let deadline = Date().addingTimeInterval(120)
            while process.isRunning && size() == before && Date() < deadline { usleep(200) }
            usleep(UInt32(seconds * 1_000_000))
        case .exists(let path, let seconds):
            let deadline = Date().addingTimeInterval(120)
            while process.isRunning && !FileManager.default.fileExists(atPath: workspace.path + "/" + path)
                && Date() < deadline
            {
                usleep(200)
            }
            usleep(UInt32(seconds * 1_000_000))
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        return process.terminationReason == .uncaughtSignal
    }

    static func revisionCounts(_ store: any TrackingStore) throws -> [Int] {
        try (1...planCount).map { try store.revisions(of: "plan-\($0)").count }
    }

    @Test func killedSyncsStoreEveryRevisionOrNone() throws {
        let workspace = try Self.manyPlans()
        let whole = try workspace.run(["sync"])
        #expect(whole.status == 0, "\(whole.stderr)")
        let duration = whole.seconds
        var generator = SplitMix64(seed: 2_011_0331)
        var outcomes: [String] = []
        for trial in 0..<12 {
            // Half the trials start from an empty store, half from one revision of
            // each plan with every title changed since: the kill lands in the first
            // sync or in a second one.
            try? FileManager.default.removeItem(atPath: workspace.path + "/.countdown")
            let second = trial % 2 == 1
            for index in 1...Self.planCount {
                let path = "plans/plan-\(index).yaml"
                let text = try workspace.read(path)
                try workspace.write(
                    text.replacingOccurrences(of: "title: A long plan", with: "title: A long plan (first)"), to: path)
            }
            if second { #expect(try workspace.run(["sync"]).status == 0) }
            for index in 1...Self.planCount {
                let path = "plans/plan-\(index).yaml"
                try workspace.write(
                    try workspace.read(path).replacingOccurrences(of: " (first)", with: ""), to: path)
            }
            _ = try SQLiteStore.open(path: workspace.store)
            // Most of a sync is reading and linting the plans; the write is short.
            // Half the kills are timed over the whole run, half aimed at the write.
            let point: KillPoint =
                trial % 4 < 2
                ? .after(Double.random(in: 0.2...1.3, using: &generator) * duration)
                : .writing(plus: Double.random(in: 0...0.15, using: &generator))
            let killed = try Self.runAndKill(["sync"], in: workspace, at: point)
            let store = try SQLiteStore.open(path: workspace.store)
            #expect(try store.integrityCheck() == ["ok"], "trial \(trial)")
            let counts = try Self.revisionCounts(store)
            let expected: Set<Int> = second ? [1, 2] : [0, 1]
            #expect(Set(counts).count == 1 && expected.contains(counts[0]), "trial \(trial): \(Set(counts))")
            outcomes.append(
                "kill \(point): \(killed ? "killed" : "finished"), "
                    + "\(counts.reduce(0, +)) revisions of \(Self.planCount) plans\(second ? " (second sync)" : "")")
        }
        print("Killed syncs of \(Self.planCount) plans (a whole sync took \(String(format: "%.2f", duration))s):")
        for outcome in outcomes { print("  " + outcome) }
        // After the kills, a sync completes and stores what is missing.
        #expect(try workspace.run(["sync"]).status == 0)
        #expect(try Self.revisionCounts(try SQLiteStore.open(path: workspace.store)).allSatisfy { $0 >= 1 })
    }

    @Test func killedRecordsKeepEachValueWholeOrAbsent() throws {
        let workspace = try StoreDurabilityTests.bigWorkspace()
        _ = try SQLiteStore.open(path: workspace.store)
        let whole = try workspace.run(["record", "big/first", "1", "--date", "2009-04-01"])
        #expect(whole.status == 0, "\(whole.stderr)")
        let duration = whole.seconds
        var generator = SplitMix64(seed: 1_710)
        var kept = 0
        let trials = 24
        let start = Day(iso: "2010-01-01")!
        for trial in 0..<trials {
            let date = start.adding(days: trial)
            let value = "\(100 + trial).5"
            let delay = Double.random(in: 0...1.2, using: &generator) * duration
            let point: KillPoint = trial % 3 == 2 ? .writing(plus: delay / 20) : .after(delay)
            _ = try Self.runAndKill(
                [
                    "record", "big/first", value, "--date", "\(date)", "--source", "Return \(trial)", "--note",
                    "kill trial \(trial)",
                ], in: workspace, at: point)
            let store = try SQLiteStore.open(path: workspace.store)
            #expect(try store.integrityCheck() == ["ok"], "trial \(trial)")
            let rows = try store.actualHistory(planID: "big", measureID: "first").filter { $0.date == "\(date)" }
            #expect(rows.count <= 1, "trial \(trial)")
            if let row = rows.first {
                kept += 1
                // Whole: every field as given, not a row half filled.
                #expect(row.value == Double(value))
                #expect(row.source == "Return \(trial)")
                #expect(row.note == "kill trial \(trial)")
            }
        }
        print(
            "Killed records: \(kept) of \(trials) values kept whole, the rest absent (a record took "
                + "\(String(format: "%.2f", duration))s)")
        // The store still takes writes after all the kills.
        #expect(try workspace.run(["record", "big/first", "2", "--date", "2009-04-02"]).status == 0)
    }
}
