import Common
import Foundation
import PlanModel
import TestSupport
import Testing

@testable import Tracking

/// Import reads, checks and writes a file one row at a time inside one
/// transaction, in batches: a bad row anywhere, even the last of thousands,
/// still means nothing is written and every bad row is reported; what is
/// written is exactly what the file says, whichever way each row was read.
struct StreamingImportTests {
    let catalog = Fixture.catalog
    static let header = "measure,date,value,source,note\n"
    /// The fixture's measures in export order (plan, then measure).
    static let addresses = [
        "cancer/rm-quitters", "cancer/smoking-prevalence", "tobacco-control/rm-quitters",
        "tobacco-control/smoking-prevalence",
    ]

    /// `count` good rows in export order, with awkward values, sources and
    /// notes (quoted, multi-line, doubled quotes, long numbers) from a seed.
    static func rows(_ count: Int, seed: UInt64 = 2009) -> [String] {
        var generator = SplitMix64(seed: seed)
        let texts = [
            "", "", "Monthly return", "IHS, Q1", "say \"hi\"", " padded ", "two\nlines", "cr\r\nlf", "ünïcødé ✓",
            "a\tb",
        ]
        let start = Fixture.day("2009-04-01")
        let perAddress = (count + addresses.count - 1) / addresses.count
        return (0..<count).map { index in
            let value =
                Double.random(in: -1...1, using: &generator) * pow(10, Double.random(in: -6...12, using: &generator))
            return CSVWriter.line([
                addresses[index / perAddress], start.adding(days: index % perAddress).description,
                ExchangeNumber.format(index % 7 == 0 ? value.rounded() : value),
                texts.randomElement(using: &generator)!, texts.randomElement(using: &generator)!,
            ])
        }
    }

    func importing(_ text: String, into store: TrackingStore, skipBad: Bool = false) throws -> ImportResult {
        try store.importFile(text: text, file: "big.csv", catalog: catalog, recordedBy: "tester", skipBad: skipBad)
    }

    func summary(_ problems: [Diagnostic]) -> [String] {
        problems.map { "\($0.location.line):\($0.location.column) \($0.rule): \($0.message)" }
    }

    @Test(arguments: StoreBackend.allCases) func aBigAwkwardFileIsWrittenExactlyAsItSays(on backend: StoreBackend)
        throws
    {
        let folder = try TemporaryFolder()
        let store = try folder.openStore(backend)
        let text = Self.header + Self.rows(2_001).joined()
        let result = try importing(text, into: store)
        #expect(result.problems.isEmpty && result.written)
        #expect(result.rowCount == 2_001 && result.added == 2_001)
        #expect(try store.exportActuals() == text)
        let history = try store.actualHistory(planID: "cancer", measureID: "rm-quitters")
        #expect(history.first?.origin == "import big.csv:2")
        #expect(history.first?.recordedBy == "tester")
        #expect(ImportFile(text: text, file: "big.csv", catalog: catalog).entryCount == 2_001)
    }

