import Foundation

/// One CSV record: its fields and where each starts.
public struct CSVRow: Sendable, Hashable {
    /// 1-based line of the record's first character.
    public var line: Int
    public var fields: [String]
    /// 1-based column of each field's first character.
    public var columns: [Int]
}

/// An RFC 4180 reader that keeps what was written.
///
/// Quoted fields keep their text exactly (commas, doubled quotes, line
/// breaks and surrounding spaces included); unquoted fields are trimmed of
/// spaces and tabs, which spreadsheets add and nobody means. LF, CRLF and
/// lone CR end records; a UTF-8 byte-order mark is skipped; blank lines are
/// skipped. It walks Unicode scalars because Swift treats "\r\n" as one
/// `Character`, which would hide line ends. LifeTables has a similar
/// reader, but it trims quoted fields too, which would lose a note's
/// spaces on a round trip.
public struct CSVReader: Sendable {
    public private(set) var rows: [CSVRow] = []
    /// The line where a quoted field starts that is never closed, if any.
    public private(set) var unterminatedQuoteLine: Int?

    public init(_ text: String) {
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
                // Text after a closing quote is kept, as spreadsheets do.
                field.append(scalar)
                column += 1
            }
        }
        if inQuotes { unterminatedQuoteLine = quoteLine }
        if !(row.fields.isEmpty && field.isEmpty && !quoted) || inQuotes { endRow() }
    }

    static func trimmed(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let start = scalars.firstIndex(where: { $0 != " " && $0 != "\t" }),
            let end = scalars.lastIndex(where: { $0 != " " && $0 != "\t" })
        else { return "" }
        return String(scalars[start...end])
    }
}

/// Writes RFC 4180 CSV that `CSVReader` reads back exactly: a field is
/// quoted when it holds a comma, a quote or a line break, or starts or ends
/// with a space or tab; quotes are doubled; records end with LF.
public enum CSVWriter {
    public static func line(_ fields: [String]) -> String {
        fields.map(quoted).joined(separator: ",") + "\n"
    }

    static func quoted(_ field: String) -> String {
        let scalars = field.unicodeScalars
        let needsQuotes =
            scalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
            || scalars.first.map { $0 == " " || $0 == "\t" } == true
            || scalars.last.map { $0 == " " || $0 == "\t" } == true
        guard needsQuotes else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
