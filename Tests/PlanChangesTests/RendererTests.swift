import Foundation
import PlanChanges
import PlanModel
import TestSupport
import Testing

/// The outputs are views of one change set: Markdown for a pull request,
/// GitHub annotations, JSON and text.
@Suite struct RendererTests {
    /// Two slips and a lowered target on the fixture workspace.
    func slipsAndTarget() throws -> ChangeSet {
        let repository = try ScriptedRepository()
        var changes = try repository.changes(
            in: "plans/smoking.yaml",
            [
                ("due: 2009-06-30", "due: 2009-09-30"), ("due: 2010-01-31", "due: 2010-03-31"),
                ("target: { date: 2011-03-31, value: 25.5 }", "target: { date: 2011-03-31, value: 26.0 }"),
            ])
        changes.from = "abc1234"
        changes.to = "the working tree"
        return changes
    }

    @Test func markdownHasASummaryLineATablePerPlanAndTheTotals() throws {
        let markdown = ChangeFormat.md.render(try slipsAndTarget())
        let expected = """
            ### Plan changes: ⚠️ 3 weakening · 1 plan changed

            From abc1234 to the working tree; 1 plan unchanged.

            #### ⚠️ Tobacco control (`smoking`)

            `plans/smoking.yaml`

            | Review | Change | Before | After | By |
            | --- | --- | --- | --- | --- |
            | ⚠️ weakening | Outcome prevalence target less ambitious — _lower is better_ | 25.5% | 26% | +0.5% |
            | ⚠️ weakening | Milestone pharmacy-contract slipped | 2009-06-30 | 2009-09-30 | +92 days |
            | ⚠️ weakening | Milestone hotline slipped | 2010-01-31 | 2010-03-31 | +59 days |

            #### Life-expectancy contributions

            Declared by the plans that are not drafts, in years of the gap closed, against the workspace's target.

            | Sex | Target | Before | After | |
            | --- | ---: | ---: | ---: | --- |
            | Males | 0.1 | 0.11 (110%) | 0.11 (110%) | meets the target |
            | Females | 0.1 | 0.1 (100%) | 0.1 (100%) | meets the target |

            """
        #expect(markdown == expected)
    }

    @Test func markdownIsTheSameEveryTime() throws {
        let changes = try slipsAndTarget()
        #expect(ChangeFormat.md.render(changes) == ChangeFormat.md.render(changes))
        #expect(ChangeFormat.json.render(changes) == ChangeFormat.json.render(changes))
    }

    @Test func planTextCannotBreakTheTableOrInjectHTML() throws {
        let repository = try ScriptedRepository()
        let changes = try repository.changes(
            in: "plans/smoking.yaml",
            [("title: Tobacco control", "title: Tobacco | control <script>alert(1)</script> *now*")])
        let markdown = ChangeFormat.md.render(changes)
        #expect(!markdown.contains("<script>"))
        #expect(markdown.contains("Tobacco \\| control &lt;script&gt;alert(1)&lt;/script&gt; \\*now\\*"))
        let row = try #require(markdown.split(separator: "\n").first { $0.contains("Plan title changed") })
        // Six unescaped pipes: five cells.
        #expect(row.replacing("\\|", with: "").filter { $0 == "|" }.count == 6)
    }

    @Test func longListsAreCollapsedButWeakeningStaysInView() throws {
        let repository = try ScriptedRepository()
        var edits: [(String, String)] = [("due: 2009-06-30", "due: 2009-07-31")]
        edits += [
            ("title: Pharmacy contract re-let", "title: Pharmacy contract re-let in full"),
            ("title: Evening clinics in 20 wards", "title: Evening clinics in 20 wards, 6-9pm"),
            ("title: Illicit tobacco hotline live", "title: Illicit tobacco hotline and web form live"),
            ("evidence: NICE PH10 }", "evidence: NICE PH10 (2008) }"),
            ("evidence: Clinics in 12 of 20 wards", "evidence: Clinics in 13 of 20 wards"),
            ("description: Pharmacies cannot staff", "description: Pharmacists cannot staff"),
            ("summary: Cut smoking in", "summary: Reduce smoking in"),
            ("title: Adult smoking prevalence\n", "title: Adult smoking prevalence (18+)\n"),
            ("statement: Deliver 3,400", "statement: Achieve 3,400"),
            ("contribution: Stop-smoking sessions in 70", "contribution: Stop-smoking sessions in 72"),
        ]
        let changes = try repository.changes(in: "plans/smoking.yaml", edits)
        #expect(changes.counts == SeverityCounts(weakening: 1, neutral: 10))
        let markdown = ChangeFormat.md.render(changes)
        let details = try #require(markdown.range(of: "<details><summary>10 neutral changes</summary>"))
        let slip = try #require(markdown.range(of: "Milestone pharmacy-contract slipped"))
        #expect(slip.lowerBound < details.lowerBound)
        #expect(markdown.contains("</details>"))
    }

