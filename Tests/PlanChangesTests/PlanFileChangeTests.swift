import PlanChanges
import PlanLoading
import PlanModel
import TestSupport
import Testing

/// Plans as a whole: matched by id, so a renamed or moved file is the same
/// plan; added, removed, closed; files with errors left out, not removed.
@Suite struct PlanFileChangeTests {
    @Test func anUnchangedWorkspaceHasNoChanges() throws {
        let repository = try ScriptedRepository()
        try repository.commit("nothing")
        let changes = try repository.changes()
        #expect(changes.isEmpty)
        #expect(changes.unchangedPlans == 2)
        #expect(changes.contributions?.changed == false)
    }

    @Test func aRenamedPlanFileIsTheSamePlan() throws {
        let repository = try ScriptedRepository()
        try repository.move("plans/smoking.yaml", to: "plans/tobacco-control.yaml")
        try repository.commit("rename")
        let changes = try repository.changes()
        #expect(changes.plans.count == 1)
        let moved = try changes.only(.planFileMoved)
        #expect(moved.before == "plans/smoking.yaml")
        #expect(moved.after == "plans/tobacco-control.yaml")
        #expect(moved.severity == .neutral)
        #expect(changes.changes(.planAdded).isEmpty && changes.changes(.planRemoved).isEmpty)
        #expect(changes.plans[0].previousFile == "plans/smoking.yaml")
        #expect(changes.plans[0].file == "plans/tobacco-control.yaml")
    }

    @Test func aPlanFileMovedToAnotherFolderIsTheSamePlanAndOtherChangesStillShow() throws {
        // The repository is reorganised: the workspace moves into manchester/, so every plan
        // file moves folder. Each plan is still matched by id, and its own changes still show.
        let repository = try ScriptedRepository()
        try repository.edit("plans/smoking.yaml", "due: 2009-06-30", "due: 2009-07-14")
        try repository.move("plans", to: "manchester/plans")
        try repository.move("countdown.yaml", to: "manchester/countdown.yaml")
        try repository.commit("move the workspace")
        let before = try repository.load("HEAD~1", workspace: "manchester")
        let after = try repository.load("HEAD", workspace: "manchester")
        #expect(before.plans.map(\.file) == ["plans/infant.yaml", "plans/smoking.yaml"])
        #expect(after.plans.map(\.file) == ["manchester/plans/infant.yaml", "manchester/plans/smoking.yaml"])
        let changes = PlanChanges.compare(
            before: before.plans, after: after.plans, beforeWorkspace: before.config, afterWorkspace: after.config)
        #expect(
            changes.changes(.planFileMoved).map(\.after) == [
                "manchester/plans/infant.yaml", "manchester/plans/smoking.yaml",
            ])
        #expect(try changes.only(.milestoneMoved).days == 14)
        #expect(changes.changes(.planAdded).isEmpty && changes.changes(.planRemoved).isEmpty)
        #expect(!changes.contributions!.changed)
    }

    @Test func plansAddedRemovedAndClosed() throws {
        let repository = try ScriptedRepository()
        let infant = try repository.read("plans/infant.yaml")
        try repository.remove("plans/infant.yaml")
        try repository.write(
            infant.replacingOccurrences(of: "id: infant\n", with: "id: alcohol\n")
                .replacingOccurrences(of: "title: Infant mortality", with: "title: Alcohol harm")
                .replacingOccurrences(of: "contributor: infant-mortality", with: "contributor: alcohol-harm"),
            to: "plans/alcohol.yaml")
        try repository.edit("plans/smoking.yaml", "status: active", "status: closed")
        try repository.commit("swap")
        let changes = try repository.changes()
        #expect(changes.plans.map(\.id) == ["alcohol", "infant", "smoking"])
        let added = try changes.only(.planAdded)
        #expect(added.after == "Alcohol harm (active)")
        #expect(added.location?.file == "plans/alcohol.yaml")
        let removed = try changes.only(.planRemoved)
        #expect(removed.severity == .weakening)
        #expect(removed.location == nil)
        #expect(removed.beforeLocation?.file == "plans/infant.yaml")
        #expect(changes.plans[1].file == nil)
        let closed = try changes.only(.planClosed)
        #expect(closed.before == "active")
        #expect(closed.after == "closed")
    }

    @Test func aPlanWhoseFileHasErrorsAfterIsNotComparedRatherThanRemoved() throws {
        let repository = try ScriptedRepository()
        try repository.edit("plans/infant.yaml", "status: active", "status: actve")
        try repository.commit("typo")
        let after = try repository.load("HEAD")
        #expect(after.filesWithErrors == ["plans/infant.yaml"])
        let changes = try repository.changes()
        let change = try changes.only(.planNotCompared)
        #expect(change.severity == .neutral)
        #expect(changes.changes(.planRemoved).isEmpty)
    }

    @Test func aWorkspaceThatDidNotExistBeforeHasEveryPlanAdded() throws {
        let repository = try ScriptedRepository()
        // A commit of the empty tree: no countdown.yaml anywhere.
        let empty = try repository.git(
            "-c", "user.name=Test", "-c", "user.email=test@example.org", "commit-tree",
            "4b825dc642cb6eb9a060e54bf8d69288fbee4904", "-m", "empty")
        #expect(try repository.load(empty).hasConfig == false)
        let changes = try repository.changes(from: empty, to: "main")
        #expect(changes.changes(.planAdded).map(\.plan) == ["infant", "smoking"])
        // Nothing was set before, so the target is not "set" by this change: it is just there.
        #expect(changes.changes(.workspaceTargetChanged).isEmpty)
        let totals = changes.changes(.contributionTotalChanged)
        #expect(totals.map(\.before) == ["0 years", "0 years"])
        #expect(totals.map(\.after) == ["0.11 years", "0.1 years"])
        #expect(totals.map(\.severity) == [.strengthening, .strengthening])
    }

    @Test func theWorkingTreeIncludesUncommittedEdits() throws {
        let repository = try ScriptedRepository()
        try repository.edit("plans/infant.yaml", "due: 2009-12-31", "due: 2010-03-31")
        let changes = try repository.changes(from: "HEAD", to: nil)
        #expect(try changes.only(.milestoneMoved).days == 90)
    }
}
