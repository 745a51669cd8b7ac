/// An RFC 4180 reader over a file's UTF-8 bytes that hands out one record
/// at a time, so that a million-row import never holds more than one row.
///
/// It keeps what was written: quoted fields keep their text exactly (commas,
/// doubled quotes, line breaks and surrounding spaces included); unquoted
/// fields are trimmed of spaces and tabs; LF, CRLF and lone CR end records;
/// a UTF-8 byte-order mark is skipped; blank lines are skipped; text after a
/// closing quote is kept.
///
/// Every byte it looks for is ASCII, which never occurs inside a multi-byte
/// UTF-8 sequence, so a field's bytes are always whole characters. A field
/// is usually a range of the bytes themselves; only a quoted field with a
/// doubled quote or text after its closing quote is copied, into `copies`,
/// reused from record to record. Fields are valid until `next()`.
///
/// Generic over the bytes so that each reader keeps its file as it holds it
/// (an array, or a string's own storage); inlinable so that it is compiled
/// for that type where it is used.
public struct CSVScanner<Bytes: RandomAccessCollection<UInt8>> where Bytes.Index == Int {
    /// Where one field's text is, and where it starts in the file.
    @usableFromInline
    struct Field {
        /// The text's range: in `bytes`, or in `copies` when `copied`.
        @usableFromInline var text: Range<Int>
        @usableFromInline var copied: Bool
        /// Offsets of the field's first byte and of the start of its line, for its column.
        @usableFromInline var start: Int
        @usableFromInline var lineStart: Int

        @inlinable
        init(text: Range<Int>, copied: Bool, start: Int, lineStart: Int) {
            (self.text, self.copied, self.start, self.lineStart) = (text, copied, start, lineStart)
        }
    }

    public let bytes: Bytes
    /// The offset of the next byte to read.
    @inlinable public var position: Int { offset }
    @usableFromInline var offset: Int
    /// The line `position` is on, and where that line starts.
    @usableFromInline var line = 1
    @usableFromInline var lineStart: Int
    @usableFromInline var fields: [Field] = []
    /// The copied texts of the current record's quoted fields.
    @inlinable public var copies: [UInt8] { copyBuffer }
    @usableFromInline var copyBuffer: [UInt8] = []

    /// 1-based line of the current record's first character.
    @inlinable public var recordLine: Int { currentLine }
    @usableFromInline var currentLine = 0
    /// The line where a quoted field starts that is never closed: it runs to
    /// the end of the file, so the record holding it is the last.
    @inlinable public var unterminatedQuoteLine: Int? { openQuoteLine }
    @usableFromInline var openQuoteLine: Int?

    @inlinable
    public init(_ bytes: Bytes) {
        self.bytes = bytes
        let start = bytes.startIndex
        let bom = bytes.count >= 3 && bytes[start] == 0xEF && bytes[start + 1] == 0xBB && bytes[start + 2] == 0xBF
        offset = start + (bom ? 3 : 0)
        lineStart = offset
    }

    /// The offset just past the last byte.
    @inlinable public var count: Int { bytes.endIndex }

    /// The number of fields in the current record.
    @inlinable public var fieldCount: Int { fields.count }

    /// The range of field `index`'s text in `bytes`, or nil when its text
    /// had to be copied (it is then in `copied`, at `copiedRange`).
    @inlinable
    public func range(_ index: Int) -> Range<Int>? {
        fields[index].copied ? nil : fields[index].text
    }

    /// Where a copied field's text is in `copied`.
    @inlinable
    public func copiedRange(_ index: Int) -> Range<Int>? {
        fields[index].copied ? fields[index].text : nil
    }

    /// Whether field `index` is empty.
    @inlinable
    public func isEmpty(_ index: Int) -> Bool { fields[index].text.isEmpty }

    /// The text of field `index` of the current record.
    @inlinable
    public func text(_ index: Int) -> String {
        let field = fields[index]
        return field.copied
            ? String(decoding: copyBuffer[field.text], as: UTF8.self)
            : String(decoding: bytes[field.text], as: UTF8.self)
    }

    /// The 1-based column of field `index`'s first character (before any
    /// spaces or opening quote), counted in Unicode scalars as an editor does.
    @inlinable
    public func column(_ index: Int) -> Int {
        let field = fields[index]
        var column = 1
        for index in field.lineStart..<field.start where bytes[index] & 0xC0 != 0x80 { column += 1 }
        return column
    }

    /// Moves to the next record; false at the end of the file. A record that
    /// is one empty field (a blank line) is skipped, unless it holds an
    /// unclosed quote.
    @inlinable
    public mutating func next() -> Bool {
        while offset < count {
            readRecord()
            let blank = fields.count == 1 && fields[0].text.isEmpty && openQuoteLine == nil
            if !blank { return true }
        }
        return false
    }

