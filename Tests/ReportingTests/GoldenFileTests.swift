import Foundation
import Testing

@testable import Reporting

/// Each format pinned for the hostile fixture, with a previous report so
/// that every section (changes included) has something in it.
struct GoldenFileTests {
    @Test(arguments: ReportFormat.allCases)
    func eachFormatIsPinned(_ format: ReportFormat) throws {
        let report = try ReportFixture.report()
        let files = ReportRenderer().render(report, formats: [format])
        #expect(files.count == (format == .csv ? 4 : 1))
        for file in files {
            try snapshots.assert(file.text, named: file.name)
        }
    }

    @Test func theSameInputsGiveTheSameBytes() throws {
        let first = ReportRenderer().render(try ReportFixture.report(), formats: ReportFormat.allCases)
        let second = ReportRenderer().render(try ReportFixture.report(), formats: ReportFormat.allCases)
        #expect(first.map(\.name) == second.map(\.name))
        #expect(first == second)
        #expect(
            first.map(\.name).sorted()
                == ReportFormat.allCases.flatMap { $0.fileNames(stem: "hwb-2010-03-31") }.sorted())
    }

    @Test func theJSONIsTheModelItselfAndReadsBack() throws {
        let report = try ReportFixture.report()
        let json = JSONReportRenderer.render(report)
        let decoded = try JSONDecoder().decode(BoardReport.self, from: Data(json.utf8))
        #expect(decoded == report)
        #expect(json.contains("\"version\" : 1"))
    }

    @Test func aBoardWithNoPlansStillGetsAPack() throws {
        let report = try ReportFixture.report(previous: false, board: "children")
        #expect(report.plans.isEmpty)
        let markdown = ReportRenderer().markdown(report)
        #expect(markdown.contains("No plans report to this board."))
        #expect(markdown.contains("This is the first report to the board"))
    }
}
