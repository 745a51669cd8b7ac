import Common
import PlanModel

/// How `ImportReader` words and places what is wrong: file:line:column, the
/// column being the field's (the address for unknown plans and measures, the
/// date or value otherwise).
extension ImportReader {
    /// Where each named column is, or nil after reporting a bad header.
    mutating func columnIndexes(_ header: [String], format: ExchangeFormat) -> [String: Int]? {
        var indexes: [String: Int] = [:]
        var bad = false
        let line = scanner.recordLine
        for (index, name) in header.enumerated() {
            let key = name.lowercased()
            if !format.columns.contains(key) {
                let suggestion = Suggestion.closest(to: key, in: format.columns)
                problem(
                    "file-header", "unknown column '\(name)'" + Suggestion.hint(suggestion),
                    line: line, column: scanner.column(index), hint: "the columns are: " + format.header)
                bad = true
            } else if indexes[key] != nil {
                problem("file-header", "column '\(name)' appears twice", line: line, column: scanner.column(index))
                bad = true
            } else {
                indexes[key] = index
            }
        }
        for name in format.required where indexes[name] == nil {
            problem(
                "file-header", "the header has no '\(name)' column", line: line, column: 1,
                hint: "the columns are: " + format.header)
            bad = true
        }
        return bad ? nil : indexes
    }

    /// Runs a catalog check and points its problem at the right column.
    func located<T>(measure: String, _ body: () throws(EntryProblem) -> T) throws(EntryProblem) -> T {
        do {
            return try body()
        } catch {
            if error.field != nil { throw error }
            let column: String =
                switch error.rule {
                case "invalid-number": "value"
                case "invalid-date", "date-outside-plan": measure == "measure" ? "date" : "completed"
                default: measure
                }
            throw error.at(field: columns[column] ?? 0)
        }
    }

    func required(_ text: String, _ name: String) throws(EntryProblem) -> String {
        guard !text.isEmpty else {
            throw EntryProblem(rule: "missing-value", message: "the '\(name)' field is empty", field: columns[name])
        }
        return text
    }

    /// A problem with the current row.
    mutating func problem(_ error: EntryProblem) {
        let field = error.field ?? 0
        problem(
            error.rule, error.message, line: scanner.recordLine,
            column: scanner.column(min(field, scanner.fieldCount - 1)),
            hint: error.hint)
    }

    /// A quote left open runs to the end of the file: nothing read can be
    /// trusted, so that is the only problem reported.
    mutating func unterminatedQuote(_ line: Int) {
        problems.removeAll()
        repeats.removeAll()
        format = nil
        rowCount = 0
        entryCount = 0
        fileProblem(
            "a quoted field starting on line \(line) is never closed", line: line,
            hint: "close the field with a double quote, and double any quote inside it (\"\")")
    }

    /// After a problem with the header: the rest is read only to find a quote
    /// left open, which explains a bad header better than the header does.
    mutating func skipToEnd() {
        while scanner.next() {}
        if let line = scanner.unterminatedQuoteLine { unterminatedQuote(line) }
        problems.sort()
    }

    mutating func fileProblem(_ message: String, line: Int, hint: String? = nil) {
        problem("file-format", message, line: line, column: 1, hint: hint)
    }

    mutating func problem(_ rule: String, _ message: String, line: Int, column: Int, hint: String? = nil) {
        problems.append(
            Diagnostic(
                rule: rule, message: message, location: SourceLocation(file: file, line: line, column: column),
                hint: hint))
    }
}
