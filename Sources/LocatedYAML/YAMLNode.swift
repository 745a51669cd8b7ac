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

public struct YAMLScalar: Sendable {
    public enum Style: Sendable {
        case plain, singleQuoted, doubleQuoted, literal, folded
    }

    public var text: String
    public var style: Style
    /// The explicit tag (`!!str` arrives as `tag:yaml.org,2002:str`), if any.
    public var tag: String?
    public var position: TextPosition

    public init(text: String, style: Style, tag: String? = nil, position: TextPosition) {
        self.text = text
        self.style = style
        self.tag = tag
        self.position = position
    }

    /// A plain `~`, `null` or empty value, with no tag: YAML's "no value".
    public var isNull: Bool {
        guard style == .plain, tag == nil else { return false }
        switch text {
        case "", "~", "null", "Null", "NULL": return true
        default: return false
        }
    }

    /// Written in quotes or as a block, or tagged as a string: the author
    /// said "this is text" explicitly.
    public var isExplicitText: Bool {
        style != .plain || tag == "tag:yaml.org,2002:str"
    }
}

public struct YAMLSequence: Sendable {
    public var items: [YAMLNode]
    public var position: TextPosition
    public let nodeCount: Int
    public let height: Int

    public init(items: [YAMLNode], position: TextPosition) {
        self.items = items
        self.position = position
        nodeCount = items.reduce(1) { saturatingAdd($0, $1.nodeCount) }
        height = 1 + (items.map(\.height).max() ?? 0)
    }
}

public struct YAMLMapping: Sendable {
    public struct Entry: Sendable {
        public var key: YAMLScalar
        public var value: YAMLNode
    }

    /// Entries in the order written; a duplicated key keeps its first value
    /// (the duplicate is reported by the composer).
    public var entries: [Entry]
    public var position: TextPosition
    public let nodeCount: Int
    public let height: Int

    public init(entries: [Entry], position: TextPosition) {
        self.entries = entries
        self.position = position
        nodeCount = entries.reduce(1) { saturatingAdd(saturatingAdd($0, 1), $1.value.nodeCount) }
        height = 1 + (entries.map(\.value.height).max() ?? 0)
    }

    public subscript(key: String) -> YAMLNode? {
        entries.first { $0.key.text == key }?.value
    }
}

func saturatingAdd(_ lhs: Int, _ rhs: Int) -> Int {
    let (sum, overflow) = lhs.addingReportingOverflow(rhs)
    return overflow ? Int.max : sum
}
