import Foundation

#if canImport(GRDBSQLite)
    import GRDBSQLite
#else
    import SQLite3
#endif

/// A row's columns read through SQLite's C API, where making a GRDB `Row`
/// (and a `String` per column) for each of a million rows was most of the
/// time: the import's comparisons with what the store held, and the
/// status's actuals.
enum SQLiteColumn {
    /// A text column's bytes (valid until the statement moves on), or nil for NULL.
    static func bytes(_ statement: OpaquePointer, _ index: CInt) -> UnsafeBufferPointer<UInt8>? {
        guard sqlite3_column_type(statement, index) != SQLITE_NULL else { return nil }
        let text = sqlite3_column_text(statement, index)
        return UnsafeBufferPointer(start: text, count: Int(sqlite3_column_bytes(statement, index)))
    }

    /// A text column as a `String`, or nil for NULL.
    static func text(_ statement: OpaquePointer, _ index: CInt) -> String? {
        bytes(statement, index).map { String(decoding: $0, as: UTF8.self) }
    }

    /// Whether two runs of bytes are the same bytes.
    static func equal(_ left: UnsafeBufferPointer<UInt8>, _ right: UnsafeBufferPointer<UInt8>) -> Bool {
        guard left.count == right.count else { return false }
        guard left.count > 0, let first = left.baseAddress, let second = right.baseAddress else { return true }
        return memcmp(first, second, left.count) == 0
    }
}