    @Test func githubAnnotationsPointAtTheChangedLines() throws {
        let changes = try slipsAndTarget()
        let lines = ChangeFormat.github.render(changes).split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(
            lines[1]
                == "::warning file=plans/smoking.yaml,line=44,col=14,title=countdown diff%3A milestone-moved (weakening)"
                + "::smoking: Milestone pharmacy-contract slipped: 2009-06-30 → 2009-09-30 (+92 days)")
        let failing = ChangeFormat.github.render(changes, failing: true)
        #expect(failing.hasPrefix("::error file=plans/smoking.yaml,line=16,col=38,"))
        #expect(failing.contains("25.5%25 → 26%25"))
    }

    @Test func jsonCarriesTheChangesWithTheirNumbers() throws {
        let json = ChangeFormat.json.render(try slipsAndTarget())
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["version"] as? Int == 1)
        #expect((object["counts"] as? [String: Int])?["weakening"] == 3)
        let plans = try #require(object["plans"] as? [[String: Any]])
        let changes = try #require(plans.first?["changes"] as? [[String: Any]])
        #expect(changes.map { $0["kind"] as? String } == ["target-changed", "milestone-moved", "milestone-moved"])
        #expect(changes.compactMap { $0["days"] as? Int } == [92, 59])
        #expect(changes[0]["amount"] as? Double == 0.5)
    }

    @Test func textStartsEachChangeWithItsLocation() throws {
        let text = ChangeFormat.text.render(try slipsAndTarget())
        let lines = text.split(separator: "\n").map(String.init)
        #expect(
            lines[0]
                == "Plan changes from abc1234 to the working tree: 1 plan changed, 1 unchanged; "
                + "3 weakening, 0 strengthening, 0 neutral.")
        #expect(
            lines.contains(
                "  plans/smoking.yaml:44:14: weakening: Milestone pharmacy-contract slipped: 2009-06-30 → 2009-09-30 (+92 days)"
            ))
        #expect(
            lines.contains("  males: 0.11 years declared, unchanged, against a target of 0.1 years; meets the target"))
    }

    @Test func noChangesSaysSo() throws {
        let repository = try ScriptedRepository()
        try repository.commit("nothing")
        var changes = try repository.changes()
        changes.from = "main"
        changes.to = "HEAD"
        #expect(
            ChangeFormat.md.render(changes).hasPrefix("### Plan changes: none\n\nFrom main to HEAD; 2 plans unchanged.")
        )
        #expect(ChangeFormat.github.render(changes) == "")
    }
}

extension RendererTests {
    @Test func aTotalFallingBelowTheTargetIsFlaggedOnceInTheContributionsTable() throws {
        let repository = try ScriptedRepository()
        let changes = try repository.changes(
            in: "plans/smoking.yaml",
            [("contribution: { male: 0.06, female: 0.05 }", "contribution: { male: 0.03, female: 0.05 }")])
        let markdown = ChangeFormat.md.render(changes)
        #expect(!markdown.contains("#### Workspace"))
        #expect(markdown.contains("| Males | 0.1 | 0.11 (110%) | 0.08 (80%) | ⚠️ now below the target |"))
        let text = ChangeFormat.text.render(changes)
        #expect(
            text.contains(
                "  countdown.yaml:7:11: weakening: males: 0.11 → 0.08 years declared against a target of 0.1 years; "
                    + "now below the target"))
        #expect(ChangeFormat.github.render(changes).contains("::warning file=countdown.yaml,line=7,col=11,"))
    }
}
