/// Where a value was written: a file (as the user names it, relative to the
/// workspace where possible) and a 1-based line and column.
public struct SourceLocation: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }

    public var description: String { "\(file):\(line):\(column)" }
}

/// The location of each field of a model value, by key, so that a check can
/// point at the exact value it is about (`milestone.locations["due"]`).
public struct FieldLocations: Sendable, Hashable {
    /// One field: where its key and its value are written.
    public struct Field: Sendable, Hashable {
        public var name: String
        public var value: SourceLocation
        public var key: SourceLocation

        public init(name: String, value: SourceLocation, key: SourceLocation) {
            self.name = name
            self.value = value
            self.key = key
        }
    }

    /// Where the value itself starts (its first key, or the list item).
    public var start: SourceLocation
    /// A mapping has a handful of keys: a list searched in order is cheaper
    /// to build and to search than two hash tables per value.
    private var fields: [Field]

    public init(start: SourceLocation, fields: [Field]) {
        self.start = start
        self.fields = fields
    }

    public init(start: SourceLocation, values: [String: SourceLocation] = [:], keys: [String: SourceLocation] = [:]) {
        self.start = start
        fields = values.keys.sorted().map { Field(name: $0, value: values[$0]!, key: keys[$0] ?? values[$0]!) }
    }

    /// Where the value of `field` is written, or the start of the whole value
    /// when the field is absent.
    public subscript(field: String) -> SourceLocation {
        fields.first { $0.name == field }?.value ?? start
    }

    /// Where the key `field` is written, or the start when absent.
    public func key(_ field: String) -> SourceLocation {
        fields.first { $0.name == field }?.key ?? start
    }

    public func has(_ field: String) -> Bool {
        fields.contains { $0.name == field }
    }
}
