import Foundation
import LifeTables
import PlanModel
import Testing
import Workbench

@testable import Modelling

struct MortalityFileTests {
    static func temporaryFile(_ text: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("mortality-\(UUID().uuidString).csv")
            .path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test("The repository's data file loads, with its text for messages")
    func loads() throws {
        let file = try MortalityFile.load(path: TestWorkspace.dataFile, display: "data/m.csv").get()
        #expect(file.display == "data/m.csv")
        #expect(file.data.populations == ["Manchester", "England"])
        #expect(file.source.hasPrefix("population,sex,age_band"))
    }

    @Test("A missing file cannot be read: the command stops with the system's reason")
    func missing() {
        guard
            case .failure(.unreadable(let display, let reason)) = MortalityFile.load(
                path: "/nonexistent/m.csv", display: "m.csv")
        else {
            Issue.record("expected unreadable")
            return
        }
        #expect(display == "m.csv")
        #expect(reason == "No such file or directory")
    }

    @Test("Problems in the contents become diagnostics at their line and column")
    func problemsHaveLocations() throws {
        let path = try Self.temporaryFile(
            "population,sex,age_band,cause,deaths,population_years\nManchester,male,0,cardio,21,3950\n")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let result = MortalityFile.load(path: path, display: "bad.csv")
        guard case .failure(let failure) = result else {
            Issue.record("expected invalid")
            return
        }
        let first = try #require(failure.diagnostics.first)
        #expect(first.location == SourceLocation(file: "bad.csv", line: 2, column: 19))
        #expect(first.rule == "mortality-data")
        #expect(first.message.contains("Did you mean circulatory?"))
        #expect(failure.sources["bad.csv"]?.contains("cardio") == true)
        #expect(failure.message.hasSuffix("in the mortality file bad.csv"))
    }

    @Test("Text that is not UTF-8 is reported at line 1")
    func notUTF8() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("latin1-\(UUID().uuidString).csv").path
        try Data([0x70, 0xE9, 0x0A]).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        guard case .failure(let failure) = MortalityFile.load(path: path, display: "l.csv") else {
            Issue.record("expected invalid")
            return
        }
        #expect(failure.diagnostics.map(\.location) == [SourceLocation(file: "l.csv", line: 1, column: 1)])
    }

    @Test("Looking up a population that is not there suggests the closest name and lists the others")
    func lookup() throws {
        let file = try MortalityFile.load(path: TestWorkspace.dataFile, display: "m.csv").get()
        #expect(throws: Never.self) { try file.schedule(for: "England", sex: .female) }
        do {
            _ = try file.schedule(for: "Manchster", sex: .male)
            Issue.record("expected a lookup error")
        } catch {
            #expect(
                error.description
                    == "m.csv has no population 'Manchster' (did you mean 'Manchester'?); it has: Manchester, England")
        }
    }
}