    @inlinable
    mutating func readRecord() {
        fields.removeAll(keepingCapacity: true)
        copyBuffer.removeAll(keepingCapacity: true)
        currentLine = line
        while true {
            let ended = readField()
            if ended { break }
        }
    }

    /// Reads one field and the delimiter after it; true when that ended the record.
    @inlinable
    mutating func readField() -> Bool {
        let start = offset
        let fieldLineStart = lineStart
        let end = count
        var cursor = offset
        while cursor < end && (bytes[cursor] == CSVByte.space || bytes[cursor] == CSVByte.tab) { cursor += 1 }
        if cursor < end && bytes[cursor] == CSVByte.quote {
            return readQuoted(from: cursor + 1, start: start, lineStart: fieldLineStart)
        }
        while cursor < end {
            let byte = bytes[cursor]
            if byte == CSVByte.comma || byte == CSVByte.lf || byte == CSVByte.cr { break }
            cursor += 1
        }
        var first = start
        var last = cursor
        while first < last && (bytes[first] == CSVByte.space || bytes[first] == CSVByte.tab) { first += 1 }
        while last > first && (bytes[last - 1] == CSVByte.space || bytes[last - 1] == CSVByte.tab) { last -= 1 }
        fields.append(Field(text: first..<last, copied: false, start: start, lineStart: fieldLineStart))
        return endField(at: cursor)
    }

    /// A quoted field whose text starts at `contentStart`.
    @inlinable
    mutating func readQuoted(from contentStart: Int, start: Int, lineStart fieldLineStart: Int) -> Bool {
        let quoteLine = line
        let end = count
        var cursor = contentStart
        var doubled = false
        var closed = false
        while cursor < end {
            let byte = bytes[cursor]
            if byte == CSVByte.quote {
                if cursor + 1 < end && bytes[cursor + 1] == CSVByte.quote {
                    doubled = true
                    cursor += 2
                    continue
                }
                closed = true
                break
            }
            cursor += 1
            if byte == CSVByte.lf || (byte == CSVByte.cr && !(cursor < end && bytes[cursor] == CSVByte.lf)) {
                line += 1
                lineStart = cursor
            }
        }
        let contentEnd = cursor
        guard closed else {
            openQuoteLine = quoteLine
            offset = end
            appendQuoted(
                contentStart..<contentEnd, doubled: doubled, after: contentEnd..<contentEnd, start, fieldLineStart)
            return true
        }
        // Text after the closing quote, up to the delimiter, is kept as it is.
        var after = contentEnd + 1
        while after < end {
            let byte = bytes[after]
            if byte == CSVByte.comma || byte == CSVByte.lf || byte == CSVByte.cr { break }
            after += 1
        }
        appendQuoted(contentStart..<contentEnd, doubled: doubled, after: contentEnd + 1..<after, start, fieldLineStart)
        return endField(at: after)
    }

    @inlinable
    mutating func appendQuoted(
        _ content: Range<Int>, doubled: Bool, after: Range<Int>, _ start: Int, _ fieldLineStart: Int
    ) {
        guard doubled || !after.isEmpty else {
            fields.append(Field(text: content, copied: false, start: start, lineStart: fieldLineStart))
            return
        }
        let copyStart = copyBuffer.count
        var cursor = content.lowerBound
        while cursor < content.upperBound {
            copyBuffer.append(bytes[cursor])
            // A doubled quote is one quote.
            cursor += bytes[cursor] == CSVByte.quote ? 2 : 1
        }
        copyBuffer.append(contentsOf: bytes[after])
        fields.append(Field(text: copyStart..<copyBuffer.count, copied: true, start: start, lineStart: fieldLineStart))
    }

    /// Steps over the delimiter at `cursor`; true when it ends the record.
    @inlinable
    mutating func endField(at cursor: Int) -> Bool {
        guard cursor < count else {
            offset = count
            return true
        }
        switch bytes[cursor] {
        case CSVByte.comma:
            offset = cursor + 1
            return false
        case CSVByte.cr where cursor + 1 < count && bytes[cursor + 1] == CSVByte.lf:
            offset = cursor + 2
        default:
            offset = cursor + 1
        }
        line += 1
        lineStart = offset
        return true
    }
}

/// The bytes CSV is made of (computed, so that inlined loops see constants).
@usableFromInline
enum CSVByte {
    @inlinable static var comma: UInt8 { 0x2C }
    @inlinable static var quote: UInt8 { 0x22 }
    @inlinable static var space: UInt8 { 0x20 }
    @inlinable static var tab: UInt8 { 0x09 }
    @inlinable static var lf: UInt8 { 0x0A }
    @inlinable static var cr: UInt8 { 0x0D }
}
