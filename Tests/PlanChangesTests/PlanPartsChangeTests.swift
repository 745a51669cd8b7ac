import PlanChanges
import PlanModel
import TestSupport
import Testing

/// Milestones, interventions, leads, partners, the Christmas Tree and
/// risks, each from a scripted commit.
@Suite struct PlanPartsChangeTests {
    let smoking = "plans/smoking.yaml"

    @Test func aMilestoneMovedLaterIsASlipWithItsDays() throws {
        let repository = try ScriptedRepository()
        let changes = try repository.changes(in: smoking, [("due: 2009-06-30", "due: 2009-09-30")])
        let slip = try changes.only(.milestoneMoved)
        #expect(slip.severity == .weakening)
        #expect(slip.title == "Milestone pharmacy-contract slipped")
        #expect(slip.before == "2009-06-30")
        #expect(slip.after == "2009-09-30")
        #expect(slip.days == 92)
        #expect(slip.difference == "+92 days")
        #expect(slip.location?.line == 44)
    }

    @Test func aMilestoneBroughtForwardIsStrengthening() throws {
        let repository = try ScriptedRepository()
        let changes = try repository.changes(in: smoking, [("due: 2010-01-31", "due: 2010-01-30")])
        let move = try changes.only(.milestoneMoved)
        #expect(move.severity == .strengthening)
        #expect(move.title == "Milestone hotline brought forward")
        #expect(move.difference == "-1 day")
    }

    @Test func milestonesAddedRemovedReownedAndReworded() throws {
        let repository = try ScriptedRepository()
        let changes = try repository.changes(
            in: smoking,
            [
                (
                    "      - id: evening-clinics\n        title: Evening clinics in 20 wards\n        due: 2009-09-30\n"
                        + "        owner: { role: Service Manager, organisation: pct }\n",
                    "      - id: weekend-clinics\n        title: Weekend clinics in 10 wards\n        due: 2009-10-31\n"
                        + "        owner: { role: Service Manager, organisation: pct }\n"
                ),
                ("title: Pharmacy contract re-let", "title: Pharmacy contract re-let with 70 pharmacies"),
                (
                    "owner: { role: Head of Trading Standards, organisation: council }\nrisks:",
                    "owner: { role: Trading Standards Manager, organisation: council }\nrisks:"
                ),
            ])
        let removed = try changes.only(.milestoneRemoved)
        #expect(removed.severity == .weakening)
        #expect(removed.before == "Evening clinics in 20 wards, due 2009-09-30")
        let added = try changes.only(.milestoneAdded)
        #expect(added.severity == .neutral)
        #expect(added.after == "Weekend clinics in 10 wards, due 2009-10-31")
        #expect(try changes.only(.milestoneRetitled).after == "Pharmacy contract re-let with 70 pharmacies")
        let reowned = try changes.only(.milestoneReowned)
        #expect(reowned.subject == "smoking/hotline")
        #expect(reowned.after == "Trading Standards Manager, council")
    }

    @Test func aMilestoneMovedToAnotherInterventionIsRegroupedNotRemoved() throws {
        let repository = try ScriptedRepository()
        let block =
            "      - id: pharmacy-contract\n        title: Pharmacy contract re-let\n        due: 2009-06-30\n"
            + "        owner: { role: Head of Contracting, organisation: pct }\n"
        let changes = try repository.changes(
            in: smoking,
            [
                (block, ""),
                (
                    "        due: 2010-01-31\n        owner: { role: Head of Trading Standards, organisation: council }\n",
                    "        due: 2010-01-31\n        owner: { role: Head of Trading Standards, organisation: council }\n"
                        + block.replacingOccurrences(of: "2009-06-30", with: "2009-07-31")
                ),
            ])
        let regrouped = try changes.only(.regrouped)
        #expect(regrouped.before == "services")
        #expect(regrouped.after == "enforcement")
        #expect(try changes.only(.milestoneMoved).days == 31)
        #expect(changes.changes(.milestoneRemoved).isEmpty)
        #expect(changes.changes(.milestoneAdded).isEmpty)
    }

    @Test func leadsChanged() throws {
        let repository = try ScriptedRepository()
        let changes = try repository.changes(
            in: smoking,
            [
                (
                    "lead: { role: Consultant in Public Health, organisation: pct }",
                    "lead: { role: Director of Public Health, organisation: council }"
                ),
                (
                    "lead: { role: Service Manager, organisation: pct }",
                    "lead: { role: Service Lead, organisation: pct }"
                ),
            ])
        let leads = changes.changes(.leadChanged)
        #expect(leads.map(\.title) == ["Plan lead changed", "Intervention services lead changed"])
        #expect(leads[0].before == "Consultant in Public Health, pct")
        #expect(leads[0].after == "Director of Public Health, council")
        #expect(leads.allSatisfy { $0.severity == .neutral })
    }

