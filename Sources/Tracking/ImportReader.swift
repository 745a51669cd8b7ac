import Common
import PlanModel

/// A row that passed every check that does not need the store.
enum CheckedRow {
    case actual(ActualRow)
    case milestone(line: Int, entry: CompletionEntry)
}

/// A checked actual, its texts still in the file's bytes: valid only during
/// the call that receives it.
struct ActualRow {
    var line: Int
    /// Its measure, in the reader's `MeasureTable`.
    var slot: Int
    var day: Int
    var value: Double
    /// Nil when empty.
    var source: UnsafeBufferPointer<UInt8>?
    var note: UnsafeBufferPointer<UInt8>?
}

/// Reads an exchange file one record at a time and checks each row against
/// the workspace's plans, handing every good row on as it goes: nothing is
/// held per row (repeated rows are found with a bit per day of each
/// measure's period, `SeenDays`).
///
/// Nearly every actual is checked straight from the bytes (its address in a
/// `MeasureTable`, its date and number parsed in place). A row that fails
/// there, or that those quick checks cannot decide, is checked again as
/// `String`s through `PlanCatalog`, which words every problem; so a problem
/// reads the same whichever way the row went.
struct ImportReader {
    let file: String
    let catalog: PlanCatalog
    let bytes: UnsafeBufferPointer<UInt8>
    let table: MeasureTable
    var scanner: CSVScanner<UnsafeBufferPointer<UInt8>>
    var format: ExchangeFormat?
    /// Every problem found so far: sorted by location once reading ends.
    var problems: [Diagnostic] = []
    /// Data rows read, good and bad.
    var rowCount = 0
    /// Rows that passed.
    var entryCount = 0
    private(set) var columns: [String: Int] = [:]
    /// Where an actual's fields are, once the header is read.
    private var actualColumns: (measure: Int, date: Int, value: Int, source: Int?, note: Int?)?
    var width = 0
    /// The measure and date of every good actual so far, and the rows that repeat one.
    private var seenActuals = SeenDays()
    var repeats: [Repeat] = []
    private var lastSlot = -1
    private var seenMilestones: [String: Int] = [:]

    /// `bytes` (UTF-8) must stay valid while the reader is used.
    init(bytes: UnsafeBufferPointer<UInt8>, file: String, catalog: PlanCatalog) {
        self.file = file
        self.catalog = catalog
        self.bytes = bytes
        self.table = MeasureTable(catalog)
        self.scanner = CSVScanner(bytes)
    }

    /// A problem with the file as a whole (header, encoding, quoting): no row
    /// can be trusted, so nothing is imported even with --skip-bad.
    var hasFileProblem: Bool { problems.contains { $0.rule.hasPrefix("file-") } }

    /// Bytes read so far, and the file's size.
    var progress: (done: Int, total: Int) { (scanner.position, scanner.count) }

    /// Reads the header; false when the file cannot be imported at all, and
    /// `problems` says why.
    mutating func readHeader() -> Bool {
        guard scanner.next() else {
            fileProblem("the file is empty", line: 1, hint: "start it with a header: " + ExchangeFormat.actuals.header)
            return false
        }
        if let line = scanner.unterminatedQuoteLine {
            unterminatedQuote(line)
            return false
        }
        let header = (0..<scanner.fieldCount).map { scanner.text($0) }
        guard let format = ExchangeFormat.detect(header) else {
            fileProblem(
                "the header does not name an exchange format", line: scanner.recordLine,
                hint:
                    "use '\(ExchangeFormat.actuals.header)' for actuals or '\(ExchangeFormat.milestones.header)' for milestones"
            )
            skipToEnd()
            return false
        }
        self.format = format
        guard let columns = columnIndexes(header, format: format) else {
            skipToEnd()
            return false
        }
        self.columns = columns
        width = header.count
        if format == .actuals, let measure = columns["measure"], let date = columns["date"],
            let value = columns["value"]
        {
            actualColumns = (measure, date, value, columns["source"], columns["note"])
        }
        return true
    }

    /// Reads every row after the header, handing each good one to `sink`
    /// with whether every row so far was good. A quote left open is found
    /// only at the end of the file: every other problem is then dropped, as
    /// no row can be trusted, and the caller must undo what `sink` did.
    mutating func readRows<Failure: Error>(
        progress: ((Int, Int) -> Void)? = nil, _ sink: (CheckedRow, _ allGood: Bool) throws(Failure) -> Void
    ) throws(Failure) {
        defer { problems.sort() }
        while scanner.next() {
            if let line = scanner.unterminatedQuoteLine {
                unterminatedQuote(line)
                return
            }
            rowCount += 1
            if rowCount % 8192 == 0 { progress?(scanner.position, scanner.count) }
            guard scanner.fieldCount == width else {
                problem(
                    "wrong-field-count", "this row has \(scanner.fieldCount) fields but the header has \(width)",
                    line: scanner.recordLine, column: 1, hint: "quote any field that contains a comma, e.g. \"1,710\"")
                continue
            }
            switch format {
            case .actuals: try readActual(sink)
            case .milestones: try readMilestone(sink)
            case nil: return
            }
        }
        reportRepeats()
    }

    private mutating func readActual<Failure: Error>(
        _ sink: (CheckedRow, Bool) throws(Failure) -> Void
    ) throws(Failure) {
        switch checkActual() {
        case .quick(let row):
            try accept(row, sink)
        case .full(let entry, let slot):
            try Self.withBytes(entry.source) { (source) throws(Failure) in
                try Self.withBytes(entry.note) { (note) throws(Failure) in
                    let row = ActualRow(
                        line: scanner.recordLine, slot: slot, day: PackedDay.pack(entry.date), value: entry.value,
                        source: source, note: note)
                    try accept(row, sink)
                }
            }
        case .problem(let problem):
            self.problem(problem)
        }
    }

