import Foundation
import TestSupport
import Testing
import Tracking

/// Killing `countdown report` at random points leaves no half-written file
/// under a pack's name: every pack file there is byte for byte the one a
/// whole run writes, a run recorded in the store has all its files, and the
/// store passes its integrity check. Then a whole run completes the pack.
@Suite(.serialized)
struct ReportKillTests {
    static let asOf = "2010-03-31"

    /// Every file under `folder`, by path relative to it.
    static func files(in folder: String) throws -> [String: Data] {
        guard FileManager.default.fileExists(atPath: folder) else { return [:] }
        var files: [String: Data] = [:]
        for path in try FileManager.default.subpathsOfDirectory(atPath: folder) {
            var isFolder: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: folder + "/" + path, isDirectory: &isFolder)
            if exists && !isFolder.boolValue {
                files[path] = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + path))
            }
        }
        return files
    }

    /// A file being written: hidden, under a temporary name, never read.
    static func isPartial(_ path: String) -> Bool {
        (path as NSString).lastPathComponent.hasPrefix(".")
    }

    @Test func killedReportsLeaveNoHalfWrittenFile() throws {
        let workspace = try WorkspaceCopy.example()
        #expect(try workspace.run(["sync"]).status == 0)
        #expect(try workspace.run(["import", "data/progress-2009-10.csv", "data/milestones-2009-10.csv"]).status == 0)
        let whole = try workspace.run(["report", "--as-of", Self.asOf])
        #expect(whole.status == 0, "\(whole.stderr)")
        let exports = workspace.path + "/exports"
        let reference = try Self.files(in: exports)
        #expect(reference.count >= 7)
        let boards = Set(reference.keys.map { String($0.split(separator: "/")[0]) }).sorted()
        let duration = whole.seconds
        var generator = SplitMix64(seed: 31_032_010)
        var outcomes: [String] = []
        for trial in 0..<12 {
            try? FileManager.default.removeItem(atPath: exports)
            let runsBefore = try boards.map {
                try SQLiteStore.open(path: workspace.store).reportRuns(board: $0).count
            }
            let point: KillSafetyTests.KillPoint =
                trial % 2 == 0
                ? .after(Double.random(in: 0.1...1.3, using: &generator) * duration)
                : .exists(
                    "exports/\(boards[trial / 2 % boards.count])/\(Self.asOf)",
                    plus: Double.random(in: 0...0.03, using: &generator))
            let killed = try KillSafetyTests.runAndKill(["report", "--as-of", Self.asOf], in: workspace, at: point)
            let store = try SQLiteStore.open(path: workspace.store)
            #expect(try store.integrityCheck() == ["ok"], "trial \(trial)")
            let found = try Self.files(in: exports)
            let complete = found.filter { !Self.isPartial($0.key) }
            for (path, data) in complete {
                #expect(data == reference[path], "trial \(trial): \(path) is not the file a whole run writes")
            }
            // A run is recorded after its files are written: a recorded run has every file.
            for (index, board) in boards.enumerated() where try store.reportRuns(board: board).count > runsBefore[index]
            {
                let expected = reference.keys.filter { $0.hasPrefix(board + "/") }
                #expect(expected.allSatisfy { complete[$0] != nil }, "trial \(trial): \(board) recorded, files missing")
            }
            outcomes.append(
                "kill \(point): \(killed ? "killed" : "finished"), \(complete.count) of \(reference.count) files, "
                    + "\(found.count - complete.count) partial")
        }
        print("Killed reports (a whole run took \(String(format: "%.2f", duration))s):")
        for outcome in outcomes { print("  " + outcome) }
        // A killed run's temporary file (planted, when no kill happened to leave
        // one: the window is short) is cleared by the next whole run.
        if try Self.files(in: exports).keys.filter(Self.isPartial).isEmpty {
            let gone = Process()
            gone.executableURL = URL(fileURLWithPath: "/bin/true")
            try gone.run()
            gone.waitUntilExit()
            let name = try #require(reference.keys.sorted().first)
            let folder = exports + "/" + (name as NSString).deletingLastPathComponent
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            let partial = "\(folder)/.\((name as NSString).lastPathComponent).partial-\(gone.processIdentifier)"
            try Data("half a fi".utf8).write(to: URL(fileURLWithPath: partial))
        }
        #expect(try workspace.run(["report", "--as-of", Self.asOf]).status == 0)
        let final = try Self.files(in: exports)
        #expect(final.filter { !Self.isPartial($0.key) } == reference)
        #expect(final.keys.filter(Self.isPartial).isEmpty, "left behind: \(final.keys.filter(Self.isPartial))")
    }
}
