import Foundation
import PlanModel
import TestSupport
import Testing
import Tracking

/// Several countdown processes writing to one store at once (recording,
/// importing and syncing together, as a team and a scheduled import do)
/// all succeed, none fails with "database is locked", and every row
/// arrives. StoreDurabilityTests has two recorders alone and two importers
/// alone; this mixes them.
@Suite(.serialized)
struct ConcurrentWritersTests {
    @Test func recordersImportersAndASyncAtOnceLoseNothing() throws {
        let workspace = try StoreDurabilityTests.bigWorkspace()
        let first = StoreDurabilityTests.bigFile(measures: ["first"])
        let second = StoreDurabilityTests.bigFile(measures: ["second"])
        try workspace.write(first.text, to: "first.csv")
        try workspace.write(second.text, to: "second.csv")
        let recorders = 4
        let recordsEach = 12
        // Every process is a list of commands run one after another.
        var jobs: [[[String]]] = [[["import", "first.csv"]], [["import", "second.csv"]], [["sync"]]]
        for recorder in 0..<recorders {
            let start = Day(iso: "2009-04-01")!.adding(days: recorder * 1000)
            jobs.append(
                (0..<recordsEach).map { index in
                    ["record", "big/outcome", "\(recorder).\(index)", "--date", "\(start.adding(days: index))"]
                })
        }
        nonisolated(unsafe) var results: [[Program.Result]] = Array(repeating: [], count: jobs.count)
        nonisolated(unsafe) var failures: [String] = []
        let lock = NSLock()
        let group = DispatchGroup()
        for (index, commands) in jobs.enumerated() {
            DispatchQueue.global().async(group: group) {
                for command in commands {
                    do {
                        let result = try workspace.run(command)
                        lock.withLock { results[index].append(result) }
                    } catch {
                        lock.withLock { failures.append("\(command): \(error)") }
                    }
                }
            }
        }
        group.wait()
        #expect(failures.isEmpty)
        let all = results.flatMap { $0 }
        #expect(all.count == 3 + recorders * recordsEach)
        for result in all {
            #expect(result.status == 0, "\(result.stderr)")
            #expect(!result.stderr.contains("locked") && !result.stderr.contains("busy"), "\(result.stderr)")
        }
        let store = try SQLiteStore.open(path: workspace.store)
        #expect(try store.integrityCheck() == ["ok"])
        #expect(
            try StoreDurabilityTests.rowCount(workspace.store) == first.rows + second.rows + recorders * recordsEach)
        #expect(try store.revisions(of: "big").count == 1)
        let slowest = all.map(\.seconds).max() ?? 0
        print(
            "\(jobs.count) processes at once (\(all.count) commands): every one succeeded; the slowest took "
                + "\(String(format: "%.2f", slowest))s")
    }
}
