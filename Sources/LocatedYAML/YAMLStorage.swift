/// One composed document, stored flat: every node in one buffer, the ids of
/// collections' children in a second, and scalars' bytes in a third.
///
/// Why flat: a plan file has about 1,400 nodes. As a tree of values it cost
/// an allocation per mapping, per list and per long scalar, the same again
/// to free it, and a reference count on every copy of a node. Here a file's
/// tree is three buffers, a node is an id, and an alias is the anchored
/// node's id again (no copy). `YAMLNode` and friends are views into it.
///
/// The buffers are filled by the composer, handed over, and never changed
/// again; they are freed with the storage. The readers are public and
/// inlinable because the schema checks and the decoder call them for every
/// node from another module (`package` declarations are not inlined across
/// modules). They are safe to call with any id and index: an id can only
/// come from a storage (and is checked against this one's node count), and
/// a child's index is checked against its collection's count, so a read is
/// always inside the buffers; bytes leave only as a `Span`.
public final class YAMLStorage: Sendable {
    @usableFromInline let nodes: GrowingBuffer<YAMLNodeRecord>
    /// A sequence's items, or a mapping's key and value ids, in pairs.
    @usableFromInline let children: GrowingBuffer<YAMLNodeID>
    /// Every scalar's text, as libyaml gave it (escapes resolved), end to end.
    @usableFromInline let bytes: GrowingBuffer<UInt8>
    /// Explicit tags other than `!!str`, rare in a plan: kept as written.
    let tags: [YAMLNodeID: String]

    /// Takes over the buffers.
    init(
        nodes: consuming GrowingBuffer<YAMLNodeRecord>, children: consuming GrowingBuffer<YAMLNodeID>,
        bytes: consuming GrowingBuffer<UInt8>, tags: [YAMLNodeID: String]
    ) {
        self.nodes = nodes
        self.children = children
        self.bytes = bytes
        self.tags = tags
    }
}

// The buffers are written only before the storage exists and read only after.
extension GrowingBuffer: @unchecked Sendable {}

/// A node of one document's `YAMLStorage`: made only by the storage, never
/// from a number, so that every id a reader is given names a node.
public struct YAMLNodeID: Hashable, Sendable, BitwiseCopyable {
    @usableFromInline let index: Int32

    @usableFromInline init(_ index: Int32) {
        self.index = index
    }
}

/// The three kinds of YAML node.
public enum YAMLNodeKind: UInt8, Sendable, BitwiseCopyable {
    case scalar, sequence, mapping
}

/// One node: 20 bytes, no references.
///
/// Text is compared as Swift compares Strings (canonical equivalence: the
/// Kelvin sign equals "K"); bytes decide alone when both sides are ASCII,
/// which `isASCII` records so that the common case never builds a String.
@usableFromInline
struct YAMLNodeRecord: Sendable, BitwiseCopyable {
    @usableFromInline enum Tag: UInt8, Sendable, BitwiseCopyable {
        /// No explicit tag.
        case none
        /// `!!str` (`tag:yaml.org,2002:str`).
        case string
        /// Another tag, kept in `YAMLStorage.tags`.
        case other
    }

    @usableFromInline var line: Int32
    @usableFromInline var column: Int32
    /// A scalar's first byte in `bytes`; a collection's first child in `children`.
    @usableFromInline var start: Int32
    /// A scalar's length in bytes; a sequence's items; a mapping's entries.
    @usableFromInline var count: Int32
    @usableFromInline var kind: YAMLNodeKind
    @usableFromInline var style: YAMLScalar.Style
    @usableFromInline var tag: Tag
    /// A scalar whose bytes are all ASCII.
    @usableFromInline var isASCII: Bool

    @usableFromInline
    init(
        line: Int32, column: Int32, start: Int32, count: Int32, kind: YAMLNodeKind, style: YAMLScalar.Style,
        tag: Tag, isASCII: Bool
    ) {
        self.line = line
        self.column = column
        self.start = start
        self.count = count
        self.kind = kind
        self.style = style
        self.tag = tag
        self.isASCII = isASCII
    }

    @usableFromInline var position: TextPosition { TextPosition(line: Int(line), column: Int(column)) }
}

extension YAMLStorage {
    /// Node `id`'s record; an id from another document is stopped here.
    @inlinable @inline(__always)
    func record(_ id: YAMLNodeID) -> YAMLNodeRecord {
        precondition(
            UInt32(bitPattern: id.index) < UInt32(truncatingIfNeeded: nodes.count), "a node of another document")
        return nodes[Int(id.index)]
    }

