import Foundation
import TestSupport
import Testing

/// `countdown diff` run as a user would, on scripted commits to a copy of
/// the example workspace.
@Suite struct DiffCommandTests {
    @Test func slipsAndALoweredTargetMakeAPullRequestComment() throws {
        let repository = try ScriptedRepository.example()
        try repository.commitSlipsAndLoweredTarget()
        let result = try repository.countdown("diff", "HEAD~1", "HEAD", "--format", "md")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr == "")
        let markdown = result.stdout
        #expect(markdown.hasPrefix("### Plan changes: ⚠️ 3 weakening · 1 plan changed\n"))
        #expect(markdown.contains("#### ⚠️ Tobacco control (`tobacco-control`)"))
        #expect(
            markdown.contains(
                "| ⚠️ weakening | Objective rm-quitters target less ambitious — _higher is better_ "
                    + "| 3400 people | 3000 people | -400 people |"))
        #expect(
            markdown.contains("| ⚠️ weakening | Milestone pharmacy-les slipped | 2009-06-30 | 2009-09-30 | +92 days |"))
        #expect(
            markdown.contains(
                "| ⚠️ weakening | Milestone quit-rate-audit slipped | 2010-06-30 | 2010-12-31 | +184 days |"))
        #expect(markdown.contains("#### Life-expectancy contributions"))
        #expect(markdown.contains("| Males | 0.43 |"))
        // The same commits give the same bytes.
        #expect(try repository.countdown("diff", "HEAD~1", "HEAD", "--format", "md").stdout == markdown)
    }

    @Test func failOnWeakeningFailsForSlipsAndPassesForNewEvidence() throws {
        let repository = try ScriptedRepository.example()
        try repository.commitSlipsAndLoweredTarget()
        let slipped = try repository.countdown("diff", "HEAD~1", "HEAD", "--fail-on", "weakening")
        #expect(slipped.status == 1)
        #expect(
            slipped.stdout.contains("weakening: Milestone pharmacy-les slipped: 2009-06-30 → 2009-09-30 (+92 days)"))

        try repository.edit(
            "plans/tobacco-control.yaml",
            "evidence: NICE PH10; behavioural support plus pharmacotherapy quadruples quit success",
            "evidence: NICE PH10; behavioural support plus pharmacotherapy quadruples quit success; local audit 2009/10 agrees"
        )
        try repository.commit("Add evidence")
        let evidence = try repository.countdown("diff", "HEAD~1", "HEAD", "--fail-on", "weakening")
        #expect(evidence.status == 0, "\(evidence.stdout)")
        #expect(evidence.stdout.contains("neutral: Evidence for known-efficacy (stop-smoking-rm) updated"))
        #expect(evidence.stdout.contains("0 weakening, 0 strengthening, 1 neutral"))
        #expect(try repository.countdown("diff", "HEAD~1", "HEAD", "--fail-on", "any").status == 1)
    }

    @Test func githubAnnotationsAreErrorsWhenTheRunFailsOnThem() throws {
        let repository = try ScriptedRepository.example()
        try repository.commitSlipsAndLoweredTarget()
        let result = try repository.countdown("diff", "HEAD~1", "HEAD", "--format", "github", "--fail-on", "weakening")
        #expect(result.status == 1)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines.allSatisfy { $0.hasPrefix("::error file=plans/tobacco-control.yaml,line=") })
        let warnings = try repository.countdown("diff", "HEAD~1", "HEAD", "--format", "github")
        #expect(warnings.status == 0)
        #expect(warnings.stdout.hasPrefix("::warning file=plans/tobacco-control.yaml,line="))
    }

    @Test func withoutRevisionsItComparesTheMergeBaseWithTheWorkingTree() throws {
        let repository = try ScriptedRepository.example()
        try repository.git("checkout", "-q", "-b", "slip-milestones")
        try repository.commitSlipsAndLoweredTarget()
        // An edit not yet committed counts too.
        try repository.edit("plans/infant-mortality.yaml", "status: active", "status: closed")
        let result = try repository.countdown("diff", "--format", "json")
        #expect(result.status == 0, "\(result.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let base = try repository.git("rev-parse", "--short", "main")
        #expect(object["from"] as? String == "\(base) (merge base with main)")
        #expect(object["to"] as? String == "the working tree")
        let plans = try #require(object["plans"] as? [[String: Any]])
        #expect(plans.compactMap { $0["id"] as? String } == ["infant-mortality", "tobacco-control"])
        // In GitHub Actions the pull request's base branch names the default branch.
        try repository.git("branch", "-q", "release", "HEAD~1")
        let pullRequest = try repository.countdown("diff", environment: ["GITHUB_BASE_REF": "release"])
        #expect(pullRequest.stdout.contains("merge base with release"))
    }

    @Test func twoFoldersOutsideGit() throws {
        let repository = try ScriptedRepository.example()
        let before = repository.path + "/before"
        try FileManager.default.createDirectory(atPath: before, withIntermediateDirectories: true)
        for item in ["countdown.yaml", "plans", "data"] {
            try FileManager.default.copyItem(atPath: repository.path + "/" + item, toPath: before + "/" + item)
        }
        try repository.edit("plans/cancer.yaml", "status: active", "status: draft")
        let result = try repository.countdown("diff", "--from", "before", "--to", ".", "--format", "md")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("From before to ."))
        #expect(result.stdout.contains("| neutral | Plan status changed | active | draft |  |"))
        #expect(result.stdout.contains("`plans/cancer.yaml`"))
        // The draft no longer counts towards the target.
        #expect(result.stdout.contains("| Males | 0.43 | 0.43 (100%) | 0.36 (83%) | ⚠️ now below the target |"))
        #expect(result.stdout.hasPrefix("### Plan changes: ⚠️ 2 weakening · 1 neutral · 1 plan changed"))
    }

    @Test func aPlanWithErrorsAfterIsLeftOutAndTheRunFails() throws {
        let repository = try ScriptedRepository.example()
        try repository.copy(countdown.fixtures + "/broken-plan.yaml", to: "plans/broken-plan.yaml")
        let result = try repository.countdown("diff", "HEAD")
        #expect(result.status == 1)
        #expect(result.stderr.contains("In the working tree: 1 error in 1 file; plans in it are not compared"))
        #expect(result.stderr.contains("plans/broken-plan.yaml:8:9: error:"))
        #expect(result.stdout.hasPrefix("No plan changes from HEAD"))
        #expect(
            result.stdout.contains(
                "Not compared, because of errors (countdown lint shows them): plans/broken-plan.yaml"))
    }

    @Test func problemsThatStopTheCommandExitTwoWithAReason() throws {
        let repository = try ScriptedRepository.example()
        let unknown = try repository.countdown("diff", "no-such-branch")
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("git has no commit 'no-such-branch'"))

        let half = try repository.countdown("diff", "--from", "plans")
        #expect(half.status == 2)
        #expect(half.stderr.contains("--from and --to go together"))

        try FileManager.default.removeItem(atPath: repository.path + "/.git")
        let notGit = try repository.countdown("diff")
        #expect(notGit.status == 2)
        #expect(notGit.stderr.contains("is not in a git repository; compare two folders with --from DIR --to DIR"))
    }
}
