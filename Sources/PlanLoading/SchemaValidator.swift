import Common
import LocatedYAML
import PlanModel

/// What a file may refer to: ids declared in the workspace and the
/// framework's components. `nil` sets mean "unknown" (countdown.yaml could
/// not be read), and references are then not checked.
public struct ValidationContext: Sendable {
    public var organisations: Set<String>?
    public var boards: Set<String>?
    public var contributors: Set<String>?
    public var components: [String]?
    /// The workspace's period, so that a hint's example date is one inside it.
    public var period: ClosedRange<Day>?

    public init(
        organisations: Set<String>? = nil, boards: Set<String>? = nil, contributors: Set<String>? = nil,
        components: [String]? = nil, period: ClosedRange<Day>? = nil
    ) {
        self.organisations = organisations
        self.boards = boards
        self.contributors = contributors
        self.components = components
        self.period = period
    }
}

/// Walks a composed YAML tree against an `ObjectSchema` and reports every
/// schema-level problem, without stopping at the first.
///
/// It walks the document's flat storage by node id and the schema's compiled
/// tables (`CompiledSchema`), so that a clean file costs no String, array or
/// reference count per value; text is made only for a message.
struct SchemaValidator {
    typealias NodeID = YAMLNodeID

    let file: String
    let context: ValidationContext
    private(set) var diagnostics: [Diagnostic] = []
    /// Ids defined so far in this file, with where each was first given.
    private var definedIDs: [String: TextPosition] = [:]
    let schema: CompiledSchema

    init(file: String, context: ValidationContext, schema: CompiledSchema) {
        self.file = file
        self.context = context
        self.schema = schema
    }

    mutating func validateRoot(_ node: YAMLNode) {
        guard case .mapping = node else {
            report(
                .rootNotMapping,
                "the file should be \(schema.rootSchema.article) (a mapping of keys to values), but it holds \(node.kindDescription)",
                at: node.position, hint: "start the file with the plan's keys, such as 'schema: 1' and 'id: …'")
            return
        }
        validate(node.storage, node.id, as: schema.root, field: nil)
    }

    /// "'title'" for a field's value, "this value" for a list item.
    func name(_ field: Int32?) -> String {
        guard let field else { return "this value" }
        let entry = schema.fields[Int(field)]
        let name = String(
            decoding: schema.text[Int(entry.nameStart)..<Int(entry.nameStart + entry.nameCount)], as: UTF8.self)
        return "'\(name)'"
    }

    private mutating func validate(_ storage: YAMLStorage, _ node: NodeID, as kind: Int32, field: Int32?) {
        switch schema.kinds[Int(kind)] {
        case .object(let object):
            guard storage.kind(node) == .mapping else { return wrongType(storage, node, kind, name(field)) }
            validateObject(storage, node, object)
        case .list(let item, let minimumCount):
            guard storage.kind(node) == .sequence else { return wrongType(storage, node, kind, name(field)) }
            let count = storage.count(node)
            if count < minimumCount {
                let items = schema.valueKinds[Int(item)].pluralDescription.dropLast(minimumCount == 1 ? 1 : 0)
                report(
                    .missingKey, "\(name(field)) needs at least \(minimumCount) \(items)",
                    at: storage.position(node))
            }
            for index in 0..<count { validate(storage, storage.item(index, of: node), as: item, field: nil) }
        case .map(let keys, let values):
            guard storage.kind(node) == .mapping else { return wrongType(storage, node, kind, name(field)) }
            for index in 0..<storage.count(node) {
                let key = storage.key(index, of: node)
                if keys == .frameworkComponents, let components = context.components,
                    !components.contains(where: { storage.scalar(key, equals: $0) })
                {
                    let text = storage.text(key)
                    let suggestion = Suggestion.closest(to: text, in: components)
                    report(
                        .unknownComponent,
                        "unknown diagnostic component '\(text)'" + Suggestion.hint(suggestion),
                        at: storage.position(key),
                        hint: "the framework's components are: \(components.joined(separator: ", "))")
                    continue
                }
                validate(storage, storage.value(index, of: node), as: values, field: nil)
            }
        default:
            validateScalar(storage, node, as: kind, field: field)
        }
    }

