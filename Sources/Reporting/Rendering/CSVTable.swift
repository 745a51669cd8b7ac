import Common
import PlanModel
import Progress

/// A CSV table written for spreadsheets: UTF-8 with a byte-order mark (so
/// Excel reads it as UTF-8), CRLF line ends and RFC 4180 quoting.
///
/// Text from plans is neutralised against formula injection: a text cell
/// that starts with `=`, `+`, `-`, `@`, a tab or a carriage return would be
/// run as a formula by a spreadsheet, so it gets a leading apostrophe (the
/// OWASP advice) and shows as the text it is. Numbers and dates countdown
/// writes itself are typed cells and left as they are, so `-0.5` stays a
/// number.
public struct CSVTable: Sendable {
    public enum Cell: Sendable, Hashable {
        case text(String?)
        case number(Double?)
        case integer(Int?)
        case date(Day?)
    }

    public var columns: [String]
    public private(set) var rows: [[Cell]] = []

    public init(columns: [String]) {
        self.columns = columns
    }

    public mutating func append(_ row: [Cell]) {
        precondition(row.count == columns.count, "a CSV row must have one cell per column")
        rows.append(row)
    }

    /// The byte-order mark that tells spreadsheet software the file is UTF-8.
    public static let byteOrderMark = "\u{FEFF}"

    public func render() -> String {
        var text = Self.byteOrderMark + columns.map { CSVWriter.quoted($0) }.joined(separator: ",") + "\r\n"
        text.reserveCapacity(text.utf8.count + rows.count * columns.count * 12)
        // Long tables repeat a plan's and a measure's cells down many rows:
        // a cell equal to the one above is written from the text made for it.
        var above: [Cell] = []
        var aboveFields: [String] = []
        for row in rows {
            var fields: [String] = []
            fields.reserveCapacity(row.count)
            for (index, cell) in row.enumerated() {
                if index > 0 { text.append(",") }
                let field = index < above.count && above[index] == cell ? aboveFields[index] : Self.field(cell)
                text.append(field)
                fields.append(field)
            }
            text.append("\r\n")
            above = row
            aboveFields = fields
        }
        return text
    }

    static func field(_ cell: Cell) -> String {
        switch cell {
        case .text(let value): value.map { CSVWriter.quoted(neutralised($0)) } ?? ""
        case .number(let value): value.map { NumberText.format($0, decimals: 6) } ?? ""
        case .integer(let value): value.map(String.init) ?? ""
        case .date(let value): value?.description ?? ""
        }
    }

    /// Characters that make a spreadsheet treat a cell as a formula.
    static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

    /// The text with a leading apostrophe when it would start a formula,
    /// spaces before it included: some importers trim them (and a reader
    /// trims unquoted ones), which would leave `=` or `@` first.
    public static func neutralised(_ text: String) -> String {
        // Most text starts with a letter or digit: settled by the first byte.
        if let byte = text.utf8.first, (byte > 0x40 && byte < 0x80) || (byte >= 0x30 && byte <= 0x39) { return text }
        guard let first = text.unicodeScalars.first(where: { $0 != " " && $0 != "\u{A0}" }),
            formulaStarts.contains(Character(first))
        else { return text }
        return "'" + text
    }
}
