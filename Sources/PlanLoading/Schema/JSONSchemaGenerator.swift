import Foundation
import PlanModel

/// Writes the format's JSON Schema (draft 2020-12) from the same schema data
/// the validator uses, for editors with the YAML language server and for
/// other validators. It checks shape and types; what needs the workspace
/// (declared organisations, unique ids) only `countdown lint` can check.
public enum JSONSchemaGenerator {
    public enum Document: String, CaseIterable, Sendable {
        case plan, workspace, framework

        public var fileName: String {
            switch self {
            case .plan: "plan.schema.json"
            case .workspace: "countdown.schema.json"
            case .framework: "framework.schema.json"
            }
        }

        var root: ObjectSchema {
            switch self {
            case .plan: PlanSchema.plan
            case .workspace: WorkspaceSchema.workspace
            case .framework: WorkspaceSchema.framework
            }
        }

        var title: String {
            switch self {
            case .plan: "countdown delivery plan (format version 1)"
            case .workspace: "countdown workspace, countdown.yaml (format version 1)"
            case .framework: "countdown diagnostic framework (format version 1)"
            }
        }
    }

    public static func generate(_ document: Document) -> String {
        var definitions: [String: Any] = [:]
        var root = object(document.root, definitions: &definitions)
        root["$schema"] = "https://json-schema.org/draft/2020-12/schema"
        root["$id"] = "https://countdown.example/schema/\(document.fileName)"
        root["title"] = document.title
        if !definitions.isEmpty { root["$defs"] = definitions }
        let data =
            (try? JSONSerialization.data(
                withJSONObject: root, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    static func object(_ schema: ObjectSchema, definitions: inout [String: Any]) -> [String: Any] {
        var properties: [String: Any] = [:]
        for field in schema.fields {
            var property = kind(field.kind, definitions: &definitions)
            property["description"] = field.summary
            properties[field.name] = property
        }
        var result: [String: Any] = [
            "type": "object", "properties": properties, "additionalProperties": false,
        ]
        let required = schema.fields.filter(\.isRequired).map(\.name)
        if !required.isEmpty { result["required"] = required }
        if let condition = schema.requiredUnless.first {
            result["if"] = [
                "properties": [condition.otherField: ["not": ["const": condition.value]]],
                "required": [condition.otherField],
            ]
            result["then"] = ["required": [condition.field]]
        }
        return result
    }

    static func kind(_ kind: ValueKind, definitions: inout [String: Any]) -> [String: Any] {
        switch kind {
        case .text:
            // countdown reads any scalar as text: `title: 1.10` is the text "1.10".
            return ["type": ["string", "number", "boolean"]]
        case .identifier, .reference:
            return ["type": "string", "pattern": "^[a-z0-9][a-z0-9-]{0,63}$"]
        case .date:
            return ["type": "string", "format": "date", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"]
        case .number(let minimum, let maximum):
            var result: [String: Any] = ["type": "number"]
            if let minimum { result["minimum"] = minimum }
            if let maximum { result["maximum"] = maximum }
            return result
        case .integer(let minimum, let maximum):
            var result: [String: Any] = ["type": "integer"]
            if let minimum { result["minimum"] = minimum }
            if let maximum { result["maximum"] = maximum }
            return result
        case .fraction:
            return ["type": "number", "minimum": 0, "maximum": 1]
        case .schemaVersion:
            return ["const": 1]
        case .choice(let words):
            return words == ["true", "false"] ? ["type": "boolean"] : ["enum": words]
        case .tolerance:
            return [
                "anyOf": [
                    ["type": "number", "minimum": 0],
                    ["type": "string", "pattern": "^ *[0-9]+(\\.[0-9]+)? *%$"],
                ]
            ]
        case .ageRange:
            return ["type": "string", "pattern": "^([0-9]+-[0-9]+|[0-9]+\\+)$"]
        case .object(let schema):
            let name = schema.name.replacing(" ", with: "-")
            if definitions[name] == nil {
                definitions[name] = [:]  // reserve the name first: definitions may nest
                definitions[name] = object(schema, definitions: &definitions)
            }
            return ["$ref": "#/$defs/\(name)"]
        case .list(let item, let minimumCount):
            var result: [String: Any] = ["type": "array", "items": self.kind(item, definitions: &definitions)]
            if minimumCount > 0 { result["minItems"] = minimumCount }
            return result
        case .map(let keys, let values):
            let value = self.kind(values, definitions: &definitions)
            var result: [String: Any] = [
                "type": "object", "additionalProperties": value,
                "propertyNames": ["pattern": "^[a-z0-9][a-z0-9-]{0,63}$"],
            ]
            if keys == .frameworkComponents {
                // Completion for the built-in framework; other frameworks' ids are allowed too.
                result["properties"] = Dictionary(
                    uniqueKeysWithValues: DiagnosticFramework.christmasTree.components.map {
                        ($0.id, value.merging(["description": $0.question]) { $1 })
                    })
            }
            return result
        }
    }
}
