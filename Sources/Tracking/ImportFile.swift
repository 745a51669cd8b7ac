import PlanModel

/// A CSV exchange file checked against the workspace's plans, without the
/// store: every problem a row has on its own, and how many rows are good.
///
/// `SQLiteStore.importFile` does the same checks again, one row at a time
/// inside its transaction, writing each good row as it goes; this is for
/// looking at a file without importing it (and for tests). Problems that
/// depend on the store (a milestone already done on another date) are found
/// only by the import.
public struct ImportFile: Sendable {
    /// The file as shown in messages.
    public var file: String
    /// Nil when the file could not be read as an exchange file at all.
    public var format: ExchangeFormat?
    /// Every problem, located at file:line:column, in line order.
    public var problems: [Diagnostic]
    /// Data rows read (good and bad).
    public var rowCount: Int
    /// Rows with no problem.
    public var entryCount: Int
    /// What was checked, so that `SQLiteStore.importFile` can import it.
    let text: String
    let catalog: PlanCatalog

    /// A problem with the file as a whole (header, encoding, quoting): no row
    /// can be trusted, so nothing is imported even with --skip-bad.
    public var hasFileProblem: Bool { problems.contains { $0.rule.hasPrefix("file-") } }

    /// Reads `text` (the file's contents) and checks every row.
    public init(text: String, file: String, catalog: PlanCatalog) {
        var text = text
        let checked = text.withUTF8 { bytes in
            var reader = ImportReader(bytes: bytes, file: file, catalog: catalog)
            if reader.readHeader() { reader.readRows { _, _ in } }
            return (reader.format, reader.problems, reader.rowCount, reader.entryCount)
        }
        self.file = file
        (format, problems, rowCount, entryCount) = checked
        self.text = text
        self.catalog = catalog
    }

    /// Whether `bytes` are UTF-8 text, as `String(validating:)` checks, a
    /// megabyte at a time so that a large file is never copied whole.
    public static func isUTF8(_ bytes: [UInt8]) -> Bool {
        var start = 0
        while start < bytes.count {
            var end = min(bytes.count, start + 1_048_576)
            // Cut before a character's first byte, never inside one.
            while end < bytes.count && bytes[end] & 0xC0 == 0x80 { end += 1 }
            guard String(validating: bytes[start..<end], as: UTF8.self) != nil else { return false }
            start = end
        }
        return true
    }
}
