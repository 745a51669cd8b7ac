import Foundation
import Testing

@testable import Reporting

/// CSV that opens safely in a spreadsheet.
struct CSVTests {
    @Test(arguments: ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx", "=HYPERLINK(\"http://x\",\"y\")"])
    func aTextCellThatWouldStartAFormulaIsNeutralised(_ text: String) {
        let field = CSVTable.field(.text(text))
        #expect(field.hasPrefix("'") || field.hasPrefix("\"'"), "\(field) would run as a formula")
    }

    @Test func numbersAndDatesAreLeftAsValues() {
        #expect(CSVTable.field(.number(-0.5)) == "-0.5")
        #expect(CSVTable.field(.integer(-12)) == "-12")
        #expect(CSVTable.field(.date(ReportFixture.day("2010-03-31"))) == "2010-03-31")
        #expect(CSVTable.field(.text(nil)) == "")
    }

    @Test func quotingFollowsRFC4180() {
        #expect(CSVTable.field(.text("plain")) == "plain")
        #expect(CSVTable.field(.text("a,b")) == "\"a,b\"")
        #expect(CSVTable.field(.text("say \"hi\"")) == "\"say \"\"hi\"\"\"")
        #expect(CSVTable.field(.text("two\nlines")) == "\"two\nlines\"")
        var table = CSVTable(columns: ["a", "b"])
        table.append([.text("x"), .integer(1)])
        #expect(table.render() == "\u{FEFF}a,b\r\nx,1\r\n")
    }

    /// The issue's case: a plan title starting with `=` arrives neutralised.
    @Test func aPlanTitleStartingWithEqualsArrivesNeutralised() throws {
        let files = ReportRenderer().render(try ReportFixture.report(), formats: [.csv])
        let summary = try #require(files.first { $0.name == "hwb-2010-03-31-summary.csv" })
        let rows = Self.parse(summary.text)
        let header = rows[0]
        let title = try #require(header.firstIndex(of: "title"))
        let infant = try #require(rows.first { $0.count > title && $0[3] == "infant" })
        #expect(infant[title] == "'=HYPERLINK(\"https://example.invalid\",\"Infant mortality\")")
        // Every text cell in every table: none may start a formula.
        for file in files {
            for row in Self.parse(file.text).dropFirst() {
                for cell in row where cell.first.map({ "=+@\t\r".contains($0) }) ?? false {
                    Issue.record("\(file.name): the cell \(cell) would start a formula")
                }
            }
        }
    }

    @Test func everyRowHasEveryColumn() throws {
        for file in ReportRenderer().render(try ReportFixture.report(), formats: [.csv]) {
            let rows = Self.parse(file.text)
            #expect(rows.count > 1, "\(file.name) has no rows")
            #expect(rows.allSatisfy { $0.count == rows[0].count }, "\(file.name) has ragged rows")
        }
    }

    /// A strict RFC 4180 reader, to check what a spreadsheet would see.
    static func parse(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var characters = Array(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text)[...]
        while let character = characters.popFirst() {
            if quoted {
                if character == "\"" {
                    if characters.first == "\"" {
                        field.append("\"")
                        characters.removeFirst()
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(character)
                }
            } else if character == "\"" {
                quoted = true
            } else if character == "," {
                row.append(field)
                field = ""
            } else if character == "\r\n" || character == "\n" {
                row.append(field)
                rows.append(row)
                row = []
                field = ""
            } else {
                field.append(character)
            }
        }
        return rows
    }
}
