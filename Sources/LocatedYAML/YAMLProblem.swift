/// Something that stops a text from being read as the YAML countdown expects,
/// located and explained for a reader who is not a programmer.
public struct YAMLProblem: Sendable, Equatable {
    public enum Kind: String, Sendable {
        /// The text is not valid YAML; reading stopped here.
        case syntax
        /// The bytes are not UTF-8 text (or hold NUL bytes: a binary file).
        case encoding
        /// There is nothing in the file.
        case empty
        /// Nesting, alias expansion or document count beyond what a plan needs.
        case limits
        /// A key given twice in one mapping (reported at the second).
        case duplicateKey
        /// A key that is not plain text (a list or a mapping used as a key).
        case complexKey
    }

    public var kind: Kind
    public var message: String
    public var position: TextPosition
    /// How to fix it, in plain words.
    public var hint: String?
    /// A related place, such as the first occurrence of a duplicated key.
    public var related: (message: String, position: TextPosition)?

    public init(
        kind: Kind, message: String, position: TextPosition, hint: String? = nil,
        related: (message: String, position: TextPosition)? = nil
    ) {
        self.kind = kind
        self.message = message
        self.position = position
        self.hint = hint
        self.related = related
    }

    public static func == (lhs: YAMLProblem, rhs: YAMLProblem) -> Bool {
        lhs.kind == rhs.kind && lhs.message == rhs.message && lhs.position == rhs.position
            && lhs.hint == rhs.hint && lhs.related?.message == rhs.related?.message
            && lhs.related?.position == rhs.related?.position
    }
}

/// What composing a text gives: the tree when the text could be read, and
/// every problem found. A tree comes with problems only for ones that do not
/// stop reading (duplicate and complex keys).
public struct ComposedYAML: Sendable {
    public var root: YAMLNode?
    public var problems: [YAMLProblem]
}

/// Bounds that keep hostile input cheap: plan files are small and shallow.
public struct ComposeLimits: Sendable {
    /// Deepest nesting accepted; a plan needs about 8 levels.
    public var maxDepth: Int
    /// Most nodes that aliases may add in all (guards against "billion laughs").
    public var maxAliasExpansion: Int

    public init(maxDepth: Int = 64, maxAliasExpansion: Int = 100_000) {
        self.maxDepth = maxDepth
        self.maxAliasExpansion = maxAliasExpansion
    }
}