    @Test(arguments: StoreBackend.allCases) func aBadRowLateInABigFileRollsBackEverything(on backend: StoreBackend)
        throws
    {
        let folder = try TemporaryFolder()
        let store = try folder.openStore(backend)
        let text = Self.header + Self.rows(2_000).joined() + "tobacco-control/rm-quitters,2011-03-31,lots,,\n"
        let refused = try importing(text, into: store)
        #expect(!refused.written && refused.added == 0 && refused.rowCount == 2_001)
        let line = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).count - 1
        #expect(summary(refused.problems) == ["\(line):40 invalid-number: 'lots' is not a number"])
        #expect(try store.exportActuals() == Self.header)
        let skipped = try importing(text, into: store, skipBad: true)
        #expect(skipped.written && skipped.added == 2_000 && skipped.problems.count == 1)
        #expect(try store.exportActuals() == Self.header + Self.rows(2_000).joined())
    }

    @Test(arguments: StoreBackend.allCases) func everyBadRowIsReportedNotJustTheFirst(on backend: StoreBackend) throws {
        let folder = try TemporaryFolder()
        let store = try folder.openStore(backend)
        // One line per row, so that lines are easy to count.
        var rows = Self.rows(600).map { row in
            String(row.dropLast()).replacingOccurrences(of: "\r\n", with: " ")
                .replacingOccurrences(of: "\n", with: " ") + "\n"
        }
        rows[3] = "tobacco-control/rm-quitter,2009-09-30,1710,,\n"
        rows[300] = "cancer/rm-quitters,2009-13-01,1,,\n"
        rows[598] = rows[1]
        rows[599] = "cancer/rm-quitters,2009-09-30\n"
        let result = try importing(Self.header + rows.joined(), into: store)
        #expect(!result.written)
        #expect(
            summary(result.problems) == [
                "5:1 unknown-measure: plan 'tobacco-control' has no measure 'rm-quitter' (did you mean 'tobacco-control/rm-quitters'?)",
                "302:20 invalid-date: '2009-13-01' is not a date",
                "600:1 duplicate-row: cancer/rm-quitters on 2009-04-02 is already on line 3",
                "601:1 wrong-field-count: this row has 2 fields but the header has 5",
            ])
        #expect(try store.exportActuals() == Self.header)
    }

    @Test(arguments: StoreBackend.allCases) func aFileTwiceOverReportsEveryRepeatWithTheLineItRepeats(
        on backend: StoreBackend
    ) throws {
        let folder = try TemporaryFolder()
        let store = try folder.openStore(backend)
        // One line per row, so that lines are easy to count.
        let rows = Self.rows(400).map { row in
            String(row.dropLast()).replacingOccurrences(of: "\r\n", with: " ")
                .replacingOccurrences(of: "\n", with: " ") + "\n"
        }
        let result = try importing(Self.header + rows.joined() + rows.joined(), into: store, skipBad: true)
        #expect(result.written && result.added == 400 && result.problems.count == 400)
        let expected = (0..<400).map { index in
            let fields = CSVReader(rows[index]).rows[0].fields
            return "\(index + 402):1 duplicate-row: \(fields[0]) on \(fields[1]) is already on line \(index + 2)"
        }
        #expect(summary(result.problems) == expected)
        let exported = CSVReader(try store.exportActuals()).rows.map(\.fields)
        #expect(exported == CSVReader(Self.header + rows.joined()).rows.map(\.fields))
    }

    @Test(arguments: StoreBackend.allCases) func aQuoteLeftOpenAtTheEndUndoesEveryRowEvenWhenSkipping(
        on backend: StoreBackend
    ) throws {
        let folder = try TemporaryFolder()
        let store = try folder.openStore(backend)
        let text = Self.header + Self.rows(1_000).joined() + "cancer/rm-quitters,\"2009-09-30,1,,\n"
        let result = try importing(text, into: store, skipBad: true)
        #expect(!result.written && result.format == nil && result.rowCount == 0)
        #expect(result.problems.count == 1 && result.problems[0].rule == "file-format")
        #expect(result.problems[0].message.hasSuffix("is never closed"))
        #expect(try store.exportActuals() == Self.header)
    }

    @Test(arguments: StoreBackend.allCases) func aBrokenHeaderIsReportedUnlessAQuoteIsLeftOpenLater(
        on backend: StoreBackend
    ) throws {
        let folder = try TemporaryFolder()
        let store = try folder.openStore(backend)
        let open = try importing("measure,dates,value\ncancer/rm-quitters,2009-09-30,\"1\n", into: store)
        #expect(summary(open.problems) == ["2:1 file-format: a quoted field starting on line 2 is never closed"])
        let header = try importing("measure,dates,value\ncancer/rm-quitters,2009-09-30,1\n", into: store)
        #expect(header.format == .actuals && header.problems.allSatisfy { $0.rule == "file-header" })
        #expect(header.problems.count == 2 && !header.written)
    }

    @Test(arguments: StoreBackend.allCases) func reimportingABigFileChangesNothingAndChangedRowsSupersede(
        on backend: StoreBackend
    ) throws {
        let folder = try TemporaryFolder()
        let store = try folder.openStore(backend)
        let rows = Self.rows(1_500)
        _ = try importing(Self.header + rows.joined(), into: store)
        let again = try importing(Self.header + rows.joined(), into: store)
        #expect(again.written && again.added == 0 && again.superseded == 0 && again.unchanged == 1_500)
        // A new value for one row, a new note for another: two supersede, the rest are unchanged.
        var changed = rows
        changed[10] = "cancer/rm-quitters,2009-04-11,12345.5,Monthly return,\n"
        changed[1_200] = CSVWriter.line(CSVReader(Self.header + rows[1_200]).rows[1].fields.prefix(4) + ["revised"])
        let third = try importing(Self.header + changed.joined(), into: store)
        #expect(third.written && third.added == 0 && third.superseded == 2 && third.unchanged == 1_498)
        #expect(try store.exportActuals() == Self.header + changed.joined())
        let history = try store.actualHistory(planID: "cancer", measureID: "rm-quitters")
        #expect(history.filter { $0.date == "2009-04-11" }.count == 2)
    }

    @Test(arguments: StoreBackend.allCases) func textsAreComparedAsRecordComparesThem(on backend: StoreBackend) throws {
        let folder = try TemporaryFolder()
        let store = try folder.openStore(backend)
        _ = try importing(Self.header + "cancer/rm-quitters,2009-12-31,5,caf\u{E9},\n", into: store)
        // The same words in another Unicode form say the same; a different note does not.
        let same = try importing(Self.header + "cancer/rm-quitters,2009-12-31,5,cafe\u{301},\n", into: store)
        #expect(same.unchanged == 1 && same.added == 0 && same.superseded == 0)
        let noted = try importing(Self.header + "cancer/rm-quitters,2009-12-31,5,caf\u{E9},new\n", into: store)
        #expect(noted.superseded == 1)
        let cleared = try importing(Self.header + "cancer/rm-quitters,2009-12-31,5,,\n", into: store)
        #expect(cleared.superseded == 1)
        #expect(try store.actualHistory(planID: "cancer", measureID: "rm-quitters").count == 3)
    }

    @Test func quickNumbersAgreeWithTheFullCheck() {
        var generator = SplitMix64(seed: 53)
        var texts = [
            "0", "-0", "5.", ".5", "-.5", "-", ".", "", "1.2.3", "+4", "1e3", "00012.50", "9007199254740992",
            "9007199254740993", "0.1", "123456789012345678901234", "0.0000000000000000000001",
            "0.00000000000000000000001", "-9007199254740991.5", "1,710", " 4", "4 ",
        ]
        for _ in 0..<5_000 {
            let value =
                Double.random(in: -1...1, using: &generator) * pow(10, Double.random(in: -12...18, using: &generator))
            texts.append(ExchangeNumber.format(value))
            texts.append(String(format: "%.\(Int.random(in: 0...9, using: &generator))f", value))
        }
        for var text in texts {
            let quick = text.withUTF8 { ExchangeNumber.quickParse($0) }
            if let quick {
                let full = ExchangeNumber.parse(text)
                #expect(full?.bitPattern == quick.bitPattern, "\(text)")
            }
        }
        var plain = "25.9"
        #expect(plain.withUTF8 { ExchangeNumber.quickParse($0) } == 25.9)
    }

    @Test func quickDatesAgreeWithDayISO() {
        let texts = [
            "2009-12-31", "2009-13-01", "2009-02-29", "2008-02-29", "0000-01-01", "0001-01-01", "9999-12-31",
            "2009-1-01", "2009/12/31", "2009-12-3a", " 2009-12-31", "2009-12-310", "", "2009-00-10", "2009-04-00",
        ]
        for var text in texts {
            let quick = text.withUTF8 { PackedDay.parse($0) }
            #expect(quick.map(PackedDay.unpack) == Day(iso: text), "\(text)")
        }
    }

    @Test func theMeasureTableFindsWhatTheCatalogFinds() {
        let table = MeasureTable(catalog)
        for var address in Self.addresses + [
            "cancer/pharmacy-les", "cancer", "nope/rm-quitters", "cancer/rm-quitters/",
        ] {
            let slot = address.withUTF8 { table.slot($0) }
            let found = try? catalog.measure(address)
            #expect(slot.map { table.entries[$0].addressText } == found.map { "\($0.plan.id)/\($0.measure.id)" })
        }
    }
}
