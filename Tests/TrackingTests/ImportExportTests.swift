import Foundation
import PlanModel
import TestSupport
import Testing

@testable import Tracking

/// Import checks every row, writes a file whole or not at all, and reads
/// back exactly what export writes.
struct ImportExportTests {
    let catalog = Fixture.catalog

    func check(_ text: String) -> ImportFile { ImportFile(text: text, file: "data/in.csv", catalog: catalog) }

    func summary(_ problems: [Diagnostic]) -> [String] {
        problems.map { "\($0.location.line):\($0.location.column) \($0.rule): \($0.message)" }
    }

    @Test func everyBadRowIsReportedWithItsLineAndReason() {
        let file = check(
            """
            measure,date,value,source,note
            tobacco-control/smoking-prevalence,2009-09-30,28.1,IHS,
            tobacco-control/smoking-prevalance,2009-09-30,28.1,IHS,
            tobacco-control/rm-quitters,2009-09-30,"1,710",,
            tobacco-control/rm-quitters,2009-13-01,1710,,
            tobacco-control/rm-quitters,2008-12-31,1710,,
            tobacco-control/smoking-prevalence,2009-09-30,28.2,IHS,
            tobacco-control/rm-quitters,2009-12-31,1710
            tobacco-control/rm-quitters,,1710,,

            """)
        #expect(file.format == .actuals)
        #expect(file.rowCount == 8)
        #expect(file.entryCount == 1)
        #expect(
            summary(file.problems) == [
                "3:1 unknown-measure: plan 'tobacco-control' has no measure 'smoking-prevalance' (did you mean 'tobacco-control/smoking-prevalence'?)",
                "4:40 invalid-number: '1,710' is not a number",
                "5:29 invalid-date: '2009-13-01' is not a date",
                "6:29 date-outside-plan: 2008-12-31 is outside plan 'tobacco-control', which runs from 2009-04-01 to 2011-03-31",
                "7:1 duplicate-row: tobacco-control/smoking-prevalence on 2009-09-30 is already on line 2",
                "8:1 wrong-field-count: this row has 3 fields but the header has 5",
                "9:29 missing-value: the 'date' field is empty",
            ])
        #expect(!file.hasFileProblem)
    }

    @Test(arguments: StoreBackend.allCases) func nothingIsWrittenWhenARowIsBadUnlessSkipping(on backend: StoreBackend)
        throws
    {
        let folder = try TemporaryFolder()
        let store = try folder.openStore(backend)
        let file = check(
            """
            measure,date,value
            tobacco-control/smoking-prevalence,2009-09-30,28.1
            tobacco-control/rm-quitters,2009-09-30,lots
            """)
        let refused = try store.importFile(file, recordedBy: "tester", skipBad: false)
        #expect(!refused.written && refused.added == 0 && refused.problems.count == 1)
        #expect(try store.exportActuals() == "measure,date,value,source,note\n")
        let skipped = try store.importFile(file, recordedBy: "tester", skipBad: true)
        #expect(skipped.written && skipped.added == 1 && skipped.problems.count == 1)
        let history = try store.actualHistory(planID: "tobacco-control", measureID: "smoking-prevalence")
        #expect(history.first?.origin == "import data/in.csv:2")
    }

    @Test(arguments: StoreBackend.allCases) func aBrokenHeaderImportsNothingEvenWhenSkipping(on backend: StoreBackend)
        throws
    {
        let folder = try TemporaryFolder()
        let store = try folder.openStore(backend)
        let file = check("measure,dates,value\ntobacco-control/smoking-prevalence,2009-09-30,28.1\n")
        #expect(file.hasFileProblem)
        #expect(
            summary(file.problems) == [
                "1:1 file-header: the header has no 'date' column",
                "1:9 file-header: unknown column 'dates' (did you mean 'date'?)",
            ])
        #expect(!(try store.importFile(file, recordedBy: "tester", skipBad: true)).written)
        #expect(
            summary(check("when,what\n").problems) == ["1:1 file-format: the header does not name an exchange format"])
        #expect(summary(check("measure,date,value\n\"open,2009,1\n").problems).first?.contains("never closed") == true)
    }

    @Test(arguments: StoreBackend.allCases) func importingTheSameFileTwiceAddsNothing(on backend: StoreBackend) throws {
        let folder = try TemporaryFolder()
        let store = try folder.openStore(backend)
        let text = """
            milestone,completed,note
            tobacco-control/pharmacy-les,2009-07-14,"Signed with 68; 2 more, in September"
            """
        let first = try store.importFile(check(text), recordedBy: "tester", skipBad: false)
        #expect(first.added == 1)
        let second = try store.importFile(check(text), recordedBy: "tester", skipBad: false)
        #expect(second.written && second.added == 0 && second.unchanged == 1)
        // A different completion date for a milestone already done is a bad row, found in the transaction.
        let moved = try store.importFile(
            check("milestone,completed\ntobacco-control/pharmacy-les,2009-07-20\n"), recordedBy: "tester",
            skipBad: false)
        #expect(!moved.written)
        #expect(
            summary(moved.problems) == [
                "2:1 already-done: 'tobacco-control/pharmacy-les' is already done, on 2009-07-14"
            ])
    }

    @Test(arguments: StoreBackend.allCases) func exportThenImportIntoAFreshStoreThenExportGivesIdenticalFiles(
        on backend: StoreBackend
    ) throws {
        let folder = try TemporaryFolder()
        let store = try folder.openStore(backend)
        let actuals = #"""
            measure,date,value,source,note
            tobacco-control/smoking-prevalence,2009-06-30,28.8,"Integrated Household Survey, Q1",
            tobacco-control/smoking-prevalence,2009-09-30,28.6,IHS,"He said ""provisional"""
            tobacco-control/rm-quitters,2009-12-31,1710,Stop smoking service return," Q3 cumulative
            second line"
            cancer/rm-quitters,2010-03-31,0.000015,,ünïcødé ✓
            cancer/smoking-prevalence,2009-12-31,-2.5,,
            """#
        _ = try store.importFile(check(actuals), recordedBy: "tester", skipBad: false)
        // A correction: the exported file holds the current value only.
        _ = try store.record(
            try catalog.actual(
                address: "tobacco-control/smoking-prevalence", date: "2009-09-30", value: "28.5", source: "IHS",
                note: "revised"), provenance: Fixture.me)
        _ = try store.importFile(
            check(
                "milestone,completed,note\ncancer/pharmacy-les,2009-08-01,\ntobacco-control/pharmacy-les,2009-07-14,\"a,b\"\n"
            ),
            recordedBy: "tester", skipBad: false)
        let exported = (try store.exportActuals(), try store.exportMilestones())
        #expect(exported.0.contains("tobacco-control/smoking-prevalence,2009-09-30,28.5,IHS,revised\n"))

        let fresh = try TemporaryFolder()
        let other = try fresh.openStore(backend)
        let a = try other.importFile(check(exported.0), recordedBy: "someone else", skipBad: false)
        let m = try other.importFile(check(exported.1), recordedBy: "someone else", skipBad: false)
        #expect(a.problems.isEmpty && m.problems.isEmpty)
        #expect(try other.exportActuals() == exported.0)
        #expect(try other.exportMilestones() == exported.1)
        // And importing the export into the store it came from changes nothing.
        #expect(try store.importFile(check(exported.0), recordedBy: "tester", skipBad: false).unchanged == 5)
    }
}
