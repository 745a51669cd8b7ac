import Foundation
import PlanLoading
import PlanModel
import SystemIO
import Testing
import Tracking
import Workbench

@testable import Reporting

/// Packs made from a real store: runs recorded, and "changes since the last
/// report" worked out from what the last run had seen.
@Suite(.serialized)
struct PipelineTests {
    /// A copy of the fixture workspace and a store, in a temporary folder.
    final class Workspace {
        let root: String
        let store: any TrackingStore
        let me = Provenance(recordedBy: "tester", origin: "record")

        init() throws {
            root = FileManager.default.temporaryDirectory.appendingPathComponent("countdown-report-\(UUID())").path
            try FileManager.default.copyItem(atPath: ReportFixture.root, toPath: root)
            store = try SQLiteStore.open(path: root + "/.countdown/tracking.sqlite")
        }

        deinit { try? FileManager.default.removeItem(atPath: root) }

        func load() throws -> (LoadedWorkspace, WorkspaceConfig) {
            let loaded = try WorkspaceLoader(displayBase: root).load(root: root)
            return (loaded, try #require(loaded.config))
        }

        func sync() throws {
            let (loaded, _) = try load()
            let files = loaded.plans.map { plan in
                PlanFile(
                    plan: plan, relativePath: plan.file, absolutePath: root + "/" + plan.file,
                    text: loaded.sources[plan.file] ?? "")
            }
            _ = try store.sync(files)
        }

        func edit(_ file: String, _ old: String, _ new: String) throws {
            let path = root + "/" + file
            let text = try String(contentsOfFile: path, encoding: .utf8)
            #expect(text.contains(old))
            try Data(text.replacingOccurrences(of: old, with: new).utf8).write(to: URL(fileURLWithPath: path))
        }

        func record(_ measure: String, _ date: String, _ value: Double) throws {
            _ = try store.record(
                ActualEntry(
                    planID: "smoking", measureID: measure, date: ReportFixture.day(date), value: value, source: nil,
                    note: nil), provenance: me)
        }

        func report(_ asOf: String) throws -> WrittenPack {
            let (loaded, config) = try load()
            let pipeline = BoardPackPipeline(
                workspace: loaded, config: config, loader: WorkspaceLoader(displayBase: root), store: store,
                renderer: ReportRenderer())
            return try pipeline.run(
                board: try #require(config.board("hwb")), asOf: ReportFixture.day(asOf),
                formats: ReportFormat.allCases, exports: root + "/exports", ranBy: "tester")
        }

        func files(_ pack: WrittenPack) throws -> [String: Data] {
            var files: [String: Data] = [:]
            for name in try FileManager.default.contentsOfDirectory(atPath: pack.folder) {
                files[name] = FileManager.default.contents(atPath: pack.folder + "/" + name)
            }
            return files
        }
    }

    @Test func aRunIsRecordedWithTheHashesOfWhatItWrote() throws {
        let workspace = try Workspace()
        try workspace.sync()
        try workspace.record("prevalence", "2009-09-30", 28.4)
        let pack = try workspace.report("2009-12-31")
        #expect(pack.folder == workspace.root + "/exports/hwb/2009-12-31")
        let files = try workspace.files(pack)
        #expect(files.keys.sorted() == ReportFormat.allCases.flatMap { $0.fileNames(stem: "hwb-2009-12-31") }.sorted())
        let runs = try workspace.store.reportRuns(board: "hwb")
        #expect(runs.count == 1)
        #expect(runs[0].asOf == "2009-12-31")
        #expect(runs[0].formats == "csv,html,json,md")
        #expect(runs[0].statuses == ["infant": "amber", "smoking": "red"])
        for (name, data) in files {
            #expect(runs[0].outputHashes[name] == SHA256.hex(Array(data)), "\(name)'s hash is not recorded")
        }
        #expect(pack.report.changes.isFirstReport)
    }

    @Test func theNextReportSaysWhatChangedSinceAndRunningItAgainChangesNothing() throws {
        let workspace = try Workspace()
        try workspace.sync()
        try workspace.record("prevalence", "2009-09-30", 28.4)
        _ = try workspace.report("2009-12-31")

        // Between meetings: a target made less ambitious, a milestone pushed back, figures recorded.
        try workspace.edit("plans/smoking.yaml", "value: 25.5 }", "value: 26.0 }")
        try workspace.edit("plans/smoking.yaml", "due: 2009-09-30", "due: 2009-10-31")
        try workspace.sync()
        try workspace.record("prevalence", "2009-12-31", 28.3)
        try workspace.record("prevalence", "2009-09-30", 28.5)
        _ = try workspace.store.complete(
            CompletionEntry(
                planID: "smoking", milestoneID: "hotline", date: ReportFixture.day("2010-02-10"), note: nil),
            provenance: workspace.me)
        // A figure dated after the report's date is not news for it.
        try workspace.record("prevalence", "2010-06-30", 28.0)

        let pack = try workspace.report("2010-03-31")
        let changes = pack.report.changes
        #expect(changes.since == ReportFixture.day("2009-12-31"))
        let set = try #require(changes.plans)
        #expect(set.plans.map(\.id) == ["smoking"])
        let kinds = Set(set.allChanges.map(\.kind.rawValue))
        #expect(kinds.isSuperset(of: ["target-changed", "milestone-moved"]), "\(kinds)")
        #expect(changes.actuals.map(\.date.description) == ["2009-09-30", "2009-12-31"])
        #expect(changes.actuals.first?.replaces == 28.4)
        #expect(changes.completions.map(\.milestone) == ["hotline"])
        #expect(changes.unsyncedPlans.isEmpty)
        #expect(pack.report.previousReport == ReportFixture.day("2009-12-31"))
        let markdown = try #require(try workspace.files(pack)["hwb-2010-03-31.md"])
        let text = String(decoding: markdown, as: UTF8.self)
        #expect(text.contains("Since the report of 31 December 2009: 1 plan changed"))
        #expect(text.contains("+31 days"))

        // The same date again: the run at this date is not "the last report", so the pack is the same.
        let before = try workspace.files(pack)
        let again = try workspace.report("2010-03-31")
        #expect(try workspace.files(again) == before)
        #expect(try workspace.store.reportRuns(board: "hwb").count == 3)
    }

    @Test func aPlanEditedButNotSyncedIsFlagged() throws {
        let workspace = try Workspace()
        try workspace.sync()
        try workspace.edit("plans/infant.yaml", "value: 6.5 }", "value: 6.6 }")
        let pack = try workspace.report("2010-03-31")
        #expect(pack.report.changes.unsyncedPlans == ["infant"])
    }
}