    private mutating func validateObject(_ storage: YAMLStorage, _ mapping: NodeID, _ object: Int32) {
        let compiled = schema.compiled[Int(object)]
        var given: UInt64 = 0
        let count = storage.count(mapping)
        for index in 0..<count {
            let key = storage.key(index, of: mapping)
            let value = storage.value(index, of: mapping)
            guard let field = schema.field(named: key, in: storage, of: object) else {
                reportUnknownKey(storage, mapping, index, in: object)
                continue
            }
            given |= 1 << UInt64(field - compiled.firstField)
            let entry = schema.fields[Int(field)]
            if storage.isNull(value) {
                if entry.isRequired {
                    let text = storage.text(key)
                    report(
                        .missingKey, "'\(text)' has no value", at: storage.position(key),
                        hint: example(schema.objects[Int(object)].fields[Int(field - compiled.firstField)]).map {
                            "write a value, for example: \(text): \($0)"
                        })
                }
                continue
            }
            validate(storage, value, as: entry.kind, field: field)
            if entry.definesID, storage.kind(value) == .scalar, ScalarReading.isIdentifier(storage, value) {
                define(storage.text(value), at: storage.position(value))
            }
        }
        var missing = compiled.requiredFields & ~given
        while missing != 0 {
            let position = Int32(missing.trailingZeroBitCount)
            missing &= missing - 1
            let objectSchema = schema.objects[Int(object)]
            let field = objectSchema.fields[Int(position)]
            report(
                .missingKey, "\(objectSchema.article) needs '\(field.name)'", at: storage.position(mapping),
                hint: example(field).map { "add: \(field.name): \($0)" })
        }
        if compiled.hasConditions { checkConditions(YAMLMapping(storage: storage, id: mapping), object) }
    }

    /// A field's example made this workspace's own (issue 18, item 2): the schema's examples come from the
    /// example workspace, so an id is one this workspace declares (or said in words) and a date is moved
    /// into this workspace's period. A hint must never name what the user's workspace does not have.
    private func example(_ field: FieldSchema) -> String? {
        func declared(_ ids: Set<String>?, _ words: String) -> String {
            ids?.min() ?? "<\(words) declared in countdown.yaml>"
        }
        switch field.kind {
        case .reference(.organisation): return declared(context.organisations, "an organisation id")
        case .reference(.board): return declared(context.boards, "a board id")
        default: break
        }
        guard let example = field.example, let period = context.period else { return field.example }
        return Self.movingDates(in: example, into: period)
    }

    /// The example workspace's period starts on 2009-04-01: its first day becomes this period's first day,
    /// earlier dates (baselines) the day before it, and later ones (targets, due dates) this period's last day.
    static func movingDates(in example: String, into period: ClosedRange<Day>) -> String {
        let exampleStart = Day(iso: "2009-04-01")!
        var result = ""
        var rest = Substring(example)
        while let match = rest.firstRange(of: /\d{4}-\d{2}-\d{2}/) {
            result += rest[..<match.lowerBound]
            if let day = Day(iso: String(rest[match])) {
                let moved =
                    day == exampleStart
                    ? period.lowerBound
                    : day < exampleStart ? period.lowerBound.adding(days: -1) : period.upperBound
                result += moved.description
            } else {
                result += rest[match]
            }
            rest = rest[match.upperBound...]
        }
        return result + rest
    }

    /// Fields required unless another field has a given value (`evidence`
    /// unless `rating` is `unknown`).
    private mutating func checkConditions(_ mapping: YAMLMapping, _ object: Int32) {
        let objectSchema = schema.objects[Int(object)]
        for condition in objectSchema.requiredUnless where mapping[condition.field] == nil {
            guard let other = mapping[condition.otherField], let value = ScalarReading.text(other),
                value != condition.value,
                let otherField = objectSchema.fields.firstIndex(where: { $0.name == condition.otherField }),
                isValid(
                    other, schema.fields[Int(schema.compiled[Int(object)].firstField) + otherField].kind)
            else { continue }
            report(
                .missingEvidence,
                "a '\(value)' rating needs '\(condition.field)'",
                at: other.position,
                hint: "say what the rating rests on, e.g. evidence: Audit of 2008/09 activity; or rate it 'unknown'")
        }
    }

