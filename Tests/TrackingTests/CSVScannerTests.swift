import Common
import Foundation
import TestSupport
import Testing

@testable import Tracking

/// The byte-level CSV reader reads exactly what the reader it replaced read:
/// the same fields, lines, columns and unclosed quote, on awkward files
/// built at random and on the edge cases by name.
struct CSVScannerTests {
    /// What each reader makes of `text`, as one comparable value.
    static func read(_ text: String) -> [String] {
        let reader = CSVReader(text)
        return reader.rows.map { "\($0.line) \($0.columns) \($0.fields.map { Array($0.utf8) })" }
            + ["open: \(reader.unterminatedQuoteLine ?? 0)"]
    }

    static func reference(_ text: String) -> [String] {
        let reader = ScalarCSVReader(text)
        return reader.rows.map { "\($0.line) \($0.columns) \($0.fields.map { Array($0.utf8) })" }
            + ["open: \(reader.unterminatedQuoteLine ?? 0)"]
    }

    @Test(arguments: [
        "", "\n", "\r\n\r\n", "a", "a,", ",", "\u{FEFF}a,b\nc,d", "\u{FEFF}", "a\rb\r\nc\nd", "  \n\t\n x , y \n",
        "\"\"\n\"\",\"\"\n", "\"a\"\"b\",c", "  \"q\" ,x", "\"a\" b \"c\",d", "ab\"c,d\"e", "\"open", "a,\"open\nmore",
        "\"x\"\"", "\"two\r\nlines\",é,\"ü\nñ\",z\n✓,\"a\"", "a,b\n\n\n\"c\nd\"\n", "\"\"\"\"", " \" a \" ", "\"a\"\r",
        "x,\"\"\"\",y\r\nz", "é,\"é\",  é  \n\u{301}x,y",
    ])
    func namedEdgeCasesReadAsBefore(_ text: String) {
        #expect(Self.read(text) == Self.reference(text))
    }

    @Test func randomAwkwardFilesReadAsBefore() {
        let pieces = [
            "a", "bc", " ", "\t", ",", "\"", "\"\"", "\n", "\r", "\r\n", "é", "✓", "1.5", "\u{FEFF}", "x y", "\u{301}",
        ]
        var generator = SplitMix64(seed: 4180)
        for _ in 0..<3000 {
            let count = Int.random(in: 0...40, using: &generator)
            let text = (0..<count).map { _ in pieces.randomElement(using: &generator)! }.joined()
            #expect(Self.read(text) == Self.reference(text), "\(text.debugDescription)")
        }
    }

    @Test func aQuotedFieldWithDoubledQuotesIsCopiedAndTheRestPointIntoTheFile() {
        var text = "\"say \"\"hi\"\"\",plain,\"tail\"end\n\"x\",\"\"\"\"\n"
        text.withUTF8 { bytes in
            var scanner = CSVScanner(bytes)
            var records: [[String]] = []
            var copied: [[Bool]] = []
            while scanner.next() {
                records.append((0..<scanner.fieldCount).map { scanner.text($0) })
                copied.append((0..<scanner.fieldCount).map { scanner.range($0) == nil })
            }
            #expect(records == [["say \"hi\"", "plain", "tailend"], ["x", "\""]])
            #expect(copied == [[true, false, true], [false, true]])
        }
    }

    @Test func recordsComeOneAtATimeWithTheirPosition() {
        var text = "h1,h2\r\n1,2\r\n\r\n3,4"
        text.withUTF8 { bytes in
            var scanner = CSVScanner(bytes)
            var lines: [Int] = []
            var positions: [Int] = []
            while scanner.next() {
                lines.append(scanner.recordLine)
                positions.append(scanner.position)
            }
            #expect(lines == [1, 2, 4])
            #expect(positions == [7, 12, 17])
            #expect(scanner.count == 17)
        }
    }
}

/// The reader `CSVScanner` replaced, kept as the definition of what reading
/// means: it walks Unicode scalars and makes a `String` per field.
struct ScalarCSVReader {
    var rows: [CSVRow] = []
    var unterminatedQuoteLine: Int?

    init(_ text: String) {
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        var line = 1
        var column = 1
        var row = CSVRow(line: 1, fields: [], columns: [])
        var field = String.UnicodeScalarView()
        var fieldColumn = 1
        var quoted = false
        var inQuotes = false
        var quoteLine = 1
        var rows: [CSVRow] = []

        func endField() {
            row.fields.append(quoted ? String(field) : Self.trimmed(String(field)))
            row.columns.append(fieldColumn)
            field = String.UnicodeScalarView()
            quoted = false
        }
        func endRow() {
            endField()
            if !(row.fields.count == 1 && row.fields[0].isEmpty && row.columns.count == 1) || inQuotes {
                rows.append(row)
            }
            row = CSVRow(line: line, fields: [], columns: [])
        }

        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            let next: Unicode.Scalar? = index + 1 < scalars.count ? scalars[index + 1] : nil
            index += 1
            if inQuotes {
                switch scalar {
                case "\"" where next == "\"":
                    field.append("\"")
                    index += 1
                    column += 2
                case "\"":
                    inQuotes = false
                    column += 1
                case "\r", "\n":
                    if scalar == "\r", next == "\n" { index += 1 }
                    field.append(contentsOf: scalar == "\r" && next == "\n" ? Array("\r\n".unicodeScalars) : [scalar])
                    line += 1
                    column = 1
                default:
                    field.append(scalar)
                    column += 1
                }
                continue
            }
            switch scalar {
            case ",":
                endField()
                column += 1
                fieldColumn = column
            case "\r", "\n":
                if scalar == "\r", next == "\n" { index += 1 }
                line += 1
                endRow()
                column = 1
                fieldColumn = 1
            case "\"" where !quoted && Self.trimmed(String(field)).isEmpty:
                field = String.UnicodeScalarView()
                quoted = true
                inQuotes = true
                quoteLine = line
                column += 1
            default:
                field.append(scalar)
                column += 1
            }
        }
        if inQuotes { unterminatedQuoteLine = quoteLine }
        if !(row.fields.isEmpty && field.isEmpty && !quoted) || inQuotes { endRow() }
        self.rows = rows
    }

    static func trimmed(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let start = scalars.firstIndex(where: { $0 != " " && $0 != "\t" }),
            let end = scalars.lastIndex(where: { $0 != " " && $0 != "\t" })
        else { return "" }
        return String(scalars[start...end])
    }
}
