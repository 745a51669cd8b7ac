import Foundation
import PlanModel
import Progress
import TestSupport
import Testing

@testable import Tracking

/// Recording actuals and milestones, checking what users type.
struct RecordTests {
    let catalog = Fixture.catalog

    @Test(arguments: StoreBackend.allCases) func aSecondValueSupersedesTheFirstAndKeepsIt(on backend: StoreBackend)
        throws
    {
        let folder = try TemporaryFolder()
        let store = try folder.openStore(backend)
        let first = try catalog.actual(
            address: "tobacco-control/smoking-prevalence", date: "2009-09-30", value: "28.1", source: "IHS", note: nil)
        guard case .added(let old) = try store.record(first, provenance: Fixture.me) else {
            Issue.record("not added")
            return
        }
        var second = first
        second.value = 28.4
        guard case .superseded(let replaced, let new) = try store.record(second, provenance: Fixture.me) else {
            Issue.record("not superseded")
            return
        }
        #expect(replaced == old)
        #expect(new.supersedes == old.id)
        #expect(new.recordedBy == "tester" && new.origin == "record")
        #expect(new.recordedAt == "2010-03-31T01:46:40Z")
        // The same value again changes nothing.
        guard case .unchanged = try store.record(second, provenance: Fixture.me) else {
            Issue.record("recorded twice")
            return
        }
        let history = try store.actualHistory(planID: "tobacco-control", measureID: "smoking-prevalence")
        #expect(history.map(\.value) == [28.1, 28.4])
        let evidence = try store.evidence(for: ["tobacco-control"])
        #expect(
            evidence["tobacco-control"]?.actuals["smoking-prevalence"] == [
                Actual(date: Fixture.day("2009-09-30"), value: 28.4, source: "IHS")
            ])
    }

    @Test(arguments: StoreBackend.allCases) func aMilestoneAlreadyDoneIsRefusedUnlessCorrected(on backend: StoreBackend)
        throws
    {
        let folder = try TemporaryFolder()
        let store = try folder.openStore(backend)
        let done = try catalog.completion(address: "tobacco-control/pharmacy-les", date: "2009-07-14", note: nil)
        #expect(throws: Never.self) { try store.complete(done, provenance: Fixture.me).get() }
        var again = done
        again.date = Fixture.day("2009-07-21")
        guard case .failure(let problem) = try store.complete(again, provenance: Fixture.me) else {
            Issue.record("done twice")
            return
        }
        #expect(problem.rule == "already-done")
        #expect(problem.message == "'tobacco-control/pharmacy-les' is already done, on 2009-07-14")
        guard case .success(.superseded) = try store.complete(again, provenance: Fixture.me, correcting: true) else {
            Issue.record("not corrected")
            return
        }
        #expect(try store.completionHistory(planID: "tobacco-control", milestoneID: "pharmacy-les").count == 2)
        let evidence = try store.evidence(for: ["tobacco-control"])
        #expect(evidence["tobacco-control"]?.completions["pharmacy-les"]?.date == Fixture.day("2009-07-21"))
    }

    @Test func unknownNamesGetADidYouMean() {
        #expect(throws: EntryProblem.self) { try catalog.measure("tobacco-control/smoking-prevalance") }
        do {
            _ = try catalog.measure("tobacco-control/smoking-prevalance")
        } catch {
            #expect(error.rule == "unknown-measure")
            #expect(error.message.contains("did you mean 'tobacco-control/smoking-prevalence'?"))
        }
        do {
            _ = try catalog.milestone("tobaco-control/pharmacy-les")
        } catch {
            #expect(error.message == "there is no plan 'tobaco-control' (did you mean 'tobacco-control'?)")
        }
        do {
            _ = try catalog.measure("tobacco-control/pharmacy-les")
        } catch {
            #expect(error.message == "'tobacco-control/pharmacy-les' is a milestone, not a measure")
            #expect(error.hint?.contains("countdown done") == true)
        }
        do {
            _ = try catalog.measure("rm-quitters")
        } catch {
            #expect(error.rule == "invalid-address")
        }
    }

    @Test func valuesAndDatesAreChecked() {
        do {
            _ = try catalog.actual(
                address: "tobacco-control/rm-quitters", date: "2009-09-30", value: "1,710", source: nil, note: nil)
            Issue.record("accepted 1,710")
        } catch {
            #expect(error.rule == "invalid-number")
        }
        do {
            _ = try catalog.actual(
                address: "tobacco-control/rm-quitters", date: "2008-09-30", value: "1710", source: nil, note: nil)
            Issue.record("accepted a date outside the plan")
        } catch {
            #expect(error.rule == "date-outside-plan")
            #expect(
                error.message
                    == "2008-09-30 is outside plan 'tobacco-control', which runs from 2009-04-01 to 2011-03-31")
        }
        do {
            _ = try catalog.completion(address: "tobacco-control/pharmacy-les", date: "2009-02-30", note: nil)
            Issue.record("accepted 30 February")
        } catch {
            #expect(error.rule == "invalid-date")
        }
    }
}

/// The status reads actuals through SQLite's own calls, reusing a measure's
/// id and a source while they repeat: every row must still come out with
/// its own values, current ones only, in date order, per measure and plan.
struct EvidenceReadingTests {
    let catalog = Fixture.catalog

    @Test(arguments: StoreBackend.allCases) func eachRowKeepsItsOwnSourceNoteAndMeasure(on backend: StoreBackend) throws
    {
        let folder = try TemporaryFolder()
        let store = try folder.openStore(backend)
        let rows: [(String, String, String, String?, String?)] = [
            ("tobacco-control/smoking-prevalence", "2009-12-31", "28.3", "IHS", nil),
            ("tobacco-control/smoking-prevalence", "2009-09-30", "28.4", "IHS", "first"),
            ("tobacco-control/rm-quitters", "2009-09-30", "100", "IHS", nil),
            ("tobacco-control/rm-quitters", "2009-10-31", "110", nil, "no source"),
            ("tobacco-control/rm-quitters", "2009-11-30", "120", "", nil),
            ("tobacco-control/rm-quitters", "2009-12-31", "130", "Stop smoking service", nil),
            ("cancer/smoking-prevalence", "2009-09-30", "20", "IHS", nil),
            // Replaces the 28.4 above: only the later row counts.
            ("tobacco-control/smoking-prevalence", "2009-09-30", "28.6", "Survey", "corrected"),
        ]
        for (address, date, value, source, note) in rows {
            let entry = try catalog.actual(address: address, date: date, value: value, source: source, note: note)
            _ = try store.record(entry, provenance: Fixture.me)
        }
        let evidence = try store.evidence(for: ["tobacco-control", "cancer", "nothing-recorded"])
        let day = Fixture.day
        #expect(
            evidence["tobacco-control"]?.actuals == [
                "smoking-prevalence": [
                    Actual(date: day("2009-09-30"), value: 28.6, source: "Survey", note: "corrected"),
                    Actual(date: day("2009-12-31"), value: 28.3, source: "IHS"),
                ],
                "rm-quitters": [
                    Actual(date: day("2009-09-30"), value: 100, source: "IHS"),
                    Actual(date: day("2009-10-31"), value: 110, note: "no source"),
                    Actual(date: day("2009-11-30"), value: 120, source: ""),
                    Actual(date: day("2009-12-31"), value: 130, source: "Stop smoking service"),
                ],
            ])
        #expect(
            evidence["cancer"]?.actuals == [
                "smoking-prevalence": [Actual(date: day("2009-09-30"), value: 20, source: "IHS")]
            ])
        #expect(evidence["nothing-recorded"]?.actuals == [:])
    }
}
