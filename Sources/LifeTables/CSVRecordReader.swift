import Common

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

/// A mortality file's records, read by Common's `CSVScanner` (RFC 4180 plus
/// the habits of real exports), as mortality data wants them: quoted fields
/// trimmed too (a value never means its spaces), and a line break inside
/// quotes read as LF whichever way the file ends its lines.
struct CSVRecordReader {
    /// The records in file order.
    private(set) var records: [CSVRecord] = []
    /// Line on which a quoted field starts that is never closed, if any.
    private(set) var unterminatedQuoteLine: Int?

    init(_ text: String) {
        var scanner = CSVScanner(Array(text.utf8))
        while scanner.next() {
            let fields = (0..<scanner.fieldCount).map { index in
                CSVField(text: Self.cleaned(scanner.text(index)), column: scanner.column(index))
            }
            // A line of spaces, or of one quoted blank, holds nothing.
            if fields.count == 1 && fields[0].text.isEmpty { continue }
            records.append(CSVRecord(line: scanner.recordLine, fields: fields))
        }
        unterminatedQuoteLine = scanner.unterminatedQuoteLine
    }

    private static func cleaned(_ text: String) -> String {
        var scalars = text.unicodeScalars[...]
        while let first = scalars.first, first == " " || first == "\t" { scalars.removeFirst() }
        while let last = scalars.last, last == " " || last == "\t" { scalars.removeLast() }
        guard scalars.contains(where: { $0 == "\r" }) else { return String(scalars) }
        var result = String.UnicodeScalarView()
        var previous: Unicode.Scalar?
        for scalar in scalars {
            if scalar == "\n" && previous == "\r" {
                previous = scalar
                continue
            }
            result.append(scalar == "\r" ? "\n" : scalar)
            previous = scalar
        }
        return String(result)
    }
}
