import LocatedYAML

/// An `ObjectSchema` tree flattened into tables of plain values, for the
/// validator's inner loop.
///
/// Why: walking `ValueKind` copies its payloads (object schemas, word lists)
/// and so counts references on objects that every file's validator shares,
/// from both cores at once. Here a kind is a small value, an object is an
/// index, and field names and choice words are bytes compared directly; the
/// original schema is kept beside the tables for the messages.
final class CompiledSchema: Sendable {
    /// A kind with no references: objects, lists' items and words are indexes.
    enum Kind: Sendable {
        case text, identifier, date, fraction, schemaVersion, tolerance, ageRange
        case number(minimum: Double?, maximum: Double?)
        case integer(minimum: Int?, maximum: Int?)
        /// Words `first..<first + count` of `words`.
        case choice(first: Int32, count: Int32)
        case reference(ReferenceKind)
        case object(Int32)
        case list(item: Int32, minimumCount: Int)
        case map(keys: MapKeys, values: Int32)
    }

    struct Field: Sendable {
        /// The name's bytes in `text`.
        var nameStart: Int32
        var nameCount: Int32
        var kind: Int32
        var isRequired: Bool
        var definesID: Bool
    }

    struct Object: Sendable {
        var firstField: Int32
        var fieldCount: Int32
        /// Fields that must be given, as bits by position.
        var requiredFields: UInt64
        /// The object has fields required unless another has a value (`requiredUnless`).
        var hasConditions: Bool
    }

    /// The objects as written, for messages: `objects[i]` is compiled as `compiled[i]`.
    let objects: [ObjectSchema]
    let compiled: [Object]
    let fields: [Field]
    let kinds: [Kind]
    /// The kinds as written, for messages.
    let valueKinds: [ValueKind]
    /// Choice words' bytes in `text`.
    let words: [(start: Int32, count: Int32)]
    /// Every field name and choice word, end to end (all ASCII).
    let text: [UInt8]
    /// The root object's kind, and the object as written.
    let root: Int32
    let rootSchema: ObjectSchema

    init(_ root: ObjectSchema) {
        var builder = Builder()
        self.root = builder.add(.object(root))
        rootSchema = root
        objects = builder.objects
        compiled = builder.compiled
        fields = builder.fields
        kinds = builder.kinds
        valueKinds = builder.valueKinds
        words = builder.words
        text = builder.text
    }

    static let plan = CompiledSchema(PlanSchema.plan)
    static let workspace = CompiledSchema(WorkspaceSchema.workspace)
    static let framework = CompiledSchema(WorkspaceSchema.framework)

    /// The index of the field of object `object` named by scalar `key`, as
    /// `ObjectSchema.field(_:)` would find it.
    @inline(__always)
    func field(named key: YAMLNodeID, in storage: YAMLStorage, of object: Int32) -> Int32? {
        let entry = compiled[Int(object)]
        guard storage.isASCII(key) else {
            // Compared as Strings, which may find a non-ASCII spelling equal.
            let name = storage.text(key)
            let found = objects[Int(object)].fields.firstIndex { $0.name == name }
            return found.map { entry.firstField + Int32($0) }
        }
        return field(named: key, in: storage, of: entry, names: text)
    }

    /// The loop of `field(named:in:of:)`, given `text` (a parameter, whose bytes stay put while it runs).
    @inline(__always)
    private func field(named key: YAMLNodeID, in storage: YAMLStorage, of entry: Object, names: [UInt8]) -> Int32? {
        let count = storage.byteCount(key)
        let names = names.span
        for index in entry.firstField..<(entry.firstField + entry.fieldCount) {
            let field = fields[Int(index)]
            guard Int(field.nameCount) == count else { continue }
            let nameStart = Int(field.nameStart)
            if storage.scalar(key, hasBytes: names.extracting(nameStart..<nameStart + count)) { return index }
        }
        return nil
    }

