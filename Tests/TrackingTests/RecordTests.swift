import Foundation
import PlanModel
import Progress
import Testing

@testable import Tracking

/// Recording actuals and milestones, checking what users type.
struct RecordTests {
    let catalog = Fixture.catalog

    @Test func aSecondValueSupersedesTheFirstAndKeepsIt() throws {
        let folder = try TemporaryFolder()
        let store = try folder.openStore()
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

    @Test func aMilestoneAlreadyDoneIsRefusedUnlessCorrected() throws {
        let folder = try TemporaryFolder()
        let store = try folder.openStore()
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
