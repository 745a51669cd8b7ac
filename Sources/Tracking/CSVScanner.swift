/// An RFC 4180 reader over a file's UTF-8 bytes that hands out one record
/// at a time, so that a million-row import never holds more than one row.
///
/// It keeps what was written, as `CSVReader` (built on it) promises: quoted
/// fields keep their text exactly (commas, doubled quotes, line breaks and
/// surrounding spaces included); unquoted fields are trimmed of spaces and
/// tabs; LF, CRLF and lone CR end records; a UTF-8 byte-order mark is
/// skipped; blank lines are skipped; text after a closing quote is kept.
///
/// Every byte it looks for is ASCII, which never occurs inside a multi-byte
/// UTF-8 sequence, so a field's bytes are always whole characters. A field
/// is usually a slice of the file itself; only a quoted field with a doubled
/// quote or text after its closing quote is copied, into a buffer reused
/// from record to record. The fields of a record are valid until `next()`.
struct CSVScanner {
    /// Where one field's text is, and where it starts in the file.
    private struct Field {
        var text: UnsafeBufferPointer<UInt8>
        /// Where in `scratch` the text is when it had to be copied (`text` is
        /// then pointed at it once the record is complete), or an empty range.
        var copied: Range<Int>
        /// Offsets of the field's first byte and of the start of its line, for its column.
        var start: Int
        var lineStart: Int
    }

    private let base: UnsafePointer<UInt8>
    let count: Int
    /// The offset of the next byte to read.
    private(set) var position: Int
    /// The line `position` is on, and where that line starts.
    private var line = 1
    private var lineStart: Int
    private var fields: [Field] = []
    private let scratch = Scratch()

    /// 1-based line of the current record's first character.
    private(set) var recordLine = 0
    /// The line where a quoted field starts that is never closed: it runs to
    /// the end of the file, so the record holding it is the last.
    private(set) var unterminatedQuoteLine: Int?

