import Foundation

/// One CSV record: its fields and where each starts.
public struct CSVRow: Sendable, Hashable {
    /// 1-based line of the record's first character.
    public var line: Int
    public var fields: [String]
    /// 1-based column of each field's first character.
    public var columns: [Int]
}

/// An RFC 4180 reader that keeps what was written, all rows at once.
///
/// Quoted fields keep their text exactly (commas, doubled quotes, line
/// breaks and surrounding spaces included); unquoted fields are trimmed of
/// spaces and tabs, which spreadsheets add and nobody means. LF, CRLF and
/// lone CR end records; a UTF-8 byte-order mark is skipped; blank lines are
/// skipped. LifeTables has a similar reader, but it trims quoted fields too,
/// which would lose a note's spaces on a round trip.
///
/// It is `CSVScanner` (which `import` uses one record at a time) with every
/// field made a `String`: for small files and tests.
public struct CSVReader: Sendable {
    public private(set) var rows: [CSVRow] = []
    /// The line where a quoted field starts that is never closed, if any.
    public private(set) var unterminatedQuoteLine: Int?

    public init(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            var scanner = CSVScanner(bytes)
            while scanner.next() {
                let indexes = 0..<scanner.fieldCount
                rows.append(
                    CSVRow(
                        line: scanner.recordLine,
                        fields: indexes.map { String(decoding: scanner.field($0), as: UTF8.self) },
                        columns: indexes.map { scanner.column($0) }))
            }
            unterminatedQuoteLine = scanner.unterminatedQuoteLine
        }
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
