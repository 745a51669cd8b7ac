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

    /// One field's key and value positions in the file of `start`: 32 bytes
    /// whose only reference is the name (a small string for nearly every
    /// key), where a `Field` is 80 bytes and holds the file name twice.
    /// The loader makes one for every key of every value of every plan.
    public struct Place: Sendable, Hashable {
        public var name: String
        public var keyLine: Int32
        public var keyColumn: Int32
        public var valueLine: Int32
        public var valueColumn: Int32

        public init(name: String, keyLine: Int32, keyColumn: Int32, valueLine: Int32, valueColumn: Int32) {
            self.name = name
            self.keyLine = keyLine
            self.keyColumn = keyColumn
            self.valueLine = valueLine
            self.valueColumn = valueColumn
        }
    }

    private var startLocation: SourceLocation
    /// A mapping has a handful of keys: a list searched in order is cheaper
    /// to build and to search than two hash tables per value. Fields are
    /// either all places (in `start`'s file) or all whole fields.
    private var places: [Place]
    private var fields: [Field]

    /// Where the value itself starts (its first key, or the list item).
    public var start: SourceLocation {
        get { startLocation }
        set {
            // Places are in the start's file: moving the start to another
            // file keeps them where they are, as whole fields.
            if newValue.file != startLocation.file && !places.isEmpty {
                fields = allFields
                places = []
            }
            startLocation = newValue
        }
    }

    public init(start: SourceLocation, places: [Place]) {
        startLocation = start
        self.places = places
        fields = []
    }

    public init(start: SourceLocation, fields: [Field]) {
        startLocation = start
        places = []
        self.fields = fields
    }

    public init(start: SourceLocation, values: [String: SourceLocation] = [:], keys: [String: SourceLocation] = [:]) {
        self.init(
            start: start,
            fields: values.keys.sorted().map { Field(name: $0, value: values[$0]!, key: keys[$0] ?? values[$0]!) })
    }

    private func location(line: Int32, column: Int32) -> SourceLocation {
        SourceLocation(file: startLocation.file, line: Int(line), column: Int(column))
    }

    /// Every field, whole, in order.
    private var allFields: [Field] {
        guard !places.isEmpty else { return fields }
        return places.map {
            Field(
                name: $0.name, value: location(line: $0.valueLine, column: $0.valueColumn),
                key: location(line: $0.keyLine, column: $0.keyColumn))
        }
    }

    /// Where the value of `field` is written, or the start of the whole value
    /// when the field is absent.
    public subscript(field: String) -> SourceLocation {
        if let place = places.first(where: { $0.name == field }) {
            return location(line: place.valueLine, column: place.valueColumn)
        }
        return fields.first { $0.name == field }?.value ?? startLocation
    }

    /// Where the key `field` is written, or the start when absent.
    public func key(_ field: String) -> SourceLocation {
        if let place = places.first(where: { $0.name == field }) {
            return location(line: place.keyLine, column: place.keyColumn)
        }
        return fields.first { $0.name == field }?.key ?? startLocation
    }

    public func has(_ field: String) -> Bool {
        places.contains { $0.name == field } || fields.contains { $0.name == field }
    }

    /// Equal when they say the same, however they are stored.
    public static func == (lhs: FieldLocations, rhs: FieldLocations) -> Bool {
        lhs.startLocation == rhs.startLocation && lhs.allFields == rhs.allFields
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(startLocation)
        hasher.combine(allFields)
    }
}
