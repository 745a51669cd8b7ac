import GRDB

#if canImport(GRDBSQLite)
    import GRDBSQLite
#else
    import SQLite3
#endif

/// Binding a pending row's values to the INSERT's parameters: texts are
/// pointed at, not copied, so they must last until the statement has run.
extension ActualWriter {
    /// Binds `row` to the ten parameters after `offset`; `texts` is room for
    /// its date and origin.
    func bind(
        _ row: Pending, at offset: CInt, in statement: OpaquePointer, copies: UnsafeBufferPointer<UInt8>,
        texts: UnsafeMutableBufferPointer<UInt8>
    ) throws {
        let text = { (text: Text) -> UnsafeBufferPointer<UInt8>? in
            switch text {
            case .none: nil
            case .file(let bytes): bytes
            case .copied(let range): UnsafeBufferPointer(rebasing: copies[range])
            }
        }
        Self.writeISO(row.day, into: texts)
        var end = 10
        for byte in originPrefix {
            texts[end] = byte
            end += 1
        }
        end = Self.writeDecimal(row.line, into: texts, at: end)
        if let ids = table.ids(row.slot) {
            try check(Self.bind(ids.plan, to: offset + 1, in: statement))
            try check(Self.bind(ids.measure, to: offset + 2, in: statement))
        } else {
            let entry = table.entries[row.slot]
            try check(Self.bind(entry.planID, to: offset + 1, in: statement))
            try check(Self.bind(entry.measureID, to: offset + 2, in: statement))
        }
        try check(Self.bind(UnsafeBufferPointer(rebasing: texts[0..<10]), to: offset + 3, in: statement))
        try check(sqlite3_bind_double(statement, offset + 4, row.value))
        try check(Self.bind(text(row.source), to: offset + 5, in: statement))
        try check(Self.bind(text(row.note), to: offset + 6, in: statement))
        try check(Self.bind(UnsafeBufferPointer(rebasing: texts[10..<end]), to: offset + 9, in: statement))
        if let supersedes = row.supersedes {
            try check(sqlite3_bind_int64(statement, offset + 10, supersedes))
        } else {
            try check(sqlite3_bind_null(statement, offset + 10))
        }
    }

    /// Binds text that SQLite reads only when the statement runs. Nil binds NULL.
    static func bind(_ bytes: UnsafeBufferPointer<UInt8>?, to index: CInt, in statement: OpaquePointer) -> CInt {
        guard let bytes else { return sqlite3_bind_null(statement, index) }
        guard let start = bytes.baseAddress else {
            return sqlite3_bind_text(statement, index, "", 0, unsafeBitCast(-1, to: sqlite3_destructor_type.self))
        }
        return start.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
            // SQLITE_STATIC: file and table outlive the writer; flush() pins copies and texts over bind and step.
            sqlite3_bind_text(statement, index, $0, CInt(bytes.count), nil)
        }
    }

    /// Binds text SQLite copies at once: for what is bound once.
    static func bind(_ text: String, to index: CInt, in statement: OpaquePointer) -> CInt {
        let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
        return sqlite3_bind_text(statement, index, text, -1, transient)
    }

    /// Writes the day as `YYYY-MM-DD` at the start of `bytes`.
    static func writeISO(_ packed: Int, into bytes: UnsafeMutableBufferPointer<UInt8>) {
        _ = writeDecimal(packed >> 9, into: bytes, at: 0, width: 4)
        bytes[4] = UInt8(ascii: "-")
        _ = writeDecimal(packed >> 5 & 15, into: bytes, at: 5, width: 2)
        bytes[7] = UInt8(ascii: "-")
        _ = writeDecimal(packed & 31, into: bytes, at: 8, width: 2)
    }

    /// Writes `value`'s digits at `offset`, with leading zeros to `width`;
    /// where they end.
    static func writeDecimal(
        _ value: Int, into bytes: UnsafeMutableBufferPointer<UInt8>, at offset: Int, width: Int = 1
    ) -> Int {
        var digits = 0
        var rest = value
        repeat {
            digits += 1
            rest /= 10
        } while rest > 0
        digits = max(digits, width)
        rest = value
        for index in stride(from: offset + digits - 1, through: offset, by: -1) {
            bytes[index] = UInt8(ascii: "0") + UInt8(rest % 10)
            rest /= 10
        }
        return offset + digits
    }
}
