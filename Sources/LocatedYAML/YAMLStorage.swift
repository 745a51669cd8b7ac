/// One composed document, stored flat: every node in one buffer, the ids of
/// collections' children in a second, and scalars' bytes in a third.
///
/// Why flat: a plan file has about 1,400 nodes. As a tree of values it cost
/// an allocation per mapping, per list and per long scalar, the same again
/// to free it, and a reference count on every copy of a node. Here a file's
/// tree is three buffers, a node is an index, and an alias is the anchored
/// node's index again (no copy). `YAMLNode` and friends are views into it.
///
/// The buffers are filled by the composer, handed over, and never changed
/// again; they are freed with the storage. Reading them needs no closure,
/// reference count or bounds check (ids come from the composer, not the
/// input, and are always in range). The readers are public and inlinable
/// because the schema checks and the decoder call them for every node from
/// another module (`package` declarations are not inlined across modules).
public final class YAMLStorage: @unchecked Sendable {
    @usableFromInline let nodes: UnsafeMutablePointer<YAMLNodeRecord>
    /// A sequence's items, or a mapping's key and value ids, in pairs.
    @usableFromInline let children: UnsafeMutablePointer<Int32>
    /// Every scalar's text, as libyaml gave it (escapes resolved), end to end.
    @usableFromInline let bytes: UnsafeMutablePointer<UInt8>
    /// Explicit tags other than `!!str`, rare in a plan: kept as written.
    let tags: [Int32: String]

    /// Takes over the buffers.
    init(
        nodes: GrowingBuffer<YAMLNodeRecord>, children: GrowingBuffer<Int32>, bytes: GrowingBuffer<UInt8>,
        tags: [Int32: String]
    ) {
        self.nodes = nodes.base
        self.children = children.base
        self.bytes = bytes.base
        self.tags = tags
    }

    deinit {
        nodes.deallocate()
        children.deallocate()
        bytes.deallocate()
    }
}

/// An array of plain values that the composer grows and `YAMLStorage` then owns.
struct GrowingBuffer<Element: BitwiseCopyable> {
    private(set) var base: UnsafeMutablePointer<Element>
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    subscript(index: Int) -> Element {
        @inline(__always) get { base[index] }
        @inline(__always) set { base[index] = newValue }
    }

    @inline(never)
    private mutating func grow(to needed: Int) {
        var grown = capacity * 2
        while grown < needed { grown *= 2 }
        let larger = UnsafeMutablePointer<Element>.allocate(capacity: grown)
        larger.moveInitialize(from: base, count: count)
        base.deallocate()
        base = larger
        capacity = grown
    }

    @inline(__always)
    mutating func append(_ element: Element) {
        if count == capacity { grow(to: count + 1) }
        (base + count).initialize(to: element)
        count += 1
    }

    @inline(__always)
    mutating func append(contentsOf elements: UnsafeBufferPointer<Element>) {
        guard let source = elements.baseAddress, !elements.isEmpty else { return }
        if count + elements.count > capacity { grow(to: count + elements.count) }
        (base + count).initialize(from: source, count: elements.count)
        count += elements.count
    }

    /// Forgets the last `k` elements (plain values: nothing to release).
    @inline(__always)
    mutating func removeLast(_ k: Int) {
        count -= k
    }

    /// The elements `range`, valid until the next append.
    func slice(_ range: Range<Int>) -> UnsafeBufferPointer<Element> {
        UnsafeBufferPointer(start: base + range.lowerBound, count: range.count)
    }
}

/// One node: 20 bytes, no references.
///
/// Text is compared as Swift compares Strings (canonical equivalence: the
/// Kelvin sign equals "K"); bytes decide alone when both sides are ASCII,
/// which `isASCII` records so that the common case never builds a String.
public struct YAMLNodeRecord: Sendable, BitwiseCopyable {
    public enum Kind: UInt8, Sendable, BitwiseCopyable {
        case scalar, sequence, mapping
    }

    public enum Tag: UInt8, Sendable, BitwiseCopyable {
        /// No explicit tag.
        case none
        /// `!!str` (`tag:yaml.org,2002:str`).
        case string
        /// Another tag, kept in `YAMLStorage.tags`.
        case other
    }

    public var line: Int32
    public var column: Int32
    /// A scalar's first byte in `bytes`; a collection's first child in `children`.
    public var start: Int32
    /// A scalar's length in bytes; a sequence's items; a mapping's entries.
    public var count: Int32
    public var kind: Kind
    public var style: YAMLScalar.Style
    public var tag: Tag
    /// A scalar whose bytes are all ASCII.
    public var isASCII: Bool

    public var position: TextPosition { TextPosition(line: Int(line), column: Int(column)) }
}

extension YAMLStorage {
    public typealias NodeID = Int32

    @inlinable @inline(__always)
    public func record(_ id: NodeID) -> YAMLNodeRecord { nodes[Int(id)] }

    @inlinable @inline(__always)
    public func kind(_ id: NodeID) -> YAMLNodeRecord.Kind { nodes[Int(id)].kind }

