import Foundation
import TestSupport
import Testing

/// End to end: `countdown lifetable`.
@Suite(.serialized)
struct LifeTableCommandTests {
    @Test func theAreasTableIsTheDefaultInTheExampleWorkspace() throws {
        let result = try countdown.run(["lifetable", "--sex", "male"], in: SourceTree.root)
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "Life table: Manchester, males (data/mortality-2005-07.csv)")
        let headline = try #require(lines.first { $0.hasPrefix("Life expectancy at birth: ") })
        #expect(headline.contains("years (95% confidence interval "))
        #expect(lines.contains { $0.hasPrefix("  90+ ") })
    }

    @Test func csvHasTheExactColumnsAndOneRowPerBand() throws {
        let result = try countdown.run(
            ["lifetable", "--population", "England", "--sex", "female", "--format", "csv"],
            in: SourceTree.root)
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.first == "age_band,deaths,population,m,q,l,d,L,T,e,e_lower,e_upper")
        #expect(lines.count == 21)
        #expect(lines.map { $0.prefix { $0 != "," } }.dropFirst().first == "0")
        #expect(lines.last?.hasPrefix("90+,") == true)
    }

    @Test func tooSmallAPopulationIsAStatementNotNumbers() throws {
        let result = try countdown.run(
            ["lifetable", "--mortality", "unreliable.csv", "--population", "Tiny", "--sex", "male"],
            in: countdown.fixtures)
        #expect(result.status == 1)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.first == "Life table: Tiny, males (unreliable.csv)")
        #expect(lines.allSatisfy { $0.count <= 100 })
        #expect(
            lines.dropFirst().joined(separator: " ")
                == "Life expectancy for Tiny (males) cannot be calculated reliably from unreliable.csv, so no life "
                + "table is shown. The population is 4000 person-years; life expectancy needs more than 5,000 to "
                + "be reliable. Pool more years or a larger area.")
    }

    @Test func noDeathsAtNinetyPlusGivesTheHeaderOnlyInCSVAndTheReasonOnStandardError() throws {
        let result = try countdown.run(
            [
                "lifetable", "--mortality", "unreliable.csv", "--population", "Quiet", "--sex", "female", "--format",
                "csv",
            ],
            in: countdown.fixtures)
        #expect(result.status == 1)
        #expect(result.stdout == "age_band,deaths,population,m,q,l,d,L,T,e,e_lower,e_upper\n")
        #expect(result.stderr.contains("There are no deaths at ages 90+"))
    }

    @Test func csvNeedsOneSex() throws {
        let result = try countdown.run(["lifetable", "--format", "csv"], in: SourceTree.root)
        #expect(result.status == 2)
        #expect(result.stderr == "countdown: CSV holds one life table: pass --sex male or --sex female\n")
    }
}
