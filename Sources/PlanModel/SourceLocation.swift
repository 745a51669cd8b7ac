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
    /// Where the value itself starts (its first key, or the list item).
    public var start: SourceLocation
    private var values: [String: SourceLocation]
    private var keys: [String: SourceLocation]

    public init(start: SourceLocation, values: [String: SourceLocation] = [:], keys: [String: SourceLocation] = [:]) {
        self.start = start
        self.values = values
        self.keys = keys
    }

    /// Where the value of `field` is written, or the start of the whole value
    /// when the field is absent.
    public subscript(field: String) -> SourceLocation {
        values[field] ?? start
    }

    /// Where the key `field` is written, or the start when absent.
    public func key(_ field: String) -> SourceLocation {
        keys[field] ?? start
    }

    public func has(_ field: String) -> Bool {
        values[field] != nil
    }
}
