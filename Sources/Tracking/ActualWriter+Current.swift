import Foundation
import GRDB

#if canImport(GRDBSQLite)
    import GRDBSQLite
#else
    import SQLite3
#endif

/// What the store held before the import, for rows that say the same
/// (unchanged) or something new (superseding): read through SQLite's C API,
/// since importing a file again compares every one of its rows.
extension ActualWriter {
    /// The ids of the current values of one plan's measures, by measure slot
    /// and day (what they say is read only for a row that has one: eight
    /// bytes each, as a store may hold millions).
    func loadCurrent(planID: String) throws {
        if currentQuery == nil {
            currentQuery = try db.makeStatement(
                sql: """
                    SELECT id, measureID, date FROM actual a
                    WHERE planID = ? AND NOT EXISTS (SELECT 1 FROM actual b WHERE b.supersedes = a.id)
                    """)
        }
        let query = currentQuery!.sqliteStatement
        defer { sqlite3_reset(query) }
        try check(Self.bind(planID, to: 1, in: query))
        var address = Array((planID + "/").utf8)
        let prefix = address.count
        while try step(row: query) {
            address.removeSubrange(prefix...)
            address.append(contentsOf: SQLiteColumn.bytes(query, 1) ?? UnsafeBufferPointer(start: nil, count: 0))
            let slot =
                address.withUnsafeBufferPointer { table.slot($0) }
                ?? table.slot(planID: planID, measureID: String(decoding: address[prefix...], as: UTF8.self))
            guard let slot, let date = SQLiteColumn.bytes(query, 2), let day = PackedDay.parse(date) else { continue }
            current[UInt64(slot) << 32 | UInt64(day)] = sqlite3_column_int64(query, 0)
        }
    }

    /// Whether the row says exactly what the current value says: the same
    /// number, source and note (texts compared as `record` compares them,
    /// as `String`s, when their bytes differ).
    func isUnchanged(_ previous: Int64, _ row: ActualRow) throws -> Bool {
        if textsQuery == nil {
            textsQuery = try db.makeStatement(sql: "SELECT value, source, note FROM actual WHERE id = ?")
        }
        let query = textsQuery!.sqliteStatement
        defer { sqlite3_reset(query) }
        try check(sqlite3_bind_int64(query, 1, previous))
        guard try step(row: query) else { return false }
        return sqlite3_column_double(query, 0) == row.value && Self.same(SQLiteColumn.bytes(query, 1), row.source)
            && Self.same(SQLiteColumn.bytes(query, 2), row.note)
    }

    /// Steps a query; true when it gave a row.
    private func step(row query: OpaquePointer) throws -> Bool {
        let code = sqlite3_step(query)
        if code == SQLITE_ROW { return true }
        if code == SQLITE_DONE { return false }
        throw DatabaseError(resultCode: ResultCode(rawValue: code), message: db.lastErrorMessage)
    }

    private static func same(_ stored: UnsafeBufferPointer<UInt8>?, _ new: UnsafeBufferPointer<UInt8>?) -> Bool {
        guard let stored, let new else { return stored == nil && new == nil }
        if SQLiteColumn.equal(stored, new) { return true }
        return String(decoding: stored, as: UTF8.self) == String(decoding: new, as: UTF8.self)
    }
}
