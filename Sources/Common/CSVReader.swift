/// One CSV record: its fields and where each starts.
public struct CSVRow: Sendable, Hashable {
    /// 1-based line of the record's first character.
    public var line: Int
    public var fields: [String]
    /// 1-based column of each field's first character.
    public var columns: [Int]

    public init(line: Int, fields: [String], columns: [Int]) {
        (self.line, self.fields, self.columns) = (line, fields, columns)
    }
}

/// An RFC 4180 reader that keeps what was written, all rows at once: it is
/// `CSVScanner` (which import uses one record at a time) with every field
/// made a `String`, for small files (mortality data, tests).
public struct CSVReader: Sendable {
    public private(set) var rows: [CSVRow] = []
    /// The line where a quoted field starts that is never closed, if any.
    public private(set) var unterminatedQuoteLine: Int?

    public init(_ text: String) {
        var scanner = CSVScanner(Array(text.utf8))
        while scanner.next() {
            let indexes = 0..<scanner.fieldCount
            rows.append(
                CSVRow(
                    line: scanner.recordLine, fields: indexes.map { scanner.text($0) },
                    columns: indexes.map { scanner.column($0) }))
        }
        unterminatedQuoteLine = scanner.unterminatedQuoteLine
    }
}

/// Writes RFC 4180 CSV: the one quoter of every CSV countdown writes.
public enum CSVWriter {
    /// One record, ending with LF, each field quoted as `quoted` says.
    public static func line(_ fields: [String], keepingEdgeSpaces: Bool = true) -> String {
        fields.map { quoted($0, keepingEdgeSpaces: keepingEdgeSpaces) }.joined(separator: ",") + "\n"
    }

    /// The field quoted when it holds a comma, a quote, CR or LF (quotes
    /// doubled); with `keepingEdgeSpaces`, also when it starts or ends with a
    /// space or tab, which `CSVReader` trims from unquoted fields, so that
    /// the reader reads back exactly what was written.
    public static func quoted(_ field: String, keepingEdgeSpaces: Bool = false) -> String {
        let utf8 = field.utf8
        var needsQuotes = utf8.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0D || $0 == 0x0A }
        if keepingEdgeSpaces && !needsQuotes, let first = utf8.first, let last = utf8.last {
            needsQuotes = first == 0x20 || first == 0x09 || last == 0x20 || last == 0x09
        }
        guard needsQuotes else { return field }
        // Doubled as scalars, as the reader reads bytes: a quote before a combining mark is still a quote.
        var result = String.UnicodeScalarView()
        result.append("\"")
        for scalar in field.unicodeScalars {
            result.append(scalar)
            if scalar == "\"" { result.append(scalar) }
        }
        result.append("\"")
        return String(result)
    }
}