    /// Whether scalar `id` is one of the words of a choice (as `[String].contains` says).
    func isWord(_ id: YAMLNodeID, in storage: YAMLStorage, first: Int32, count: Int32) -> Bool {
        guard storage.isASCII(id) else {
            let value = storage.text(id)
            return (first..<(first + count)).contains { word in
                let range = words[Int(word)]
                return String(decoding: text[Int(range.start)..<Int(range.start + range.count)], as: UTF8.self)
                    == value
            }
        }
        return isWord(id, in: storage, first: first, count: count, names: text)
    }

    private func isWord(_ id: YAMLNodeID, in storage: YAMLStorage, first: Int32, count: Int32, names: [UInt8]) -> Bool {
        let length = storage.byteCount(id)
        let names = names.span
        for word in first..<(first + count) {
            let range = words[Int(word)]
            if Int(range.count) == length
                && storage.scalar(id, hasBytes: names.extracting(Int(range.start)..<Int(range.start + range.count)))
            {
                return true
            }
        }
        return false
    }

    private struct Builder {
        var objects: [ObjectSchema] = []
        var compiled: [Object] = []
        var fields: [Field] = []
        var kinds: [Kind] = []
        var valueKinds: [ValueKind] = []
        var words: [(start: Int32, count: Int32)] = []
        var text: [UInt8] = []

        mutating func bytes(_ string: String) -> (Int32, Int32) {
            let start = Int32(text.count)
            text += Array(string.utf8)
            return (start, Int32(string.utf8.count))
        }

        /// Adds `kind` (and what it holds) and returns its index.
        mutating func add(_ kind: ValueKind) -> Int32 {
            let index = Int32(kinds.count)
            kinds.append(.text)
            valueKinds.append(kind)
            switch kind {
            case .text: kinds[Int(index)] = .text
            case .identifier: kinds[Int(index)] = .identifier
            case .date: kinds[Int(index)] = .date
            case .fraction: kinds[Int(index)] = .fraction
            case .schemaVersion: kinds[Int(index)] = .schemaVersion
            case .tolerance: kinds[Int(index)] = .tolerance
            case .ageRange: kinds[Int(index)] = .ageRange
            case .number(let minimum, let maximum): kinds[Int(index)] = .number(minimum: minimum, maximum: maximum)
            case .integer(let minimum, let maximum): kinds[Int(index)] = .integer(minimum: minimum, maximum: maximum)
            case .reference(let reference): kinds[Int(index)] = .reference(reference)
            case .choice(let list):
                let first = Int32(words.count)
                for word in list { words.append(bytes(word)) }
                kinds[Int(index)] = .choice(first: first, count: Int32(list.count))
            case .list(let item, let minimumCount):
                let itemKind = add(item)
                kinds[Int(index)] = .list(item: itemKind, minimumCount: minimumCount)
            case .map(let keys, let values):
                let valueKind = add(values)
                kinds[Int(index)] = .map(keys: keys, values: valueKind)
            case .object(let schema):
                precondition(schema.fields.count <= 64, "an object schema has at most 64 fields")
                let object = Int32(objects.count)
                kinds[Int(index)] = .object(object)
                objects.append(schema)
                compiled.append(Object(firstField: 0, fieldCount: 0, requiredFields: 0, hasConditions: false))
                // Fields of one object are contiguous: reserve them before the nested objects' own.
                let firstField = Int32(fields.count)
                var required: UInt64 = 0
                for (position, field) in schema.fields.enumerated() {
                    let (start, count) = bytes(field.name)
                    fields.append(
                        Field(
                            nameStart: start, nameCount: count, kind: -1, isRequired: field.isRequired,
                            definesID: field.definesID))
                    if field.isRequired { required |= 1 << UInt64(position) }
                }
                compiled[Int(object)] = Object(
                    firstField: firstField, fieldCount: Int32(schema.fields.count), requiredFields: required,
                    hasConditions: !schema.requiredUnless.isEmpty)
                for (position, field) in schema.fields.enumerated() {
                    let fieldKind = add(field.kind)
                    fields[Int(firstField) + position].kind = fieldKind
                }
            }
            return index
        }
    }
}
