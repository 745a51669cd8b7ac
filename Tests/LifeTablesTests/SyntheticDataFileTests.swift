import Foundation
import PlanModel
import TestSupport
import Testing

@testable import LifeTables

/// Checks the synthetic data/mortality-2005-07.csv shipped with the
/// repository: it must parse cleanly and keep the gap it was designed with.
struct SyntheticDataFileTests {
    static func load() throws -> MortalityData {
        let url = URL(fileURLWithPath: SourceTree.root + "/data/mortality-2005-07.csv")
        return try MortalityData(csv: String(contentsOf: url, encoding: .utf8))
    }

    @Test("The file parses with every population, sex, band and cause present")
    func fileParses() throws {
        let data = try Self.load()
        #expect(data.populations == ["Manchester", "England"])
        #expect(data.rows.count == 2 * 2 * 20 * 8)
    }

    @Test(
        "Gaps are 3.5–4.5 years (male) and 2.5–3.5 (female), mostly circulatory, cancer and respiratory",
        arguments: [(Sex.male, 3.5...4.5), (Sex.female, 2.5...3.5)])
    func gapIsAsDesigned(sex: Sex, expectedGap: ClosedRange<Double>) throws {
        let data = try Self.load()
        let area = try #require(data.schedule(for: "Manchester", sex: sex))
        let comparator = try #require(data.schedule(for: "England", sex: sex))
        let decomposition = try GapDecomposition.arriaga(area: area, comparator: comparator).get()
        #expect(expectedGap.contains(decomposition.gap))
        let bigThree = [CauseGroup.circulatory, .cancer, .respiratory].reduce(0) {
            $0 + decomposition.contribution(of: $1)
        }
        #expect(bigThree / decomposition.gap > 0.6)
    }
}