    /// Child `offset` of a collection's children (`record` is the collection's).
    @inlinable @inline(__always)
    func child(_ offset: Int, of record: YAMLNodeRecord, perEntry: Int) -> YAMLNodeID {
        precondition(record.kind != .scalar && offset >= 0 && offset < perEntry * Int(record.count), "no such child")
        return children[Int(record.start) + offset]
    }

    @inlinable @inline(__always)
    public func kind(_ id: YAMLNodeID) -> YAMLNodeKind { record(id).kind }

    @inlinable @inline(__always)
    public func position(_ id: YAMLNodeID) -> TextPosition { record(id).position }

    /// Line and column as stored, for `FieldLocations`.
    @inlinable @inline(__always)
    public func lineAndColumn(_ id: YAMLNodeID) -> (line: Int32, column: Int32) {
        let record = record(id)
        return (record.line, record.column)
    }

    @inlinable @inline(__always)
    public func style(_ id: YAMLNodeID) -> YAMLScalar.Style { record(id).style }

    /// A scalar whose bytes are all ASCII (a collection counts as ASCII).
    @inlinable @inline(__always)
    public func isASCII(_ id: YAMLNodeID) -> Bool { record(id).isASCII }

    /// A sequence's item count or a mapping's entry count (0 for a scalar).
    @inlinable @inline(__always)
    public func count(_ id: YAMLNodeID) -> Int {
        let record = record(id)
        return record.kind == .scalar ? 0 : Int(record.count)
    }

    /// A scalar's length in bytes (0 for a collection).
    @inlinable @inline(__always)
    public func byteCount(_ id: YAMLNodeID) -> Int {
        let record = record(id)
        return record.kind == .scalar ? Int(record.count) : 0
    }

    @inlinable @inline(__always)
    public func item(_ index: Int, of sequence: YAMLNodeID) -> YAMLNodeID {
        let record = record(sequence)
        precondition(record.kind == .sequence, "not a list")
        return child(index, of: record, perEntry: 1)
    }

    @inlinable @inline(__always)
    public func key(_ index: Int, of mapping: YAMLNodeID) -> YAMLNodeID {
        let record = record(mapping)
        precondition(record.kind == .mapping, "not a mapping")
        return child(2 * index, of: record, perEntry: 2)
    }

    @inlinable @inline(__always)
    public func value(_ index: Int, of mapping: YAMLNodeID) -> YAMLNodeID {
        let record = record(mapping)
        precondition(record.kind == .mapping, "not a mapping")
        return child(2 * index + 1, of: record, perEntry: 2)
    }

    /// A scalar's text as a String (empty for a collection).
    public func text(_ id: YAMLNodeID) -> String {
        let record = record(id)
        guard record.kind == .scalar else { return "" }
        return String(decoding: bytes.buffer(Int(record.start)..<Int(record.start + record.count)), as: UTF8.self)
    }

    /// Runs `body` on a scalar's bytes (empty for a collection).
    @inlinable @inline(__always)
    public func withBytes<R, Failure: Error>(
        _ id: YAMLNodeID, _ body: (Span<UInt8>) throws(Failure) -> R
    ) throws(Failure) -> R {
        let record = record(id)
        let range = record.kind == .scalar ? Int(record.start)..<Int(record.start + record.count) : 0..<0
        return try bytes.withSpan(range, body)
    }

    /// Byte `offset` of a scalar's text (checked against its length).
    @inlinable @inline(__always)
    public func byte(_ offset: Int, of id: YAMLNodeID) -> UInt8 {
        let record = record(id)
        precondition(record.kind == .scalar && offset >= 0 && offset < Int(record.count), "no such byte")
        return bytes[Int(record.start) + offset]
    }

    /// Whether scalar `id`'s bytes are `other`'s.
    @inlinable @inline(__always)
    public func scalar(_ id: YAMLNodeID, hasBytes other: Span<UInt8>) -> Bool {
        let record = record(id)
        guard record.kind == .scalar, Int(record.count) == other.count else { return false }
        let start = Int(record.start)
        for offset in other.indices where bytes[start + offset] != other[offset] { return false }
        return true
    }

    /// Whether the scalar `id` is the text `other` (as `String`'s `==` says).
    @inlinable @inline(__always)
    public func scalar(_ id: YAMLNodeID, equals other: String) -> Bool {
        let record = record(id)
        guard record.kind == .scalar else { return false }
        let utf8 = other.utf8.span
        if scalar(id, hasBytes: utf8) { return true }
        if record.isASCII && isASCII(utf8) { return false }
        return text(id) == other
    }

