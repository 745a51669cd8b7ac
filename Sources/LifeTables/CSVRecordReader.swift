/// One CSV field with where it starts, so messages can point at it.
struct CSVField: Hashable, Sendable {
    /// The value with quotes removed and surrounding spaces trimmed.
    var text: String
    /// 1-based column (in Unicode scalars) of the field's first character.
    var column: Int
}

/// One CSV record: the fields of a row and the line it starts on.
struct CSVRecord: Hashable, Sendable {
    /// 1-based line of the record's first character.
    var line: Int
    var fields: [CSVField]
}

/// Splits CSV text into records (RFC 4180 plus the habits of real exports).
///
/// Handles quoted fields with doubled quotes, commas and line breaks inside;
/// LF, CRLF and lone CR line endings; a UTF-8 byte-order mark; and blank
/// lines, which are skipped. It works on Unicode scalars because Swift
/// treats "\r\n" as one `Character`, which would hide line ends.
struct CSVRecordReader {
    /// The records in file order.
    private(set) var records: [CSVRecord] = []
    /// Line on which a quoted field starts that is never closed, if any.
    private(set) var unterminatedQuoteLine: Int?

    init(_ text: String) {
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        var line = 1
        var column = 1
        var recordLine = 1
        var fields: [CSVField] = []
        var fieldText = String.UnicodeScalarView()
        var fieldColumn = 1
        var inQuotes = false
        var quoteLine = 1

        func endField() {
            fields.append(CSVField(text: Self.trimmed(String(fieldText)), column: fieldColumn))
            fieldText = String.UnicodeScalarView()
        }
        func endRecord() {
            endField()
            let isBlank = fields.count == 1 && fields[0].text.isEmpty
            if !isBlank { records.append(CSVRecord(line: recordLine, fields: fields)) }
            fields = []
        }

        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            let next: Unicode.Scalar? = index + 1 < scalars.count ? scalars[index + 1] : nil
            index += 1
            if inQuotes {
                switch scalar {
                case "\"" where next == "\"":
                    fieldText.append("\"")
                    index += 1
                    column += 2
                case "\"":
                    inQuotes = false
                    column += 1
                case "\r", "\n":
                    if scalar == "\r", next == "\n" { index += 1 }
                    fieldText.append("\n")
                    line += 1
                    column = 1
                default:
                    fieldText.append(scalar)
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
                endRecord()
                line += 1
                column = 1
                fieldColumn = 1
                recordLine = line
            case "\"" where Self.trimmed(String(fieldText)).isEmpty:
                fieldText = String.UnicodeScalarView()
                inQuotes = true
                quoteLine = line
                column += 1
            default:
                fieldText.append(scalar)
                column += 1
            }
        }
        if inQuotes { unterminatedQuoteLine = quoteLine }
        endRecord()
    }

    private static func trimmed(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let start = scalars.firstIndex(where: { $0 != " " && $0 != "\t" }),
            let end = scalars.lastIndex(where: { $0 != " " && $0 != "\t" })
        else { return "" }
        return String(scalars[start...end])
    }
}
