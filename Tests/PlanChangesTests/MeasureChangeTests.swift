import PlanChanges
import PlanModel
import TestSupport
import Testing

/// Targets, baselines, trajectories, tolerances and wording of measures,
/// each from a scripted commit.
@Suite struct MeasureChangeTests {
    let smoking = "plans/smoking.yaml"

    @Test func aTargetRaisedWhereLowerIsBetterIsLessAmbitious() throws {
        let repository = try ScriptedRepository()
        let changes = try repository.changes(
            in: smoking,
            [("target: { date: 2011-03-31, value: 25.5 }", "target: { date: 2011-03-31, value: 26.5 }")])
        let change = try changes.only(.targetChanged)
        #expect(change.severity == .weakening)
        #expect(change.title == "Outcome prevalence target less ambitious")
        #expect(change.before == "25.5%")
        #expect(change.after == "26.5%")
        #expect(change.difference == "+1%")
        #expect(change.amount == 1)
        #expect(change.subject == "smoking/prevalence")
        #expect(change.location == SourceLocation(file: "plans/smoking.yaml", line: 16, column: 38))
        #expect(changes.counts == SeverityCounts(weakening: 1))
    }

    @Test func aTargetRaisedWhereHigherIsBetterIsMoreAmbitious() throws {
        let repository = try ScriptedRepository()
        let changes = try repository.changes(
            in: smoking,
            [("target: { date: 2011-03-31, value: 3400 }", "target: { date: 2011-03-31, value: 3600 }")])
        let change = try changes.only(.targetChanged)
        #expect(change.severity == .strengthening)
        #expect(change.title == "Objective quitters target more ambitious")
        #expect(change.difference == "+200 people")
    }

    @Test func aTargetDateMovedLaterIsWeakening() throws {
        let repository = try ScriptedRepository()
        let changes = try repository.changes(
            in: smoking,
            [("target: { date: 2011-03-31, value: 3400 }", "target: { date: 2011-06-30, value: 3400 }")])
        let change = try changes.only(.targetDateChanged)
        #expect(change.severity == .weakening)
        #expect(change.days == 91)
        #expect(change.difference == "+91 days")
    }

    @Test func aRestatedBaselineIsNeutralAndSaysWhatTheTargetNowAsks() throws {
        let repository = try ScriptedRepository()
        let changes = try repository.changes(
            in: smoking,
            [("baseline: { date: 2008-03-31, value: 29.0 }", "baseline: { date: 2008-03-31, value: 28.0 }")])
        let change = try changes.only(.baselineChanged)
        #expect(change.severity == .neutral)
        #expect(change.before == "29% on 2008-03-31")
        #expect(change.after == "28% on 2008-03-31")
        #expect(change.note == "the improvement the target asks for goes from 3.5% to 2.5%")
    }

    @Test func aTrajectoryPointMadeEasierIsWeakeningAndOneMadeHarderStrengthening() throws {
        let repository = try ScriptedRepository()
        let changes = try repository.changes(
            in: smoking,
            [
                ("{ date: 2009-09-30, value: 28.2 }", "{ date: 2009-09-30, value: 28.6 }"),
                ("{ date: 2010-03-31, value: 27.4 }", "{ date: 2010-03-31, value: 27.0 }"),
            ])
        let moved = changes.changes(.trajectoryPointMoved)
        #expect(moved.map(\.severity) == [.weakening, .strengthening])
        #expect(moved.map(\.difference) == ["+0.4%", "-0.4%"])
        #expect(moved[0].before == "28.2% on 2009-09-30")
    }

    @Test func trajectoryPointsAddedRemovedAndMovedInDateAreJudgedAgainstTheOldLine() throws {
        let repository = try ScriptedRepository()
        // The 2009-09-30 point moves three months later at the same value: a slower path.
        // A new point above the old line (lower is better) eases the path too.
        let changes = try repository.changes(
            in: smoking,
            [
                ("{ date: 2009-09-30, value: 28.2 }", "{ date: 2009-12-31, value: 28.2 }"),
                (
                    "    - { date: 2010-03-31, value: 27.4 }\n",
                    "    - { date: 2010-03-31, value: 27.4 }\n    - { date: 2010-09-30, value: 27.0 }\n"
                ),
            ])
        let moved = try changes.only(.trajectoryPointMoved)
        #expect(moved.severity == .weakening)
        #expect(moved.days == 92)
        let added = try changes.only(.trajectoryPointAdded)
        #expect(added.severity == .weakening)
        #expect(added.note?.hasPrefix("less ambitious than the line before, which expected 26.45%") == true)
    }

