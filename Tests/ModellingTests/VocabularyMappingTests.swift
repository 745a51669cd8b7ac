import LifeTables
import PlanModel
import Testing

@testable import Modelling

struct VocabularyMappingTests {
    @Test("Plans and life tables share one cause group type, spelt as the files spell it")
    func causeGroups() {
        #expect(
            CauseGroup.allCases.map(\.rawValue) == [
                "circulatory", "cancer", "respiratory", "digestive", "external", "mental-behavioural",
                "deaths-under-28-days", "other",
            ])
    }

    @Test("male, female and persons keep their meaning")
    func sexes() {
        #expect(ImpactSex.allCases.map { SexSelection($0).rawValue } == ["male", "female", "persons"])
        #expect(SexSelection(ImpactSex.persons).sexes == [.male, .female])
    }

    @Test(
        "Decoded age ranges become the same life-table bands",
        arguments: [(35...74, "35-74"), (75...Int.max, "75+"), (0...0, "0"), (0...4, "0-4"), (90...Int.max, "90+")])
    func ageRanges(ages: ClosedRange<Int>, text: String) throws {
        let range = try #require(AgeRange(planAges: ages))
        #expect(range.description == text)
        #expect(range == (try AgeRange(parsing: text)))
    }

    @Test("Ranges off the band boundaries are refused", arguments: [36...74, 35...72, 91...Int.max])
    func offBoundaries(ages: ClosedRange<Int>) {
        #expect(AgeRange(planAges: ages) == nil)
    }
}