    @Test func partnersAddedRemovedAndAmountsLowered() throws {
        let repository = try ScriptedRepository()
        let lowered = try repository.changes(in: smoking, [("value: 4200", "value: 3000")])
        let amount = try lowered.only(.partnerChanged)
        #expect(amount.severity == .weakening)
        #expect(amount.title == "Partner pharmacies (services) amount lowered")
        #expect(amount.difference == "-1200 quit attempts a year")

        let swapped = try repository.changes(
            in: smoking,
            [
                ("      - organisation: pharmacies\n", "      - organisation: police\n"),
                ("contribution: Stop-smoking sessions in 70 pharmacies", "contribution: Referrals from custody suites"),
            ])
        #expect(try swapped.only(.partnerRemoved).severity == .weakening)
        let added = try swapped.only(.partnerAdded)
        #expect(added.subject == "smoking/services/police")
        #expect(added.after == "Referrals from custody suites (3000 quit attempts a year)")
    }

    @Test func aRatingImprovedWithUnchangedEvidenceIsFlagged() throws {
        let repository = try ScriptedRepository()
        let changes = try repository.changes(
            in: smoking, [("{ rating: red, evidence: Few routine", "{ rating: amber, evidence: Few routine")])
        let change = try changes.only(.ratingChanged)
        #expect(change.severity == .weakening)
        #expect(change.title == "Rating of engaging-the-public (services) improved")
        #expect(change.note == "rating improved with unchanged evidence")
        #expect(change.before == "red")
        #expect(change.after == "amber")
        #expect(change.subject == "smoking/services/engaging-the-public")
    }

    @Test func aRatingImprovedWithNewEvidenceIsStrengthening() throws {
        let repository = try ScriptedRepository()
        let changes = try repository.changes(
            in: smoking,
            [
                (
                    "{ rating: red, evidence: Few routine and manual men use the service, value: 0.45 }",
                    "{ rating: amber, evidence: Routine and manual men are 48% of clients after the 2010 campaign, value: 0.45 }"
                )
            ])
        let change = try changes.only(.ratingChanged)
        #expect(change.severity == .strengthening)
        #expect(change.note == "new evidence: Routine and manual men are 48% of clients after the 2010 campaign")
        #expect(changes.changes(.ratingEvidenceChanged).isEmpty)
    }

    @Test func aWorseRatingIsAnHonestUpdateAndNewEvidenceAloneIsNeutral() throws {
        let repository = try ScriptedRepository()
        let changes = try repository.changes(
            in: smoking,
            [
                ("{ rating: green, evidence: NICE PH10 }", "{ rating: amber, evidence: NICE PH10 }"),
                ("evidence: Clinics in 12 of 20 wards", "evidence: Clinics in 14 of 20 wards"),
            ])
        #expect(try changes.only(.ratingChanged).severity == .neutral)
        let evidence = try changes.only(.ratingEvidenceChanged)
        #expect(evidence.severity == .neutral)
        #expect(evidence.after == "Clinics in 14 of 20 wards")
        #expect(!changes.hasWeakening)
    }

    @Test func aShareRaisedWithUnchangedEvidenceIsFlagged() throws {
        let repository = try ScriptedRepository()
        let changes = try repository.changes(in: smoking, [("value: 0.6 }", "value: 0.8 }")])
        let change = try changes.only(.ratingValueChanged)
        #expect(change.severity == .weakening)
        #expect(change.note == "share raised with unchanged evidence")
        #expect(change.difference == "+0.2")
    }

    @Test func risksAddedRescoredAndRemoved() throws {
        let repository = try ScriptedRepository()
        let rescored = try repository.changes(in: smoking, [("likelihood: 3", "likelihood: 2")])
        let change = try rescored.only(.riskRescored)
        #expect(change.severity == .neutral)
        #expect(change.title == "Risk capacity scored lower")
        #expect(change.before == "likelihood 3 × impact 4 = 12")
        #expect(change.after == "likelihood 2 × impact 4 = 8")
        #expect(change.amount == -4)

        let replaced = try repository.changes(
            in: smoking,
            [
                ("id: capacity", "id: funding"),
                ("description: Pharmacies cannot staff evening sessions", "description: Funding cut in year"),
            ])
        #expect(try replaced.only(.riskRemoved).subject == "smoking/capacity")
        #expect(try replaced.only(.riskAdded).after == "Funding cut in year (likelihood 2 × impact 4 = 8)")
    }

    @Test func interventionsAddedAndRemovedAreOneChangeEach() throws {
        let repository = try ScriptedRepository()
        let text = try repository.read(smoking)
        let start = try #require(text.range(of: "  - id: enforcement\n"))
        let end = try #require(text.range(of: "risks:\n"))
        let block = String(text[start.lowerBound..<end.lowerBound])
        try repository.edit(
            smoking, block, block.replacingOccurrences(of: "id: enforcement", with: "id: trading-standards"))
        try repository.commit("rename the intervention")
        let changes = try repository.changes()
        let removed = try changes.only(.interventionRemoved)
        #expect(removed.severity == .weakening)
        #expect(removed.before == "Enforcement against illicit tobacco (0 objectives, 1 milestone, 0 partners)")
        #expect(try changes.only(.interventionAdded).severity == .neutral)
        // The milestone is in the new intervention: regrouped, not removed.
        #expect(try changes.only(.regrouped).after == "trading-standards")
        #expect(removed.note == nil)
    }
}
