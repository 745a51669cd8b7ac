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

    public init(
        organisations: Set<String>? = nil, boards: Set<String>? = nil, contributors: Set<String>? = nil,
        components: [String]? = nil
    ) {
        self.organisations = organisations
        self.boards = boards
        self.contributors = contributors
        self.components = components
    }
}

/// Walks a composed YAML tree against an `ObjectSchema` and reports every
/// schema-level problem, without stopping at the first.
struct SchemaValidator {
    let file: String
    let context: ValidationContext
    private(set) var diagnostics: [Diagnostic] = []
    /// Ids defined so far in this file, with where each was first given.
    private var definedIDs: [String: TextPosition] = [:]
    private let root: ObjectSchema

    init(file: String, context: ValidationContext, root: ObjectSchema) {
        self.file = file
        self.context = context
        self.root = root
    }

    mutating func validateRoot(_ node: YAMLNode, as schema: ObjectSchema) {
        guard case .mapping = node else {
            report(
                .rootNotMapping,
                "the file should be \(schema.article) (a mapping of keys to values), but it holds \(node.kindDescription)",
                at: node.position, hint: "start the file with the plan's keys, such as 'schema: 1' and 'id: …'")
            return
        }
        validate(node, as: .object(schema), field: nil)
    }

    private mutating func validate(_ node: YAMLNode, as kind: ValueKind, field: FieldSchema?) {
        let name = field.map { "'\($0.name)'" } ?? "this value"
        switch kind {
        case .object(let schema):
            guard case .mapping(let mapping) = node else { return wrongType(node, kind, name) }
            validateObject(mapping, schema)
        case .list(let item, let minimumCount):
            guard case .sequence(let sequence) = node else { return wrongType(node, kind, name) }
            if sequence.items.count < minimumCount {
                report(
                    .missingKey,
                    "\(name) needs at least \(minimumCount) \(item.pluralDescription.dropLast(minimumCount == 1 ? 1 : 0))",
                    at: node.position)
            }
            for element in sequence.items { validate(element, as: item, field: nil) }
        case .map(let keys, let values):
            guard case .mapping(let mapping) = node else { return wrongType(node, kind, name) }
            for entry in mapping.entries {
                if keys == .frameworkComponents, let components = context.components,
                    !components.contains(entry.key.text)
                {
                    let suggestion = Suggestion.closest(to: entry.key.text, in: components)
                    report(
                        .unknownComponent,
                        "unknown diagnostic component '\(entry.key.text)'" + didYouMean(suggestion),
                        at: entry.key.position,
                        hint: "the framework's components are: \(components.joined(separator: ", "))")
                    continue
                }
                validate(entry.value, as: values, field: nil)
            }
        default:
            validateScalar(node, as: kind, name: name)
        }
    }

    private mutating func validateObject(_ mapping: YAMLMapping, _ schema: ObjectSchema) {
        var previous: YAMLMapping.Entry?
        for entry in mapping.entries {
            defer { previous = entry }
            let key = entry.key.text
            guard let field = schema.field(key) else {
                reportUnknownKey(entry, after: previous, in: schema)
                continue
            }
            if case .scalar(let scalar) = entry.value, scalar.isNull {
                if field.isRequired {
                    report(
                        .missingKey, "'\(key)' has no value", at: entry.key.position,
                        hint: field.example.map { "write a value, for example: \(key): \($0)" })
                }
                continue
            }
            validate(entry.value, as: field.kind, field: field)
            if field.definesID, let id = ScalarReading.text(entry.value), ScalarReading.isIdentifier(id) {
                define(id, at: entry.value.position)
            }
        }
        for field in schema.fields where field.isRequired && mapping[field.name] == nil {
            report(
                .missingKey, "\(schema.article) needs '\(field.name)'", at: mapping.position,
                hint: field.example.map { "add: \(field.name): \($0)" })
        }
        for condition in schema.requiredUnless where mapping[condition.field] == nil {
            guard let other = mapping[condition.otherField], let value = ScalarReading.text(other),
                value != condition.value, schema.field(condition.otherField).map({ isValid(other, $0.kind) }) ?? false
            else { continue }
            report(
                .missingEvidence,
                "a '\(value)' rating needs '\(condition.field)'",
                at: other.position,
                hint: "say what the rating rests on, e.g. evidence: Audit of 2008/09 activity; or rate it 'unknown'")
        }
    }

    private func isValid(_ node: YAMLNode, _ kind: ValueKind) -> Bool {
        var probe = SchemaValidator(file: file, context: context, root: root)
        probe.validateScalar(node, as: kind, name: "")
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

    private mutating func reportUnknownKey(
        _ entry: YAMLMapping.Entry, after previous: YAMLMapping.Entry?, in schema: ObjectSchema
    ) {
        let key = entry.key
        let names = schema.fields.map(\.name)
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
            report(.unknownKey, "unknown key '\(key.text)'" + didYouMean(suggestion), at: key.position)
            return
        }
        var hint = "\(schema.article) may have: \(names.joined(separator: ", "))"
        // Built only here: unknown keys are rare, the index is not.
        if let owners = Self.index(root)[key.text], !owners.contains(schema.article) {
            let places = owners.prefix(2).joined(separator: " or ")
            hint = "'\(key.text)' belongs in \(places), not in \(schema.article); check its indentation"
        }
        report(.unknownKey, "unknown key '\(key.text)' in \(schema.article)", at: key.position, hint: hint)
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

    func didYouMean(_ suggestion: String?) -> String {
        suggestion.map { " (did you mean '\($0)'?)" } ?? ""
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
