import GRDB
import PlanModel

#if canImport(GRDBSQLite)
    import GRDBSQLite
#else
    import SQLite3
#endif

/// Writes checked actuals in the caller's transaction, with the same rules
/// as `record` one at a time: a value equal to the current one adds nothing,
/// a different one supersedes it.
///
/// Made for a million rows. Rows are written `batchSize` at a time by one
/// prepared multi-row INSERT (SQLite's work per statement — opening the
/// table and its indexes, the id sequence, finishing — is then shared by
/// the batch, which halves its time), their texts bound straight from the
/// file's bytes; what is the same for every row is bound once. Current
/// values are read once per plan, and only when the store held actuals
/// before this import. Rows of one file never replace each other (a
/// repeated measure and date is a bad row), so what was current before the
/// import is all a row is compared with.
///
/// `finish()` writes what is still waiting; call it before committing.
final class ActualWriter {
    struct Counts {
        var added = 0
        var superseded = 0
        var unchanged = 0
    }

    /// Where a pending row's text is: in the file (which outlives the
    /// writer) or copied into `copies` (a quoted field's unescaped text).
    enum Text {
        case none
        case file(UnsafeBufferPointer<UInt8>)
        case copied(Range<Int>)
    }

    struct Pending {
        var slot: Int
        var day: Int
        var value: Double
        var source: Text
        var note: Text
        var line: Int
        var supersedes: Int64?
    }

    static let batchSize = 256
    static let columns: CInt = 10

    let db: Database
    let table: MeasureTable
    private let file: UnsafeBufferPointer<UInt8>
    /// The batch INSERT, and the one-row INSERT for what is left at the end.
    private let batch: Statement
    private let single: Statement
    var pending: [Pending] = []
    var copies: [UInt8] = []
    /// Per pending row: its date (`YYYY-MM-DD`) then its origin (`import FILE:LINE`).
    var texts: [UInt8]
    let originPrefix: [UInt8]
    let textStride: Int
    private let storeHasActuals: Bool
    private var loadedPlans: Set<Int> = []
    /// The ids of the current values of the plans loaded so far, by measure
    /// slot and day, and the queries that read them (made when first needed).
    var current: [UInt64: Int64] = [:]
    var currentQuery: Statement?
    var textsQuery: Statement?
    private(set) var counts = Counts()

    /// `file` holds the bytes the rows' texts point into.
    init(
        db: Database, table: MeasureTable, file: UnsafeBufferPointer<UInt8>, name: String, recordedAt: String,
        recordedBy: String
    ) throws {
        self.db = db
        self.table = table
        self.file = file
        let row = "(" + Array(repeating: "?", count: Int(Self.columns)).joined(separator: ", ") + ")"
        let insert =
            "INSERT INTO actual "
            + "(planID, measureID, date, value, source, note, recordedAt, recordedBy, origin, supersedes) VALUES "
        batch = try db.makeStatement(
            sql: insert + Array(repeating: row, count: Self.batchSize).joined(separator: ", "))
        single = try db.makeStatement(sql: insert + row)
        originPrefix = Array("import \(name):".utf8)
        textStride = 10 + originPrefix.count + 20
        texts = Array(repeating: 0, count: Self.batchSize * textStride)
        pending.reserveCapacity(Self.batchSize)
        storeHasActuals = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM actual)") ?? false
        for index in 0..<CInt(Self.batchSize) {
            try check(Self.bind(recordedAt, to: index * Self.columns + 7, in: batch.sqliteStatement))
            try check(Self.bind(recordedBy, to: index * Self.columns + 8, in: batch.sqliteStatement))
        }
        try check(Self.bind(recordedAt, to: 7, in: single.sqliteStatement))
        try check(Self.bind(recordedBy, to: 8, in: single.sqliteStatement))
    }

    deinit {
        sqlite3_clear_bindings(batch.sqliteStatement)
        sqlite3_clear_bindings(single.sqliteStatement)
    }

    /// Writes `row` (perhaps later, with its batch) unless it says what the
    /// store already holds.
    func write(_ row: ActualRow) throws {
        var previous: Int64?
        if storeHasActuals {
            let entry = table.entries[row.slot]
            if loadedPlans.insert(entry.plan).inserted { try loadCurrent(planID: entry.planID) }
            previous = current[UInt64(row.slot) << 32 | UInt64(row.day)]
            if let previous, try isUnchanged(previous, row) {
                counts.unchanged += 1
                return
            }
        }
        pending.append(
            Pending(
                slot: row.slot, day: row.day, value: row.value, source: keep(row.source), note: keep(row.note),
                line: row.line, supersedes: previous))
        if previous == nil { counts.added += 1 } else { counts.superseded += 1 }
        if pending.count == Self.batchSize { try flush() }
    }

    /// Writes the rows still waiting.
    func finish() throws { try flush() }

    /// A text that lasts until the flush: the file's bytes as they are, anything else copied.
    private func keep(_ text: UnsafeBufferPointer<UInt8>?) -> Text {
        guard let text else { return .none }
        if let start = text.baseAddress, let fileStart = file.baseAddress, start >= fileStart,
            start + text.count <= fileStart + file.count
        {
            return .file(text)
        }
        let offset = copies.count
        copies.append(contentsOf: text)
        return .copied(offset..<copies.count)
    }

    func check(_ code: CInt) throws {
        guard code == SQLITE_OK else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: db.lastErrorMessage)
        }
    }

    func step(_ statement: Statement) throws {
        let code = sqlite3_step(statement.sqliteStatement)
        guard code == SQLITE_DONE else {
            let message = db.lastErrorMessage
            sqlite3_reset(statement.sqliteStatement)
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message)
        }
        sqlite3_reset(statement.sqliteStatement)
    }

    /// Binds and runs the pending rows: one batch statement for a full
    /// batch, the one-row statement for each of the rest.
    private func flush() throws {
        guard !pending.isEmpty else { return }
        let full = pending.count == Self.batchSize
        let statement = full ? batch : single
        try copies.withUnsafeBufferPointer { copies in
            try texts.withUnsafeMutableBufferPointer { texts in
                for index in pending.indices {
                    try bind(
                        pending[index], at: full ? CInt(index) * Self.columns : 0, in: statement.sqliteStatement,
                        copies: copies,
                        texts: UnsafeMutableBufferPointer(
                            rebasing: texts[index * textStride..<(index + 1) * textStride]))
                    if !full { try step(single) }
                }
                if full { try step(batch) }
            }
        }
        pending.removeAll(keepingCapacity: true)
        copies.removeAll(keepingCapacity: true)
    }
}
