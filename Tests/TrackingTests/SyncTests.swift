import Foundation
import PlanModel
import Progress
import SystemIO
import TestSupport
import Testing

@testable import Tracking

/// Plan revisions, slips across them, and git provenance.
struct SyncTests {
    func file(_ plan: Plan, text: String, root: String = "/nowhere") -> PlanFile {
        PlanFile(plan: plan, relativePath: plan.file, absolutePath: root + "/" + plan.file, text: text)
    }

    @Test(arguments: StoreBackend.allCases) func onlyNewOrChangedPlansGetARevision(on backend: StoreBackend) throws {
        let folder = try TemporaryFolder()
        let store = try folder.openStore(backend)
        let first = try store.sync(
            [file(Fixture.plan(), text: "v1"), file(Fixture.plan("cancer"), text: "c1")])
        #expect(first.stored.map(\.planID) == ["tobacco-control", "cancer"])
        let again = try store.sync(
            [file(Fixture.plan(), text: "v1"), file(Fixture.plan("cancer"), text: "c1")])
        #expect(again.stored.isEmpty && again.unchanged == ["tobacco-control", "cancer"])
        let changed = try store.sync(
            [file(Fixture.plan(), text: "v2"), file(Fixture.plan("cancer"), text: "c1")])
        #expect(changed.stored.map(\.planID) == ["tobacco-control"])
        let revisions = try store.revisions(of: "tobacco-control")
        #expect(revisions.count == 2)
        #expect(revisions[0].contentHash == SHA256.hex(Array("v1".utf8)))
        #expect(revisions[0].file == "plans/tobacco-control.yaml")
        #expect(revisions[0].syncedAt == "2010-03-31T01:46:40Z")
        #expect(revisions[1].plan?.milestoneDues["pharmacy-les"] == Fixture.day("2009-06-30"))
    }

    @Test func theSnapshotIsTheParsedPlan() throws {
        let snapshot = PlanSnapshot(Fixture.plan())
        let decoded = try #require(PlanSnapshot.decode(snapshot.encoded()))
        #expect(decoded == snapshot)
        #expect(decoded.outcome.tolerance == "3%")
        #expect(decoded.interventions[0].milestones.map(\.id) == ["pharmacy-les"])
        #expect(snapshot.encoded() == PlanSnapshot(Fixture.plan()).encoded())
    }

    @Test(arguments: StoreBackend.allCases) func dueDatesMovedBetweenRevisionsBecomeASlip(on backend: StoreBackend)
        throws
    {
        let folder = try TemporaryFolder()
        let store = try folder.openStore(backend)
        for (text, due) in [("a", "2010-02-10"), ("b", "2010-02-21"), ("c", "2010-02-21"), ("d", "2010-03-01")] {
            _ = try store.sync([file(Fixture.plan(dues: ["opt-out": due]), text: text)])
        }
        let evidence = try #require(try store.evidence(for: ["tobacco-control"])["tobacco-control"])
        #expect(evidence.dueHistory["opt-out"]?.count == 4)
        let plan = Fixture.plan(dues: ["opt-out": "2010-03-01"])
        let judge = StatusJudge(rules: StatusRules(asOf: Fixture.day("2010-03-31")))
        let progress = judge.plan(plan, period: plan.period!, evidence: evidence)
        #expect(progress.milestones.first?.slip?.summary == "moved twice, +19 days")
    }

    @Test func gitGivesTheCommitOfAFileCommittedUnchanged() throws {
        let folder = try TemporaryFolder()
        #expect(GitProbe(root: folder.path) == nil)
        func git(_ arguments: String...) throws { try ScriptedRepository.git(arguments, in: folder.path) }
        try git("init", "-q")
        try git("config", "user.name", "Programme Manager")
        try git("config", "user.email", "pm@example.org")
        let plan = folder.path + "/plans/tobacco-control.yaml"
        try FileManager.default.createDirectory(atPath: folder.path + "/plans", withIntermediateDirectories: true)
        try Data("id: tobacco-control\n".utf8).write(to: URL(fileURLWithPath: plan))
        let probe = try #require(GitProbe(root: folder.path))
        #expect(probe.lastCommit(of: plan) == nil)  // not committed yet
        try git("add", "plans/tobacco-control.yaml")
        try git("commit", "-q", "-m", "First plan")
        let commit = try #require(probe.lastCommit(of: plan))
        #expect(commit.hash.count == 40)
        #expect(commit.author == "Programme Manager <pm@example.org>")
        try Data("id: tobacco-control\ntitle: edited\n".utf8).write(to: URL(fileURLWithPath: plan))
        #expect(probe.lastCommit(of: plan) == nil)  // edited since
    }
}
