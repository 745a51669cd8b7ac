import PlanModel

/// A CSV exchange file read and checked against the workspace's plans:
/// the rows that can be recorded, and a finding for every one that cannot.
/// Nothing here touches the store; `TrackingStore.importFile` does, in one
/// transaction, after checking what depends on the store.
public struct ImportFile: Sendable {
    public enum Entries: Sendable {
        case actuals([(line: Int, entry: ActualEntry)])
        case milestones([(line: Int, entry: CompletionEntry)])
    }

    /// The file as shown in messages.
    public var file: String
    /// Nil when the file could not be read as an exchange file at all.
    public var format: ExchangeFormat?
    public var entries: Entries
    /// Every problem, located at file:line:column, in line order.
    public var problems: [Diagnostic]
    /// Data rows read (good and bad).
    public var rowCount: Int

    /// A problem with the file as a whole (header, encoding, quoting): no row
    /// can be trusted, so nothing is imported even with --skip-bad.
    public var hasFileProblem: Bool { problems.contains { $0.rule.hasPrefix("file-") } }

    public var entryCount: Int {
        switch entries {
        case .actuals(let rows): rows.count
        case .milestones(let rows): rows.count
        }
    }

    /// Reads `text` (the file's contents) and checks every row.
    public init(text: String, file: String, catalog: PlanCatalog) {
        self.file = file
        self.entries = .actuals([])
        self.problems = []
        self.rowCount = 0
        defer { problems.sort() }
        let reader = CSVReader(text)
        if let line = reader.unterminatedQuoteLine {
            fileProblem(
                "a quoted field starting on line \(line) is never closed", line: line,
                hint: "close the field with a double quote, and double any quote inside it (\"\")")
            return
        }
        guard let header = reader.rows.first else {
            fileProblem("the file is empty", line: 1, hint: "start it with a header: " + ExchangeFormat.actuals.header)
            return
        }
        guard let format = ExchangeFormat.detect(header.fields) else {
            fileProblem(
                "the header does not name an exchange format", line: header.line,
                hint:
                    "use '\(ExchangeFormat.actuals.header)' for actuals or '\(ExchangeFormat.milestones.header)' for milestones"
            )
            return
        }
        self.format = format
        guard let columns = columnIndexes(header, format: format) else { return }
        let rows = reader.rows.dropFirst()
        rowCount = rows.count
        switch format {
        case .actuals:
            entries = .actuals(readActuals(rows, columns: columns, width: header.fields.count, catalog: catalog))
        case .milestones:
            entries = .milestones(readMilestones(rows, columns: columns, width: header.fields.count, catalog: catalog))
        }
    }

    /// Where each named column is, or nil after reporting a bad header.
    private mutating func columnIndexes(_ header: CSVRow, format: ExchangeFormat) -> [String: Int]? {
        var indexes: [String: Int] = [:]
        var bad = false
        for (index, name) in header.fields.enumerated() {
            let key = name.lowercased()
            if !format.columns.contains(key) {
                let suggestion = Suggestion.closest(to: key, in: format.columns)
                problem(
                    "file-header", "unknown column '\(name)'" + (suggestion.map { " (did you mean '\($0)'?)" } ?? ""),
                    line: header.line, column: header.columns[index], hint: "the columns are: " + format.header)
                bad = true
            } else if indexes[key] != nil {
                problem(
                    "file-header", "column '\(name)' appears twice", line: header.line, column: header.columns[index])
                bad = true
            } else {
                indexes[key] = index
            }
        }
        for name in format.required where indexes[name] == nil {
            problem(
                "file-header", "the header has no '\(name)' column", line: header.line, column: 1,
                hint: "the columns are: " + format.header)
            bad = true
        }
        return bad ? nil : indexes
    }