    private func isValid(_ node: YAMLNode, _ kind: Int32) -> Bool {
        var probe = SchemaValidator(file: file, context: context, schema: schema)
        probe.validateScalar(node.storage, node.id, as: kind, field: nil)
        return probe.diagnostics.isEmpty
    }

    private mutating func define(_ id: String, at position: TextPosition) {
        if let first = definedIDs[id] {
            report(
                .duplicateID, "id '\(id)' is already used on line \(first.line) of this file", at: position,
                hint: "every id in a plan must be different; rename one of them",
                notes: [Diagnostic.Note(message: "'\(id)' is first used here", location: location(first))])
        } else {
            definedIDs[id] = position
        }
    }

    private mutating func reportUnknownKey(_ storage: YAMLStorage, _ mapping: NodeID, _ index: Int, in object: Int32) {
        let entries = YAMLMapping(storage: storage, id: mapping).entries
        let entry = entries[index]
        let previous = index > 0 ? entries[index - 1] : nil
        let objectSchema = schema.objects[Int(object)]
        let key = entry.key
        let names = objectSchema.fields.map(\.name)
        if key.text == "<<" && key.style == .plain {
            report(
                .unknownKey, "'<<' (a YAML merge key) is not supported", at: key.position,
                hint: "write the keys out in full here: merge keys hide where a value comes from")
            return
        }
        // `{ evidence: 6,500 of 9,000 needed }`: in a { } mapping a ',' ends
        // the value, and the rest of the text becomes keys with no value.
        if case .scalar(let value) = entry.value, value.isNull, let previous,
            case .scalar(let cut) = previous.value, cut.style == .plain, cut.position.line == key.position.line
        {
            report(
                .unknownKey,
                "unknown key '\(key.text)': the ',' before it ended '\(previous.key.text)' at '\(cut.text)'",
                at: key.position,
                hint:
                    "inside { }, a ',' separates entries: put text with commas in quotes (\(previous.key.text): \"…, …\"), and write numbers without thousands separators (1200, not 1,200)"
            )
            return
        }
        if let suggestion = Suggestion.closest(to: key.text, in: names) {
            report(.unknownKey, "unknown key '\(key.text)'" + Suggestion.hint(suggestion), at: key.position)
            return
        }
        var hint = "\(objectSchema.article) may have: \(names.joined(separator: ", "))"
        // Built only here: unknown keys are rare, the index is not.
        if let owners = Self.index(schema.rootSchema)[key.text], !owners.contains(objectSchema.article) {
            let places = owners.prefix(2).joined(separator: " or ")
            hint = "'\(key.text)' belongs in \(places), not in \(objectSchema.article); check its indentation"
        }
        report(.unknownKey, "unknown key '\(key.text)' in \(objectSchema.article)", at: key.position, hint: hint)
    }

    mutating func report(
        _ rule: SchemaRule, _ message: String, at position: TextPosition, hint: String? = nil,
        notes: [Diagnostic.Note] = []
    ) {
        diagnostics.append(
            Diagnostic(rule: rule.rawValue, message: message, location: location(position), hint: hint, notes: notes))
    }

    func location(_ position: TextPosition) -> SourceLocation {
        SourceLocation(file: file, line: position.line, column: position.column)
    }

    /// Which objects each key belongs to, to explain a misplaced key.
    private static func index(_ root: ObjectSchema) -> [String: [String]] {
        var index: [String: [String]] = [:]
        var seen: Set<String> = []
        func visit(_ kind: ValueKind) {
            switch kind {
            case .object(let schema):
                guard seen.insert(schema.name).inserted else { return }
                for field in schema.fields {
                    index[field.name, default: []].append(schema.article)
                    visit(field.kind)
                }
            case .list(let item, _): visit(item)
            case .map(_, let values): visit(values)
            default: break
            }
        }
        visit(.object(root))
        return index
    }
}
