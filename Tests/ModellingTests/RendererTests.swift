import Common
import Foundation
import LifeTables
import PlanModel
import Testing
import Workbench

@testable import Modelling

struct RendererTests {
    static func file() throws -> MortalityFile {
        try MortalityFile.load(path: TestWorkspace.dataFile, display: "data/mortality-2005-07.csv").get()
    }

    static func gap(_ sex: Sex) throws -> GapReport {
        let file = try file()
        return GapReport(
            area: "Manchester", comparator: "England", sex: sex, mortalityFile: file.display,
            areaSchedule: try file.schedule(for: "Manchester", sex: sex),
            comparatorSchedule: try file.schedule(for: "England", sex: sex))
    }

    @Test("Numbers print the same everywhere: fixed places, no grouping, never -0")
    func numbers() {
        #expect(NumberText.fixed(73.615_55, places: 2) == "73.62")
        #expect(NumberText.fixed(-0.000_04, places: 3) == "0.000")
        #expect(NumberText.fixed(-0.004, places: 2) == "0.00")
        #expect(NumberText.fixed(-0.006, places: 2) == "-0.01")
        #expect(NumberText.count(3950) == "3950")
        #expect(NumberText.count(12.25) == "12.25")
        #expect(NumberText.grouped(1_234_567.4) == "1,234,567")
        #expect(NumberText.grouped(-1_000) == "-1,000")
    }

    @Test("Life table CSV: the exact columns and one row per band")
    func lifeTableCSV() throws {
        let file = try Self.file()
        let report = LifeTableReport(
            population: "England", sex: .female, mortalityFile: file.display,
            schedule: try file.schedule(for: "England", sex: .female))
        let lines = LifeTableRenderer.render([report], as: .csv).split(separator: "\n")
        #expect(lines.first == "age_band,deaths,population,m,q,l,d,L,T,e,e_lower,e_upper")
        #expect(lines.count == 21)
        #expect(lines[1].hasPrefix("0,") && lines[1].split(separator: ",")[5] == "100000.00")
        #expect(lines.last?.hasPrefix("90+,") == true)
        // Every row has 12 fields; e lies between its limits.
        for line in lines.dropFirst() {
            let fields = line.split(separator: ",").map(String.init)
            #expect(fields.count == 12)
            let limits = (lower: Double(fields[10]) ?? .infinity, upper: Double(fields[11]) ?? -.infinity)
            let e = try #require(Double(fields[9]))
            #expect(limits.lower <= e)
            #expect(e <= limits.upper)
        }
        // Issue 18 item 13: e is not rounded to 4 decimals; the cell parses back to the exact Double.
        let table = try #require(try? report.result.get())
        let first = lines[1].split(separator: ",").map(String.init)
        #expect((first[9].split(separator: ".").last?.count ?? 0) > 4)
        #expect(Double(first[9]) == table.rows[0].lifeExpectancy)
        #expect(Double(first[10]) == table.rows[0].lowerConfidenceLimit)
    }

    @Test("Gap CSV: the exact columns, one row per band and cause, summing to the gap")
    func gapCSV() throws {
        let gap = try Self.gap(.male)
        let lines = GapRenderer.render([gap], as: .csv).split(separator: "\n")
        #expect(lines.first == "age_band,cause,contribution")
        #expect(lines.count == 1 + 20 * 8)
        let total = lines.dropFirst().compactMap { Double($0.split(separator: ",")[2]) }.reduce(0, +)
        let exact = try #require(gap.decomposition?.gap)
        #expect(abs(total - exact) < 160 * 5e-7)
        let causes = lines.dropFirst().prefix(8).map { String($0.split(separator: ",")[1]) }
        #expect(causes == CauseGroup.allCases.map(\.rawValue))
    }

    @Test("Gap text names every cause group and both life expectancies with their limits")
    func gapText() throws {
        let text = GapRenderer.render([try Self.gap(.female)], as: .text)
        for cause in CauseGroup.allCases { #expect(text.contains(cause.title)) }
        #expect(text.contains("England minus Manchester"))
        #expect(text.split(separator: "\n").contains { $0.hasPrefix("  Manchester") && $0.contains(" to ") })
        #expect(!text.split(separator: "\n").contains { $0.hasSuffix(" ") })
    }

    @Test("An unreliable life table is a statement, not numbers, in every format")
    func unreliable() throws {
        let schedule = MortalitySchedule(
            populationYears: Dictionary(uniqueKeysWithValues: AgeBand.all.map { ($0, 100.0) }),
            deaths: Dictionary(uniqueKeysWithValues: AgeBand.all.map { ($0, [CauseGroup.other: 1.0]) }))
        let report = LifeTableReport(population: "Tiny", sex: .male, mortalityFile: "t.csv", schedule: schedule)
        #expect(!report.isReliable)
        let text = LifeTableRenderer.render([report], as: .text)
        #expect(text.contains("cannot be calculated reliably"))
        #expect(text.contains("more than 5,000"))
        #expect(!text.contains("Life expectancy at birth:"))
        #expect(LifeTableRenderer.render([report], as: .csv) == LifeTableReport.csvHeader + "\n")
        let json = try JSONSerialization.jsonObject(with: Data(LifeTableRenderer.render([report], as: .json).utf8))
        let table = try #require(((json as? [String: Any])?["lifeTables"] as? [[String: Any]])?.first)
        #expect(table["reliable"] as? Bool == false)
        #expect((table["rows"] as? [Any])?.isEmpty == true)
    }

    @Test("JSON is the same text on every run (keys sorted)")
    func deterministicJSON() throws {
        let first = GapRenderer.render([try Self.gap(.male), try Self.gap(.female)], as: .json)
        let second = GapRenderer.render([try Self.gap(.male), try Self.gap(.female)], as: .json)
        #expect(first == second)
        #expect(first.contains("\"byAgeBand\""))
    }

    @Test("Plans CSV: the exact columns, a row per plan and sex, totals against the target")
    func plansCSV() throws {
        let workspace = try TestWorkspace()
        defer { workspace.remove() }
        let loaded = try workspace.load()
        let config = try #require(loaded.config)
        let file = try Self.file()
        let timing = try #require(EffectTiming(workspace: config))
        let model = try #require(ContributionModel(mortality: file.data, area: "Manchester", timing: timing))
        let report = PlansReport(
            model: model, plans: loaded.plans, workspace: config, goal: try #require(config.lifeExpectancy),
            mortalityFile: file.display, sexes: Sex.allCases)
        let lines = GapRenderer.render([], plans: report, as: .csv).split(separator: "\n").map(String.init)
        #expect(lines.first == "plan,sex,declared,modelled,target")
        #expect(lines.count == 1 + 4 * 2 + 2)
        #expect(lines.contains("no-impact,male,0.500,,"))
        #expect(
            lines.suffix(2).map { $0.split(separator: ",", omittingEmptySubsequences: false).last } == [
                "0.400", "0.300",
            ])
        #expect(abs(report.totalDeclared(.male) - (0.35 + 0.008 + 0.03 + 0.5)) < 1e-12)
    }
}