    @inlinable @inline(__always)
    public func position(_ id: NodeID) -> TextPosition { nodes[Int(id)].position }

    /// A sequence's item count or a mapping's entry count (0 for a scalar).
    @inlinable @inline(__always)
    public func count(_ id: NodeID) -> Int {
        let record = nodes[Int(id)]
        return record.kind == .scalar ? 0 : Int(record.count)
    }

    @inlinable @inline(__always)
    public func item(_ index: Int, of sequence: NodeID) -> NodeID {
        children[Int(nodes[Int(sequence)].start) + index]
    }

    @inlinable @inline(__always)
    public func key(_ index: Int, of mapping: NodeID) -> NodeID {
        children[Int(nodes[Int(mapping)].start) + 2 * index]
    }

    @inlinable @inline(__always)
    public func value(_ index: Int, of mapping: NodeID) -> NodeID {
        children[Int(nodes[Int(mapping)].start) + 2 * index + 1]
    }

    /// A scalar's text as a String (empty for a collection).
    public func text(_ id: NodeID) -> String {
        String(decoding: scalarBytes(id), as: UTF8.self)
    }

    /// A scalar's bytes (empty for a collection), valid while the storage is.
    @inlinable @inline(__always)
    public func scalarBytes(_ id: NodeID) -> UnsafeBufferPointer<UInt8> {
        let record = nodes[Int(id)]
        guard record.kind == .scalar else { return UnsafeBufferPointer(start: bytes, count: 0) }
        return UnsafeBufferPointer(start: bytes + Int(record.start), count: Int(record.count))
    }

    /// Runs `body` on a scalar's bytes (empty for a collection).
    @inlinable @inline(__always)
    public func withBytes<R>(_ id: NodeID, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        try body(scalarBytes(id))
    }

    /// Whether the scalar `id` is the text `other` (as `String`'s `==` says).
    @inlinable @inline(__always)
    public func scalar(_ id: NodeID, equals other: String) -> Bool {
        let record = nodes[Int(id)]
        guard record.kind == .scalar else { return false }
        let mine = scalarBytes(id)
        var other = other
        let (sameBytes, otherIsASCII) = other.withUTF8 { utf8 -> (Bool, Bool) in
            if utf8.elementsEqual(mine) { return (true, true) }
            return (false, !utf8.contains { $0 >= 0x80 })
        }
        if sameBytes { return true }
        if record.isASCII && otherIsASCII { return false }
        return text(id) == other
    }

    /// Whether scalars `a` and `b` hold the same text (as `String`'s `==` says).
    public func scalar(_ a: NodeID, equalsScalar b: NodeID) -> Bool {
        if scalarBytes(a).elementsEqual(scalarBytes(b)) { return true }
        if nodes[Int(a)].isASCII && nodes[Int(b)].isASCII { return false }
        return text(a) == text(b)
    }

    /// The value of the first entry whose key is `key`, in mapping `id`.
    @inlinable @inline(__always)
    public func value(in id: NodeID, forKey key: StaticString) -> NodeID? {
        let record = nodes[Int(id)]
        guard record.kind == .mapping else { return nil }
        let keyCount = key.utf8CodeUnitCount
        var index = Int(record.start)
        let end = index + 2 * Int(record.count)
        while index < end {
            let candidate = nodes[Int(children[index])]
            if candidate.isASCII {
                if Int(candidate.count) == keyCount {
                    let text = bytes + Int(candidate.start)
                    var offset = 0
                    while offset < keyCount && text[offset] == key.utf8Start[offset] { offset += 1 }
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
    public func value(in id: NodeID, forKey key: String) -> NodeID? {
        let record = nodes[Int(id)]
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
    public func isNull(_ id: NodeID) -> Bool {
        let record = nodes[Int(id)]
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
    func isNullWord(_ id: NodeID) -> Bool {
        if nodes[Int(id)].isASCII {
            return scalar(id, equals: "null") || scalar(id, equals: "Null") || scalar(id, equals: "NULL")
        }
        let text = text(id)
        return text == "~" || text == "null" || text == "Null" || text == "NULL"
    }

    /// Written in quotes or as a block, or tagged as a string.
    @inlinable @inline(__always)
    public func isExplicitText(_ id: NodeID) -> Bool {
        let record = nodes[Int(id)]
        return record.style != .plain || record.tag == .string
    }

    public func tag(_ id: NodeID) -> String? {
        switch nodes[Int(id)].tag {
        case .none: nil
        case .string: "tag:yaml.org,2002:str"
        case .other: tags[id]
        }
    }

    /// The view of node `id`.
    public func node(_ id: NodeID) -> YAMLNode {
        switch nodes[Int(id)].kind {
        case .scalar: .scalar(YAMLScalar(storage: self, id: id))
        case .sequence: .sequence(YAMLSequence(storage: self, id: id))
        case .mapping: .mapping(YAMLMapping(storage: self, id: id))
        }
    }

    /// How many nodes `id` holds once aliases are expanded, itself included
    /// (saturating), and its nesting depth.
    func measure(_ id: NodeID) -> (nodeCount: Int, height: Int) {
        let record = nodes[Int(id)]
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