    @inlinable @inline(__always)
    func isASCII(_ bytes: Span<UInt8>) -> Bool {
        var high: UInt8 = 0
        for index in bytes.indices { high |= bytes[index] }
        return high < 0x80
    }

    /// Whether scalars `a` and `b` hold the same text (as `String`'s `==` says).
    public func scalar(_ a: YAMLNodeID, equalsScalar b: YAMLNodeID) -> Bool {
        if withBytes(b, { scalar(a, hasBytes: $0) }) { return true }
        if record(a).isASCII && record(b).isASCII { return false }
        return text(a) == text(b)
    }

    /// The value of the first entry whose key is `key`, in mapping `id`.
    @inlinable @inline(__always)
    public func value(in id: YAMLNodeID, forKey key: StaticString) -> YAMLNodeID? {
        let record = record(id)
        guard record.kind == .mapping else { return nil }
        let keyCount = key.utf8CodeUnitCount
        var index = Int(record.start)
        let end = index + 2 * Int(record.count)
        while index < end {
            let candidate = nodes[Int(children[index].index)]
            if candidate.isASCII {
                if Int(candidate.count) == keyCount {
                    let start = Int(candidate.start)
                    var offset = 0
                    while offset < keyCount && bytes[start + offset] == key.utf8Start[offset] { offset += 1 }
                    if offset == keyCount { return children[index + 1] }
                }
            } else if scalar(children[index], equals: key.description) {
                return children[index + 1]
            }
            index += 2
        }
        return nil
    }

    /// The value of the first entry whose key is `key`, in mapping `id`.
    public func value(in id: YAMLNodeID, forKey key: String) -> YAMLNodeID? {
        let record = record(id)
        guard record.kind == .mapping else { return nil }
        var index = Int(record.start)
        let end = index + 2 * Int(record.count)
        while index < end {
            if scalar(children[index], equals: key) { return children[index + 1] }
            index += 2
        }
        return nil
    }

    /// A plain `~`, `null` or empty value, with no tag: YAML's "no value".
    @inlinable
    public func isNull(_ id: YAMLNodeID) -> Bool {
        let record = record(id)
        guard record.kind == .scalar, record.style == .plain, record.tag == .none else { return false }
        switch record.count {
        case 0: return true
        case 1: return bytes[Int(record.start)] == UInt8(ascii: "~")
        case 4: return isNullWord(id)
        default: return !record.isASCII && isNullWord(id)
        }
    }

    /// `null`, `Null` or `NULL` (or, for non-ASCII text, whatever `String` finds equal to them or to `~`).
    @usableFromInline
    func isNullWord(_ id: YAMLNodeID) -> Bool {
        if record(id).isASCII {
            return scalar(id, equals: "null") || scalar(id, equals: "Null") || scalar(id, equals: "NULL")
        }
        let text = text(id)
        return text == "~" || text == "null" || text == "Null" || text == "NULL"
    }

    /// Written in quotes or as a block, or tagged as a string.
    @inlinable @inline(__always)
    public func isExplicitText(_ id: YAMLNodeID) -> Bool {
        let record = record(id)
        return record.style != .plain || record.tag == .string
    }

    public func tag(_ id: YAMLNodeID) -> String? {
        switch record(id).tag {
        case .none: nil
        case .string: "tag:yaml.org,2002:str"
        case .other: tags[id]
        }
    }

    /// The view of node `id`.
    public func node(_ id: YAMLNodeID) -> YAMLNode {
        switch record(id).kind {
        case .scalar: .scalar(YAMLScalar(storage: self, id: id))
        case .sequence: .sequence(YAMLSequence(storage: self, id: id))
        case .mapping: .mapping(YAMLMapping(storage: self, id: id))
        }
    }

    /// How many nodes `id` holds once aliases are expanded, itself included
    /// (saturating), and its nesting depth.
    func measure(_ id: YAMLNodeID) -> (nodeCount: Int, height: Int) {
        let record = record(id)
        switch record.kind {
        case .scalar:
            return (1, 1)
        case .sequence:
            var total = 1
            var height = 0
            for index in 0..<Int(record.count) {
                let (count, depth) = measure(item(index, of: id))
                total = saturatingAdd(total, count)
                height = max(height, depth)
            }
            return (total, height + 1)
        case .mapping:
            var total = 1
            var height = 0
            for index in 0..<Int(record.count) {
                let (count, depth) = measure(value(index, of: id))
                total = saturatingAdd(saturatingAdd(total, 1), count)
                height = max(height, depth)
            }
            return (total, height + 1)
        }
    }
}
