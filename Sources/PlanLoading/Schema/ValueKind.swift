/// What a field holds. The schema is data: the validator walks it, the
/// JSON Schema and the format reference are generated from it.
public indirect enum ValueKind: Sendable {
    /// Any scalar, kept as written: `no` is the text "no", `1.10` is "1.10".
    case text
    /// A kebab-case id: `^[a-z0-9][a-z0-9-]{0,63}$`.
    case identifier
    /// An ISO `YYYY-MM-DD` calendar date.
    case date
    /// A plain decimal, optionally bounded.
    case number(minimum: Double?, maximum: Double?)
    /// A whole number, optionally bounded.
    case integer(minimum: Int?, maximum: Int?)
    /// A number in [0, 1].
    case fraction
    /// The format version: `1`.
    case schemaVersion
    /// One of a closed list of words.
    case choice([String])
    /// `N%` of the expected value, or an absolute number.
    case tolerance
    /// Ages on life-table band boundaries: `35-74`, `0-0`, `90+`.
    case ageRange
    /// An id declared in `countdown.yaml` (or built in).
    case reference(ReferenceKind)
    case object(ObjectSchema)
    case list(of: ValueKind, minimumCount: Int)
    /// A mapping whose keys are not fixed field names.
    case map(keys: MapKeys, values: ValueKind)

    static let number = ValueKind.number(minimum: nil, maximum: nil)
    static let nonNegative = ValueKind.number(minimum: 0, maximum: nil)

    static func list(of kind: ValueKind) -> ValueKind { .list(of: kind, minimumCount: 0) }
}

public enum ReferenceKind: String, Sendable {
    case organisation, board, contributor

    var declaredWhere: String {
        switch self {
        case .organisation: "under 'organisations' in countdown.yaml"
        case .board: "under 'boards' in countdown.yaml"
        case .contributor: "in the built-in list or under 'contributors' in countdown.yaml"
        }
    }
}

public enum MapKeys: Sendable {
    /// The components of the workspace's diagnostic framework.
    case frameworkComponents
    /// Lint rule ids (checked by the linter, which knows the rules).
    case ruleIDs
}

public struct FieldSchema: Sendable {
    public var name: String
    public var kind: ValueKind
    public var isRequired: Bool
    /// One line for the format reference.
    public var summary: String
    /// An example value, used in "add …" hints.
    public var example: String?
    /// The value is an id that must be unique in its scope (the plan).
    public var definesID: Bool

    public init(
        _ name: String, _ kind: ValueKind, required: Bool = false, definesID: Bool = false, example: String? = nil,
        _ summary: String
    ) {
        self.name = name
        self.kind = kind
        self.isRequired = required
        self.summary = summary
        self.example = example
        self.definesID = definesID
    }
}

public struct ObjectSchema: Sendable {
    /// A singular noun for messages: "plan", "milestone", "person".
    public var name: String
    public var fields: [FieldSchema]
    /// A field required unless another field has a given value:
    /// `evidence` unless `rating` is `unknown`.
    public var requiredUnless: [(field: String, otherField: String, value: String)]

    public init(
        _ name: String, _ fields: [FieldSchema],
        requiredUnless: [(field: String, otherField: String, value: String)] = []
    ) {
        self.name = name
        self.fields = fields
        self.requiredUnless = requiredUnless
    }

    public func field(_ name: String) -> FieldSchema? { fields.first { $0.name == name } }

    var article: String {
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        return (vowels.contains(name.first ?? "x") ? "an " : "a ") + name
    }
}

extension ValueKind {
    /// What the value should be, for "should be …" messages.
    var expectation: String {
        switch self {
        case .text: "text"
        case .identifier: "an id (lower-case letters, digits and '-')"
        case .date: "a date written YYYY-MM-DD"
        case .number(let minimum, _): minimum == 0 ? "a number (0 or more)" : "a number"
        case .integer(let minimum, let maximum):
            if let minimum, let maximum { "a whole number from \(minimum) to \(maximum)" } else { "a whole number" }
        case .fraction: "a fraction between 0 and 1"
        case .schemaVersion: "the format version 1"
        case .choice(let words): "one of: \(words.joined(separator: ", "))"
        case .tolerance: "a percentage such as 5% or a number"
        case .ageRange: "an age range such as 35-74"
        case .reference(let kind): "an \(kind.rawValue) id"
        case .object(let schema): "\(schema.article) (a mapping of keys to values)"
        case .list(let item, _): "a list of \(item.pluralDescription) (each item starting with '- ')"
        case .map: "a mapping of keys to values"
        }
    }

    var pluralDescription: String {
        switch self {
        case .object(let schema): schema.name + "s"
        case .choice(let words): "words from: \(words.joined(separator: ", "))"
        default: "values"
        }
    }
}