    enum CheckedActual {
        /// Checked from its bytes.
        case quick(ActualRow)
        /// Checked as `String`s by the catalog, with its measure's slot.
        case full(ActualEntry, slot: Int)
        case problem(EntryProblem)
    }

    /// The current row checked: from its bytes when that can decide, else
    /// by the catalog, which words every problem.
    mutating func checkActual() -> CheckedActual {
        if let row = quickActual() { return .quick(row) }
        let (columns, scanner) = (self.columns, self.scanner)
        let text = { (name: String) in columns[name].map { scanner.text($0) } ?? "" }
        let optional = { (name: String) -> String? in
            let value = text(name)
            return value.isEmpty ? nil : value
        }
        do throws(EntryProblem) {
            let entry = try located(measure: "measure") { () throws(EntryProblem) -> ActualEntry in
                try catalog.actual(
                    address: try required(text("measure"), "measure"), date: try required(text("date"), "date"),
                    value: try required(text("value"), "value"), source: optional("source"), note: optional("note"))
            }
            return .full(entry, slot: table.slot(planID: entry.planID, measureID: entry.measureID, catalog: catalog))
        } catch {
            return .problem(error)
        }
    }

    /// The row checked from its bytes, or nil when it needs the full checks.
    private mutating func quickActual() -> ActualRow? {
        guard let columns = actualColumns else { return nil }
        // Rows come grouped by measure: most name the measure the row before named.
        guard let address = fileBytes(columns.measure) else { return nil }
        if lastSlot < 0 || !table.matches(lastSlot, address) {
            guard let found = table.slot(address) else { return nil }
            lastSlot = found
        }
        let slot = lastSlot
        guard let dateField = fileBytes(columns.date), let day = PackedDay.parse(dateField) else { return nil }
        guard day >= table.firsts[slot], day <= table.lasts[slot], let valueField = fileBytes(columns.value),
            let number = ExchangeNumber.quickParse(valueField),
            case .some(let source) = optionalField(columns.source), case .some(let note) = optionalField(columns.note),
            !PlanCatalog.mayHoldControl(source), !PlanCatalog.mayHoldControl(note)
        else { return nil }
        return ActualRow(line: scanner.recordLine, slot: slot, day: day, value: number, source: source, note: note)
    }

    /// A field's bytes in the file, or nil when the scanner had to copy its
    /// text (a doubled quote): such a row takes the full checks. Inlined, as
    /// a call would copy the whole reader for every field of a million rows.
    @inline(__always)
    private func fileBytes(_ index: Int) -> UnsafeBufferPointer<UInt8>? {
        scanner.range(index).map { UnsafeBufferPointer(rebasing: bytes[$0]) }
    }

    /// An optional field's bytes (nil when there is no such column or the
    /// field is empty), or nil itself when the text was copied.
    @inline(__always)
    private func optionalField(_ index: Int?) -> UnsafeBufferPointer<UInt8>?? {
        guard let index, !scanner.isEmpty(index) else { return .some(nil) }
        guard let field = fileBytes(index) else { return nil }
        return .some(field)
    }

    private mutating func accept<Failure: Error>(
        _ row: ActualRow, _ sink: (CheckedRow, Bool) throws(Failure) -> Void
    ) throws(Failure) {
        let period = table.period(row.slot)
        guard seenActuals.insert(slot: row.slot, day: row.day, first: period.first, last: period.last) else {
            // Which line it repeats is looked up once the file is read (`reportRepeats`).
            let field = columns["measure"] ?? 0
            repeats.append(
                Repeat(
                    slot: row.slot, day: row.day, line: row.line,
                    column: scanner.column(min(field, scanner.fieldCount - 1))))
            return
        }
        entryCount += 1
        try sink(.actual(row), problems.isEmpty && repeats.isEmpty)
    }

    private mutating func readMilestone<Failure: Error>(
        _ sink: (CheckedRow, Bool) throws(Failure) -> Void
    ) throws(Failure) {
        let (columns, scanner) = (self.columns, self.scanner)
        let text = { (name: String) in columns[name].map { scanner.text($0) } ?? "" }
        let entry: CompletionEntry
        do throws(EntryProblem) {
            entry = try located(measure: "milestone") { () throws(EntryProblem) -> CompletionEntry in
                let note = text("note")
                return try catalog.completion(
                    address: try required(text("milestone"), "milestone"),
                    date: try required(text("completed"), "completed"), note: note.isEmpty ? nil : note)
            }
            if let first = seenMilestones[entry.address] {
                throw EntryProblem(
                    rule: "duplicate-row", message: "\(entry.address) is already on line \(first)",
                    hint: "keep one row per milestone in a file", field: columns["milestone"])
            }
        } catch {
            problem(error)
            return
        }
        seenMilestones[entry.address] = scanner.recordLine
        entryCount += 1
        try sink(.milestone(line: scanner.recordLine, entry: entry), problems.isEmpty && repeats.isEmpty)
    }

    private static func withBytes<Failure: Error>(
        _ text: String?, _ body: (UnsafeBufferPointer<UInt8>?) throws(Failure) -> Void
    ) throws(Failure) {
        guard var string = text else { return try body(nil) }
        let result: Result<Void, Failure> = string.withUTF8 { bytes in
            do throws(Failure) {
                return .success(try body(bytes))
            } catch {
                return .failure(error)
            }
        }
        try result.get()
    }
}
