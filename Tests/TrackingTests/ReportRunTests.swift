import Foundation
import GRDB
import PlanModel
import TestSupport
import Testing

@testable import Tracking

/// Report runs: recorded append-only, and what "since the last report" reads.
struct ReportRunTests {
    func entry(_ asOf: String, _ marks: ReportWatermarks = ReportWatermarks()) -> ReportRunEntry {
        ReportRunEntry(
            board: "awhb", asOf: asOf, formats: ["md", "csv"], outputs: ["b.md": "22", "a.csv": "11"],
            planStatuses: ["tobacco-control": "red"], watermarks: marks)
    }

    @Test(arguments: StoreBackend.allCases) func aRunIsStoredWithItsHashesAndStatuses(on backend: StoreBackend) throws {
        let folder = try TemporaryFolder()
        let store = try folder.openStore(backend)
        let run = try store.recordReportRun(entry("2010-03-31"), ranBy: "tester")
        #expect(run.id != nil)
        #expect(run.formats == "csv,md")
        #expect(run.outputs == #"{"a.csv":"11","b.md":"22"}"#)
        #expect(run.statuses == ["tobacco-control": "red"])
        #expect(run.ranAt == "2010-03-31T01:46:40Z")
        #expect(try store.reportRuns(board: "awhb") == [run])
        #expect(try store.reportRuns(board: "children-board").isEmpty)
    }

    @Test(arguments: StoreBackend.allCases) func theLastReportIsTheLatestRunAtAnEarlierDate(on backend: StoreBackend)
        throws
    {
        let folder = try TemporaryFolder()
        let store = try folder.openStore(backend)
        try store.recordReportRun(entry("2009-09-30"), ranBy: "tester")
        let december = try store.recordReportRun(entry("2009-12-31"), ranBy: "tester")
        let again = try store.recordReportRun(entry("2009-12-31"), ranBy: "tester")
        try store.recordReportRun(entry("2010-03-31"), ranBy: "tester")
        #expect(try store.previousReportRun(board: "awhb", before: "2010-03-31")?.id == again.id)
        #expect(try store.previousReportRun(board: "awhb", before: "2010-03-31")?.id != december.id)
        #expect(try store.previousReportRun(board: "awhb", before: "2009-09-30") == nil)
        #expect(try store.previousReportRun(board: "children-board", before: "2011-03-31") == nil)
    }

    @Test func reportRunsAreAppendOnly() throws {
        let folder = try TemporaryFolder()
        let store = try folder.openStore()
        try store.recordReportRun(entry("2010-03-31"), ranBy: "tester")
        let queue = try DatabaseQueue(path: folder.store)
        #expect(throws: DatabaseError.self) {
            try queue.write { try $0.execute(sql: "UPDATE reportRun SET board = 'x'") }
        }
        #expect(throws: DatabaseError.self) { try queue.write { try $0.execute(sql: "DELETE FROM reportRun") } }
    }

    @Test(arguments: StoreBackend.allCases) func whatWasRecordedAfterAWatermarkAndWhatItReplaced(
        on backend: StoreBackend
    ) throws {
        let folder = try TemporaryFolder()
        let store = try folder.openStore(backend)
        let catalog = Fixture.catalog
        func record(_ date: String, _ value: String) throws {
            _ = try store.record(
                try catalog.actual(
                    address: "tobacco-control/smoking-prevalence", date: date, value: value, source: nil, note: nil),
                provenance: Fixture.me)
        }
        try record("2009-09-30", "28.4")
        _ = try store.sync(
            [PlanFile(plan: Fixture.plan(), relativePath: "plans/t.yaml", absolutePath: "/t", text: "1")])
        let marks = try store.watermarks()
        #expect(marks.actual == 1 && marks.revision == 1 && marks.completion == nil)
        try record("2009-09-30", "28.6")
        try record("2009-09-30", "28.5")
        try record("2009-12-31", "28.3")
        let since = try store.actualsRecorded(after: marks.actual, planIDs: ["tobacco-control"])
        #expect(since.map(\.record.value) == [28.5, 28.3])
        // The value the last report saw, not the one in between.
        #expect(since.map(\.replaced?.value) == [28.4, nil])
        #expect(try store.actualsRecorded(after: marks.actual, planIDs: ["cancer"]).isEmpty)
        #expect(try store.actualsRecorded(after: nil, planIDs: ["tobacco-control"]).count == 2)
        // Revisions as they stood then: none when nothing was synced.
        #expect(try store.planRevisions(atOrBelow: marks.revision).keys.sorted() == ["tobacco-control"])
        #expect(try store.planRevisions(atOrBelow: nil).isEmpty)
    }

    /// A plan stored in a revision reads back as the same plan, so comparing
    /// the plans of the last report with the plans now finds only real changes.
    @Test func aSnapshotReadsBackAsThePlan() throws {
        let plan = Fixture.plan()
        let snapshot = PlanSnapshot(plan)
        let back = try #require(snapshot.plan(file: plan.file))
        #expect(PlanSnapshot(back) == snapshot)
        #expect(back.milestones.map(\.due) == plan.milestones.map(\.due))
        #expect(back.outcome.tolerance == plan.outcome.tolerance)
        var unknown = snapshot
        unknown.reporting = "fortnightly"
        #expect(unknown.plan(file: plan.file) == nil)
    }
}