    private mutating func readActuals(
        _ rows: ArraySlice<CSVRow>, columns: [String: Int], width: Int, catalog: PlanCatalog
    ) -> [(line: Int, entry: ActualEntry)] {
        var good: [(line: Int, entry: ActualEntry)] = []
        var seen: [String: Int] = [:]
        for row in rows {
            guard checkWidth(row, width: width) else { continue }
            let text = { (name: String) in columns[name].map { row.fields[$0] } ?? "" }
            let optional = { (name: String) -> String? in
                let value = text(name)
                return value.isEmpty ? nil : value
            }
            do throws(EntryProblem) {
                let entry = try located(columns, measure: "measure") {
                    () throws(EntryProblem) -> ActualEntry in
                    try catalog.actual(
                        address: try required(text("measure"), "measure", columns),
                        date: try required(text("date"), "date", columns),
                        value: try required(text("value"), "value", columns), source: optional("source"),
                        note: optional("note"))
                }
                let key = "\(entry.address) \(entry.date)"
                if let first = seen[key] {
                    throw EntryProblem(
                        rule: "duplicate-row", message: "\(entry.address) on \(entry.date) is already on line \(first)",
                        hint: "keep one row per measure and date in a file", field: columns["measure"])
                }
                seen[key] = row.line
                good.append((row.line, entry))
            } catch {
                problem(error, row: row)
            }
        }
        return good
    }

    private mutating func readMilestones(
        _ rows: ArraySlice<CSVRow>, columns: [String: Int], width: Int, catalog: PlanCatalog
    ) -> [(line: Int, entry: CompletionEntry)] {
        var good: [(line: Int, entry: CompletionEntry)] = []
        var seen: [String: Int] = [:]
        for row in rows {
            guard checkWidth(row, width: width) else { continue }
            let text = { (name: String) in columns[name].map { row.fields[$0] } ?? "" }
            do throws(EntryProblem) {
                let entry = try located(columns, measure: "milestone") {
                    () throws(EntryProblem) -> CompletionEntry in
                    let note = text("note")
                    return try catalog.completion(
                        address: try required(text("milestone"), "milestone", columns),
                        date: try required(text("completed"), "completed", columns), note: note.isEmpty ? nil : note)
                }
                if let first = seen[entry.address] {
                    throw EntryProblem(
                        rule: "duplicate-row", message: "\(entry.address) is already on line \(first)",
                        hint: "keep one row per milestone in a file", field: columns["milestone"])
                }
                seen[entry.address] = row.line
                good.append((row.line, entry))
            } catch {
                problem(error, row: row)
            }
        }
        return good
    }

    /// Runs a catalog check and points its problem at the right column: the
    /// address for unknown plans and measures, the date or value otherwise.
    private func located<T>(
        _ columns: [String: Int], measure: String, _ body: () throws(EntryProblem) -> T
    ) throws(EntryProblem) -> T {
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

    private func required(_ text: String, _ name: String, _ columns: [String: Int]) throws(EntryProblem) -> String {
        guard !text.isEmpty else {
            throw EntryProblem(rule: "missing-value", message: "the '\(name)' field is empty", field: columns[name])
        }
        return text
    }

    private mutating func checkWidth(_ row: CSVRow, width: Int) -> Bool {
        guard row.fields.count == width else {
            problem(
                "wrong-field-count", "this row has \(row.fields.count) fields but the header has \(width)",
                line: row.line, column: 1, hint: "quote any field that contains a comma, e.g. \"1,710\"")
            return false
        }
        return true
    }

    private mutating func problem(_ error: EntryProblem, row: CSVRow) {
        let field = error.field ?? 0
        problem(
            error.rule, error.message, line: row.line, column: row.columns[min(field, row.columns.count - 1)],
            hint: error.hint)
    }

    private mutating func fileProblem(_ message: String, line: Int, hint: String? = nil) {
        problem("file-format", message, line: line, column: 1, hint: hint)
    }

    mutating func problem(_ rule: String, _ message: String, line: Int, column: Int, hint: String? = nil) {
        problems.append(
            Diagnostic(
                rule: rule, message: message, location: SourceLocation(file: file, line: line, column: column),
                hint: hint))
    }
}
