/// One composed document, stored flat: every node in one array, the ids of
/// collections' children in a second, and scalars' bytes in a third.
///
/// Why flat: a plan file has about 1,400 nodes. As a tree of values it cost
/// an allocation per mapping, per list and per long scalar, the same again
/// to free it, and a reference count on every copy of a node. Here a file's
/// tree is three arrays, a node is an index, and an alias is the anchored
/// node's index again (no copy). `YAMLNode` and friends are views into it.
package final class YAMLStorage: Sendable {
    package let nodes: [YAMLNodeRecord]
    /// A sequence's items, or a mapping's key and value ids, in pairs.
    package let children: [Int32]
    /// Every scalar's text, as libyaml gave it (escapes resolved), end to end.
    package let bytes: [UInt8]
    /// Explicit tags other than `!!str`, rare in a plan: kept as written.
    package let tags: [Int32: String]

    init(nodes: [YAMLNodeRecord], children: [Int32], bytes: [UInt8], tags: [Int32: String]) {
        self.nodes = nodes
        self.children = children
        self.bytes = bytes
        self.tags = tags
    }
}

/// One node: 20 bytes, no references.
///
/// Text is compared as Swift compares Strings (canonical equivalence: the
/// Kelvin sign equals "K"); bytes decide alone when both sides are ASCII,
/// which `isASCII` records so that the common case never builds a String.
package struct YAMLNodeRecord: Sendable {
    package enum Kind: UInt8, Sendable {
        case scalar, sequence, mapping
    }

    package enum Tag: UInt8, Sendable {
        /// No explicit tag.
        case none
        /// `!!str` (`tag:yaml.org,2002:str`).
        case string
        /// Another tag, kept in `YAMLStorage.tags`.
        case other
    }

    package var line: Int32
    package var column: Int32
    /// A scalar's first byte in `bytes`; a collection's first child in `children`.
    package var start: Int32
    /// A scalar's length in bytes; a sequence's items; a mapping's entries.
    package var count: Int32
    package var kind: Kind
    package var style: YAMLScalar.Style
    package var tag: Tag
    /// A scalar whose bytes are all ASCII.
    package var isASCII: Bool

    package var position: TextPosition { TextPosition(line: Int(line), column: Int(column)) }
}

extension YAMLStorage {
    package typealias NodeID = Int32

    @inline(__always)
    package func record(_ id: NodeID) -> YAMLNodeRecord { nodes[Int(id)] }

    @inline(__always)
    package func kind(_ id: NodeID) -> YAMLNodeRecord.Kind { nodes[Int(id)].kind }

    @inline(__always)
    package func position(_ id: NodeID) -> TextPosition { nodes[Int(id)].position }

    /// A sequence's item count or a mapping's entry count (0 for a scalar).
    @inline(__always)
    package func count(_ id: NodeID) -> Int {
        let record = nodes[Int(id)]
        return record.kind == .scalar ? 0 : Int(record.count)
    }

    @inline(__always)
    package func item(_ index: Int, of sequence: NodeID) -> NodeID {
        children[Int(nodes[Int(sequence)].start) + index]
    }

    @inline(__always)
    package func key(_ index: Int, of mapping: NodeID) -> NodeID {
        children[Int(nodes[Int(mapping)].start) + 2 * index]
    }

    @inline(__always)
    package func value(_ index: Int, of mapping: NodeID) -> NodeID {
        children[Int(nodes[Int(mapping)].start) + 2 * index + 1]
    }

    /// A scalar's text as a String (empty for a collection).
    package func text(_ id: NodeID) -> String {
        let record = nodes[Int(id)]
        guard record.kind == .scalar, record.count > 0 else { return "" }
        return bytes.withUnsafeBufferPointer {
            String(
                decoding: UnsafeBufferPointer(rebasing: $0[Int(record.start)..<Int(record.start + record.count)]),
                as: UTF8.self)
        }
    }

    /// Runs `body` on a scalar's bytes (empty for a collection).
    @inline(__always)
    package func withBytes<R>(_ id: NodeID, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        let record = nodes[Int(id)]
        let range = record.kind == .scalar ? Int(record.start)..<Int(record.start + record.count) : 0..<0
        return try bytes.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[range])) }
    }

    /// Whether the scalar `id` is the text `other` (as `String`'s `==` says).
    @inline(__always)
    package func scalar(_ id: NodeID, equals other: String) -> Bool {
        let record = nodes[Int(id)]
        guard record.kind == .scalar else { return false }
        var other = other
        let (sameBytes, otherIsASCII) = other.withUTF8 { utf8 -> (Bool, Bool) in
            if utf8.count == Int(record.count) {
                let same = bytes.withUnsafeBufferPointer { all in
                    utf8.elementsEqual(all[Int(record.start)..<Int(record.start + record.count)])
                }
                if same { return (true, true) }
            }
            return (false, !utf8.contains { $0 >= 0x80 })
        }
        if sameBytes { return true }
        if record.isASCII && otherIsASCII { return false }
        return text(id) == other
    }

    /// Whether scalars `a` and `b` hold the same text (as `String`'s `==` says).
    package func scalar(_ a: NodeID, equalsScalar b: NodeID) -> Bool {
        let first = nodes[Int(a)]
        let second = nodes[Int(b)]
        if first.count == second.count {
            let same = bytes.withUnsafeBufferPointer { all in
                all[Int(first.start)..<Int(first.start + first.count)]
                    .elementsEqual(all[Int(second.start)..<Int(second.start + second.count)])
            }
            if same { return true }
        }
        if first.isASCII && second.isASCII { return false }
        return text(a) == text(b)
    }

    /// The value of the first entry whose key is `key`, in mapping `id`.
    package func value(in id: NodeID, forKey key: String) -> NodeID? {
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
    package func isNull(_ id: NodeID) -> Bool {
        let record = nodes[Int(id)]
        guard record.kind == .scalar, record.style == .plain, record.tag == .none else { return false }
        switch record.count {
        case 0: return true
        case 1: return bytes[Int(record.start)] == UInt8(ascii: "~")
        case 4 where record.isASCII:
            return scalar(id, equals: "null") || scalar(id, equals: "Null") || scalar(id, equals: "NULL")
        default:
            guard !record.isASCII else { return false }
            let text = text(id)
            return text == "~" || text == "null" || text == "Null" || text == "NULL"
        }
    }

    /// Written in quotes or as a block, or tagged as a string.
    @inline(__always)
    package func isExplicitText(_ id: NodeID) -> Bool {
        let record = nodes[Int(id)]
        return record.style != .plain || record.tag == .string
    }

    package func tag(_ id: NodeID) -> String? {
        switch nodes[Int(id)].tag {
        case .none: nil
        case .string: "tag:yaml.org,2002:str"
        case .other: tags[id]
        }
    }

    /// The view of node `id`.
    package func node(_ id: NodeID) -> YAMLNode {
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