    @Test func aRemovedTrajectoryPointIsJudgedByWhereTheNewLineRuns() throws {
        let repository = try ScriptedRepository()
        // Without the 2009-09-30 point the line runs straight from 29 (2008-03-31) to 27.4
        // (2010-03-31): about 27.8 on 2009-09-30, lower than 28.2, so more ambitious there.
        let changes = try repository.changes(in: smoking, [("    - { date: 2009-09-30, value: 28.2 }\n", "")])
        let removed = try changes.only(.trajectoryPointRemoved)
        #expect(removed.severity == .strengthening)
        #expect(removed.before == "28.2% on 2009-09-30")
        #expect(removed.note == "the line now expects 27.8% on 2009-09-30: more ambitious")
    }

    @Test func aWiderToleranceIsWeakening() throws {
        let repository = try ScriptedRepository()
        let changes = try repository.changes(in: smoking, [("tolerance: 3%", "tolerance: 5%")])
        let change = try changes.only(.toleranceChanged)
        #expect(change.severity == .weakening)
        #expect(change.title == "Outcome prevalence tolerance widened")
        #expect(change.before == "3%")
        #expect(change.after == "5%")
    }

    @Test func aRewordedObjectiveShowsTheOldAndNewText() throws {
        let repository = try ScriptedRepository()
        let changes = try repository.changes(
            in: smoking,
            [
                (
                    "statement: Deliver 3,400 four-week quitters in 2010/11",
                    "statement: Deliver 3,400 four-week quitters in 2010/11, half from routine and manual groups"
                )
            ])
        let change = try changes.only(.measureReworded)
        #expect(change.severity == .neutral)
        #expect(change.title == "Objective quitters reworded")
        #expect(change.before == "Deliver 3,400 four-week quitters in 2010/11")
        #expect(change.after == "Deliver 3,400 four-week quitters in 2010/11, half from routine and manual groups")
    }

    @Test func aFlippedDirectionIsARedefinitionAndTheTargetIsNotJudged() throws {
        let repository = try ScriptedRepository()
        let changes = try repository.changes(
            in: smoking,
            [
                (
                    "    better: higher\n        baseline: { date: 2009-03-31, value: 2100 }",
                    "    better: lower\n        baseline: { date: 2009-03-31, value: 2100 }"
                ),
                ("target: { date: 2011-03-31, value: 3400 }", "target: { date: 2011-03-31, value: 1500 }"),
            ])
        #expect(try changes.only(.measureRedefined).note == "figures before and after may not compare")
        #expect(try changes.only(.targetChanged).severity == .neutral)
    }

    @Test func objectivesAddedRemovedAndReowned() throws {
        let repository = try ScriptedRepository()
        let changes = try repository.changes(
            in: smoking,
            [
                (
                    "owner: { role: Service Manager, organisation: pct }\n    milestones:",
                    "owner: { role: Head of Commissioning, organisation: pct }\n    milestones:"
                )
            ])
        let reowned = try changes.only(.ownerChanged)
        #expect(reowned.before == "Service Manager, pct")
        #expect(reowned.after == "Head of Commissioning, pct")

        let text = try repository.read(smoking)
        let start = try #require(text.range(of: "    objectives:\n"))
        let end = try #require(text.range(of: "    milestones:\n      - id: pharmacy-contract"))
        let objectives = String(text[start.lowerBound..<end.lowerBound])
        try repository.edit(smoking, objectives, "")
        try repository.edit(
            smoking, "    milestones:\n      - id: hotline",
            objectives.replacingOccurrences(of: "id: quitters", with: "id: seizures")
                + "    milestones:\n      - id: hotline")
        try repository.commit("move the objective")
        let moved = try repository.changes()
        let removed = try moved.only(.objectiveRemoved)
        #expect(removed.severity == .weakening)
        #expect(removed.subject == "smoking/quitters")
        #expect(removed.note == "its target was 3400 people by 2011-03-31")
        #expect(try moved.only(.objectiveAdded).subject == "smoking/seizures")
    }
}