    /// `bytes` must stay valid while the scanner is used.
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        // An empty file has no address; nothing is read from it then.
        base = bytes.baseAddress ?? UnsafePointer(scratch.bytes)
        count = bytes.count
        let bom = count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        position = bom ? 3 : 0
        lineStart = position
    }

    /// The number of fields in the current record.
    var fieldCount: Int { fields.count }

    /// The text of field `index` of the current record.
    func field(_ index: Int) -> UnsafeBufferPointer<UInt8> { fields[index].text }

    /// The 1-based column of field `index`'s first character (before any
    /// spaces or opening quote), counted in Unicode scalars as an editor does.
    func column(_ index: Int) -> Int {
        let field = fields[index]
        var column = 1
        for offset in field.lineStart..<field.start where base[offset] & 0xC0 != 0x80 { column += 1 }
        return column
    }

    /// Moves to the next record; false at the end of the file. A record that
    /// is one empty field (a blank line) is skipped, unless it holds an
    /// unclosed quote.
    mutating func next() -> Bool {
        while position < count {
            readRecord()
            let blank = fields.count == 1 && fields[0].text.isEmpty && unterminatedQuoteLine == nil
            if !blank { return true }
        }
        return false
    }

    private mutating func readRecord() {
        fields.removeAll(keepingCapacity: true)
        scratch.count = 0
        recordLine = line
        while true {
            let ended = readField()
            if ended { break }
        }
        // Copied text is pointed at only now: the buffer may have moved while growing.
        for index in fields.indices where !fields[index].copied.isEmpty {
            let copied = fields[index].copied
            fields[index].text = UnsafeBufferPointer(start: scratch.bytes + copied.lowerBound, count: copied.count)
        }
    }

    /// Reads one field and the delimiter after it; true when that ended the record.
    private mutating func readField() -> Bool {
        let start = position
        let fieldLineStart = lineStart
        var cursor = position
        while cursor < count && (base[cursor] == space || base[cursor] == tab) { cursor += 1 }
        if cursor < count && base[cursor] == quote {
            return readQuoted(from: cursor + 1, start: start, lineStart: fieldLineStart)
        }
        while cursor < count {
            let byte = base[cursor]
            if byte == comma || byte == lf || byte == cr { break }
            cursor += 1
        }
        var first = start
        var end = cursor
        while first < end && (base[first] == space || base[first] == tab) { first += 1 }
        while end > first && (base[end - 1] == space || base[end - 1] == tab) { end -= 1 }
        fields.append(
            Field(
                text: UnsafeBufferPointer(start: base + first, count: end - first), copied: 0..<0, start: start,
                lineStart: fieldLineStart))
        return endField(at: cursor)
    }

    /// A quoted field whose text starts at `contentStart`.
    private mutating func readQuoted(from contentStart: Int, start: Int, lineStart fieldLineStart: Int) -> Bool {
        let quoteLine = line
        var cursor = contentStart
        var doubled = false
        var closed = false
        while cursor < count {
            let byte = base[cursor]
            if byte == quote {
                if cursor + 1 < count && base[cursor + 1] == quote {
                    doubled = true
                    cursor += 2
                    continue
                }
                closed = true
                break
            }
            cursor += 1
            if byte == lf || (byte == cr && !(cursor < count && base[cursor] == lf)) {
                line += 1
                lineStart = cursor
            }
        }
        let contentEnd = cursor
        guard closed else {
            unterminatedQuoteLine = quoteLine
            position = count
            appendQuoted(
                contentStart..<contentEnd, doubled: doubled, after: contentEnd..<contentEnd, start, fieldLineStart)
            return true
        }
        // Text after the closing quote, up to the delimiter, is kept as it is.
        var after = contentEnd + 1
        while after < count {
            let byte = base[after]
            if byte == comma || byte == lf || byte == cr { break }
            after += 1
        }
        appendQuoted(contentStart..<contentEnd, doubled: doubled, after: contentEnd + 1..<after, start, fieldLineStart)
        return endField(at: after)
    }

    private mutating func appendQuoted(
        _ content: Range<Int>, doubled: Bool, after: Range<Int>, _ start: Int, _ fieldLineStart: Int
    ) {
        guard doubled || !after.isEmpty else {
            fields.append(
                Field(
                    text: UnsafeBufferPointer(start: base + content.lowerBound, count: content.count),
                    copied: 0..<0, start: start, lineStart: fieldLineStart))
            return
        }
        let offset = scratch.count
        scratch.reserve(content.count + after.count)
        let bytes = scratch.bytes
        var end = offset
        var cursor = content.lowerBound
        while cursor < content.upperBound {
            bytes[end] = base[cursor]
            end += 1
            // A doubled quote is one quote.
            cursor += base[cursor] == quote ? 2 : 1
        }
        for cursor in after {
            bytes[end] = base[cursor]
            end += 1
        }
        scratch.count = end
        fields.append(
            Field(
                text: UnsafeBufferPointer(start: base, count: 0), copied: offset..<end, start: start,
                lineStart: fieldLineStart))
    }

    /// Steps over the delimiter at `cursor`; true when it ends the record.
    private mutating func endField(at cursor: Int) -> Bool {
        guard cursor < count else {
            position = count
            return true
        }
        switch base[cursor] {
        case comma:
            position = cursor + 1
            return false
        case cr where cursor + 1 < count && base[cursor + 1] == lf:
            position = cursor + 2
        default:
            position = cursor + 1
        }
        line += 1
        lineStart = position
        return true
    }
}

private let comma = UInt8(ascii: ",")
private let quote = UInt8(ascii: "\"")
private let space = UInt8(ascii: " ")
private let tab = UInt8(ascii: "\t")
private let lf = UInt8(ascii: "\n")
private let cr = UInt8(ascii: "\r")

/// The copies of quoted fields' texts, for one record at a time; a class so
/// that it is freed once, however the scanner was copied.
private final class Scratch {
    private(set) var bytes: UnsafeMutablePointer<UInt8>
    private var capacity = 256
    var count = 0

    init() { bytes = .allocate(capacity: capacity) }

    deinit { bytes.deallocate() }

    /// Room for `extra` more bytes after `count` (the bytes may move).
    func reserve(_ extra: Int) {
        guard count + extra > capacity else { return }
        while count + extra > capacity { capacity *= 2 }
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
        grown.update(from: bytes, count: count)
        bytes.deallocate()
        bytes = grown
    }
}
