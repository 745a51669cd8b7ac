import Foundation
import PlanModel
import TestSupport
import Testing
import Tracking

/// The store never loses a row: killed imports leave all or nothing, and two
/// processes writing at once both succeed.
@Suite(.serialized)
struct StoreDurabilityTests {
    static let measures = ["outcome", "first", "second"]
    static let period = (start: "2000-04-01", end: "2030-03-31")

    /// A workspace with one plan of three measures over thirty years.
    static func bigWorkspace() throws -> WorkspaceCopy {
        let workspace = try WorkspaceCopy()
        try workspace.write(
            """
            schema: 1
            area: { id: testshire, name: Testshire }
            period: { start: \(period.start), end: \(period.end) }
            organisations:
              - { id: pct, name: Testshire PCT }
            boards:
              - { id: board, name: Health Board, cadence: quarterly }

            """, to: "countdown.yaml")
        func measure(_ id: String, indent: String, owner: Bool) -> String {
            var lines = [
                "id: \(id)", owner ? "statement: Reach 1000 by 2030" : "title: Measure \(id)", "unit: people",
                "better: higher",
                "baseline: { date: \(period.start), value: 0 }", "target: { date: \(period.end), value: 1000 }",
            ]
            if owner { lines.append("owner: { role: Director, organisation: pct }") }
            return lines.joined(separator: "\n" + indent)
        }
        try workspace.write(
            """
            schema: 1
            id: big
            title: A long plan
            contributor: other
            board: board
            lead: { role: Director, organisation: pct }
            reporting: quarterly
            status: draft
            outcome:
              \(measure("outcome", indent: "  ", owner: false))
            interventions:
              - id: work
                title: The work
                level: population
                lead: { role: Director, organisation: pct }
                objectives:
                  - \(measure("first", indent: "        ", owner: true))
                  - \(measure("second", indent: "        ", owner: true))

            """, to: "plans/big.yaml")
        return workspace
    }

    /// One row per measure and day of the period: about 33,000 rows.
    static func bigFile(measures: [String] = measures, value: Double = 1) -> (text: String, rows: Int) {
        var text = "measure,date,value,source,note\n"
        var rows = 0
        let start = Day(iso: period.start)!
        let days = start.days(to: Day(iso: period.end)!)
        for measure in measures {
            for offset in 0...days {
                text +=
                    "big/\(measure),\(start.adding(days: offset)),\(value + Double(offset % 97)),Load test,row \(rows)\n"
                rows += 1
            }
        }
        return (text, rows)
    }

    static func rowCount(_ store: String) throws -> Int {
        try SQLiteStore.open(path: store).exportActuals().split(separator: "\n").count - 1
    }

    @Test func aKilledImportLeavesAllOrNothing() throws {
        let workspace = try Self.bigWorkspace()
        let file = Self.bigFile()
        try workspace.write(file.text, to: "big.csv")
        // Time one whole import, so the kills land across its length.
        let whole = try workspace.run(["import", "big.csv"])
        #expect(whole.status == 0, "\(whole.stderr)")
        #expect(try Self.rowCount(workspace.store) == file.rows)
        let duration = whole.seconds

        var generator = SplitMix64(seed: 20_100_331)
        var outcomes: [String] = []
        for trial in 0..<8 {
            try? FileManager.default.removeItem(atPath: workspace.path + "/.countdown")
            // Create the empty store first, so every kill lands in the import itself.
            _ = try SQLiteStore.open(path: workspace.store)
            let process = try countdown.start(["import", "big.csv"], in: workspace.path)
            // An import opens its transaction once the workspace is loaded, then reads, checks and
            // writes the rows in it and commits. Kill points spread from early on to a little past
            // the end land before, during and after the transaction.
            let delay = Double.random(in: 0.2...1.1, using: &generator) * duration
            usleep(UInt32(delay * 1_000_000))
            let journal = (try? FileManager.default.attributesOfItem(atPath: workspace.store + "-wal"))?[.size] as? Int
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let store = try SQLiteStore.open(path: workspace.store)
            #expect(try store.integrityCheck() == ["ok"], "trial \(trial)")
            let count = try Self.rowCount(workspace.store)
            #expect(count == 0 || count == file.rows, "trial \(trial): \(count) of \(file.rows) rows")
            outcomes.append(
                "kill at \(String(format: "%.2f", delay))s: "
                    + (process.terminationReason == .uncaughtSignal ? "killed" : "finished")
                    + " with \(journal ?? 0) bytes in the write-ahead log, \(count) rows")
        }
        // A measurement, not a timing assertion: what each kill found.
        print("Killed imports of \(file.rows) rows (a whole import took \(String(format: "%.2f", duration))s):")
        for outcome in outcomes { print("  " + outcome) }
        // After the kills, the file imports whole.
        #expect(try workspace.run(["import", "big.csv"]).status == 0)
        #expect(try Self.rowCount(workspace.store) == file.rows)
    }

    @Test func twoProcessesRecordingAtOnceLoseNothing() throws {
        let workspace = try Self.bigWorkspace()
        let perWriter = 25
        nonisolated(unsafe) var results: [[Program.Result]] = [[], []]
        let group = DispatchGroup()
        for (writer, measure) in ["first", "second"].enumerated() {
            DispatchQueue.global().async(group: group) {
                let start = Day(iso: "2009-04-01")!
                for index in 0..<perWriter {
                    let date = start.adding(days: index)
                    let result = try? workspace.run(["record", "big/\(measure)", "\(index)", "--date", "\(date)"])
                    if let result { results[writer].append(result) }
                }
            }
        }
        group.wait()
        let all = results.flatMap { $0 }
        #expect(all.count == 2 * perWriter)
        #expect(all.allSatisfy { $0.status == 0 })
        #expect(!all.contains { $0.stderr.contains("locked") || $0.stderr.contains("busy") })
        #expect(try Self.rowCount(workspace.store) == 2 * perWriter)
    }

    @Test func twoLargeImportsAtOnceBothArrive() throws {
        let workspace = try Self.bigWorkspace()
        try workspace.write(Self.bigFile(measures: ["first"]).text, to: "first.csv")
        try workspace.write(Self.bigFile(measures: ["second"]).text, to: "second.csv")
        nonisolated(unsafe) var results: [Program.Result?] = [nil, nil]
        let group = DispatchGroup()
        for (index, name) in ["first.csv", "second.csv"].enumerated() {
            DispatchQueue.global().async(group: group) { results[index] = try? workspace.run(["import", name]) }
        }
        group.wait()
        for result in results {
            #expect(result?.status == 0, "\(result?.stderr ?? "did not run")")
            #expect(result?.stderr.contains("locked") == false)
        }
        #expect(try Self.rowCount(workspace.store) == 2 * Self.bigFile(measures: ["first"]).rows)
    }
}
