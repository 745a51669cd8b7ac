import PlanModel
import Testing

@testable import LifeTables

struct AgeBandTests {
    @Test("There are 20 bands with the standard labels and widths")
    func bandsAndWidths() {
        #expect(AgeBand.all.count == 20)
        #expect(AgeBand.all.map(\.label).prefix(4) == ["0", "1-4", "5-9", "10-14"])
        #expect(AgeBand.all.map(\.label).suffix(2) == ["85-89", "90+"])
        #expect(AgeBand.all.map(\.width) == [1, 4] + Array(repeating: 5, count: 17) + [nil])
        #expect(AgeBand.openEnded.isOpenEnded && AgeBand.openEnded.upperAge == nil)
        #expect(AgeBand.all.dropLast().allSatisfy { !$0.isOpenEnded })
    }

    @Test(
        "Labels parse, tolerating spaces and dashes from spreadsheets",
        arguments: [
            ("0", 0), ("1-4", 1), ("10-14", 3), ("10 – 14", 3), ("85-89", 18), ("90+", 19), ("90 +", 19),
        ])
    func labelsParse(text: String, index: Int) {
        #expect(AgeBand(label: text)?.index == index)
    }

    @Test("Text that is not a band does not parse", arguments: ["", "85+", "0-4", "1", "90", "5-10", "abc"])
    func nonBandsDoNotParse(text: String) {
        #expect(AgeBand(label: text) == nil)
    }

    @Test(
        "Age ranges map to the bands they cover",
        arguments: [
            ("35-74", "35-39", "70-74", 8), ("0-4", "0", "1-4", 2), ("75+", "75-79", "90+", 4),
            ("90+", "90+", "90+", 1), ("0", "0", "0", 1), ("1-4", "1-4", "1-4", 1), ("0-89", "0", "85-89", 19),
        ])
    func rangesParse(text: String, first: String, last: String, count: Int) throws {
        let range = try AgeRange(parsing: text)
        #expect(range.first.label == first && range.last.label == last)
        #expect(range.bands.count == count)
        #expect(range.description == text)
    }

    @Test("Ranges whose ends are not band boundaries are refused with the fix")
    func rangesOffBoundariesAreRefused() {
        #expect(throws: AgeRangeError(text: "35-72", reason: .endIsNotBandEnd(72))) { try AgeRange(parsing: "35-72") }
        #expect(throws: AgeRangeError(text: "33-74", reason: .startIsNotBandStart(33))) {
            try AgeRange(parsing: "33-74")
        }
        #expect(throws: AgeRangeError(text: "74-35", reason: .backwards)) { try AgeRange(parsing: "74-35") }
        #expect(throws: AgeRangeError(text: "77+", reason: .startIsNotBandStart(77))) { try AgeRange(parsing: "77+") }
        #expect(throws: AgeRangeError(text: "90-94", reason: .endIsNotBandEnd(94))) { try AgeRange(parsing: "90-94") }
        #expect(throws: AgeRangeError(text: "adults", reason: .notARange)) { try AgeRange(parsing: "adults") }
        let message = AgeRangeError(text: "35-72", reason: .endIsNotBandEnd(72)).message
        #expect(message.hasPrefix("72 is not the end of a life-table age band, so \"35-72\" cannot be matched"))
        #expect(message.contains("0, 4, 9, 14"))
    }

    @Test("Cause groups keep their file spellings and suggest close matches")
    func causeGroups() {
        #expect(
            CauseGroup.allCases.map(\.rawValue) == [
                "circulatory", "cancer", "respiratory", "digestive", "external", "mental-behavioural",
                "deaths-under-28-days", "other",
            ])
        #expect(CauseGroup.suggestion(for: "CVD") == .circulatory)
        #expect(CauseGroup.suggestion(for: "mental-behavioral") == .mentalBehavioural)
        #expect(CauseGroup.suggestion(for: "Respiratory") == .respiratory)
        #expect(CauseGroup.suggestion(for: "injuries") == .external)
        #expect(CauseGroup.suggestion(for: "xyzzy") == nil)
        #expect(Sex.suggestion(for: "Female") == .female)
        #expect(SexSelection.persons.sexes == [.male, .female])
    }
}
