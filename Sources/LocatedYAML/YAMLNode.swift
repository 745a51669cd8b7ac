/// A position in a source text: 1-based line and 1-based column, columns
/// counted in Unicode scalars (as libyaml counts them).
public struct TextPosition: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (lhs: TextPosition, rhs: TextPosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }

    public var description: String { "\(line):\(column)" }
}

/// A composed YAML value that remembers where it was written.
///
/// Unlike a YAML library's node, a scalar keeps its raw text and style and
/// is never resolved to a boolean or a number here: the schema that reads
/// the tree decides what type each field is, so `title: no` stays the text
/// "no" and `version: 1.10` stays "1.10".
public enum YAMLNode: Sendable {
    case scalar(YAMLScalar)
    case sequence(YAMLSequence)
    case mapping(YAMLMapping)

    public var position: TextPosition {
        switch self {
        case .scalar(let scalar): scalar.position
        case .sequence(let sequence): sequence.position
        case .mapping(let mapping): mapping.position
        }
    }

    /// The document this node is part of, and its id there.
    package var storage: YAMLStorage {
        switch self {
        case .scalar(let scalar): scalar.storage
        case .sequence(let sequence): sequence.storage
        case .mapping(let mapping): mapping.storage
        }
    }

    package var id: YAMLNodeID {
        switch self {
        case .scalar(let scalar): scalar.id
        case .sequence(let sequence): sequence.id
        case .mapping(let mapping): mapping.id
        }
    }

    /// How many nodes this value holds, itself included (saturating).
    public var nodeCount: Int {
        switch self {
        case .scalar: 1
        case .sequence(let sequence): sequence.nodeCount
        case .mapping(let mapping): mapping.nodeCount
        }
    }

    /// The nesting depth below and including this node.
    public var height: Int {
        switch self {
        case .scalar: 1
        case .sequence(let sequence): sequence.height
        case .mapping(let mapping): mapping.height
        }
    }

    /// A short name for the kind of value, for messages ("a list", "a mapping").
    public var kindDescription: String {
        switch self {
        case .scalar(let scalar): scalar.isNull ? "nothing (an empty value)" : "the text '\(scalar.text)'"
        case .sequence: "a list"
        case .mapping: "a mapping of keys to values"
        }
    }
}

/// A scalar: a view of one node of a composed document.
public struct YAMLScalar: Sendable {
    public enum Style: UInt8, Sendable, BitwiseCopyable {
        case plain, singleQuoted, doubleQuoted, literal, folded
    }

    package let storage: YAMLStorage
    package let id: YAMLNodeID

    package init(storage: YAMLStorage, id: YAMLNodeID) {
        self.storage = storage
        self.id = id
    }

    /// A scalar on its own, outside any document.
    public init(text: String, style: Style, tag: String? = nil, position: TextPosition) {
        var record = YAMLNodeRecord(
            line: Int32(clamping: position.line), column: Int32(clamping: position.column), start: 0,
            count: Int32(text.utf8.count), kind: .scalar, style: style, tag: .none,
            isASCII: text.utf8.allSatisfy { $0 < 0x80 })
        var tags: [YAMLNodeID: String] = [:]
        if tag == "tag:yaml.org,2002:str" {
            record.tag = .string
        } else if let tag {
            record.tag = .other
            tags[YAMLNodeID(0)] = tag
        }
        var nodes = GrowingBuffer<YAMLNodeRecord>(capacity: 1)
        nodes.append(record)
        var bytes = GrowingBuffer<UInt8>(capacity: Int(record.count))
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
        let storage = YAMLStorage(nodes: nodes, children: GrowingBuffer(capacity: 0), bytes: bytes, tags: tags)
        self.init(storage: storage, id: YAMLNodeID(0))
    }

    public var text: String { storage.text(id) }
    public var style: Style { storage.style(id) }
    /// The explicit tag (`!!str` arrives as `tag:yaml.org,2002:str`), if any.
    public var tag: String? { storage.tag(id) }
    public var position: TextPosition { storage.position(id) }

    /// A plain `~`, `null` or empty value, with no tag: YAML's "no value".
    public var isNull: Bool { storage.isNull(id) }

    /// Written in quotes or as a block, or tagged as a string: the author
    /// said "this is text" explicitly.
    public var isExplicitText: Bool { storage.isExplicitText(id) }
}

/// A list: a view of one node of a composed document.
public struct YAMLSequence: Sendable {
    package let storage: YAMLStorage
    package let id: YAMLNodeID

    package init(storage: YAMLStorage, id: YAMLNodeID) {
        self.storage = storage
        self.id = id
    }

    public var items: [YAMLNode] {
        (0..<storage.count(id)).map { storage.node(storage.item($0, of: id)) }
    }

    public var position: TextPosition { storage.position(id) }
    public var nodeCount: Int { storage.measure(id).nodeCount }
    public var height: Int { storage.measure(id).height }
}

/// A mapping: a view of one node of a composed document.
public struct YAMLMapping: Sendable {
    public struct Entry: Sendable {
        public var key: YAMLScalar
        public var value: YAMLNode
    }

    package let storage: YAMLStorage
    package let id: YAMLNodeID

    package init(storage: YAMLStorage, id: YAMLNodeID) {
        self.storage = storage
        self.id = id
    }

    /// Entries in the order written; a duplicated key keeps its first value
    /// (the duplicate is reported by the composer).
    public var entries: [Entry] {
        (0..<storage.count(id)).map {
            Entry(
                key: YAMLScalar(storage: storage, id: storage.key($0, of: id)),
                value: storage.node(storage.value($0, of: id)))
        }
    }

    public var position: TextPosition { storage.position(id) }
    public var nodeCount: Int { storage.measure(id).nodeCount }
    public var height: Int { storage.measure(id).height }

    public subscript(key: String) -> YAMLNode? {
        storage.value(in: id, forKey: key).map(storage.node)
    }
}

func saturatingAdd(_ lhs: Int, _ rhs: Int) -> Int {
    let (sum, overflow) = lhs.addingReportingOverflow(rhs)
    return overflow ? Int.max : sum
}
