import Foundation
import PlanModel
import StableJSON

/// `--format sarif`: SARIF 2.1.0, as GitHub code scanning reads it — the
/// tool driver with every rule, and each finding as a result with its rule,
/// level, message and physical location.
public enum SARIFRenderer {
    struct Log: Encodable {
        var schema = "https://json.schemastore.org/sarif-2.1.0.json"
        var version = "2.1.0"
        var runs: [Run]

        enum CodingKeys: String, CodingKey {
            case schema = "$schema"
            case version, runs
        }
    }

    struct Run: Encodable {
        var tool: Tool
        var results: [Result]
    }

    struct Tool: Encodable {
        var driver: Driver
    }

    struct Driver: Encodable {
        var name = ToolInfo.name
        var version = ToolInfo.version
        var semanticVersion = ToolInfo.version
        var informationUri = ToolInfo.informationURI
        var rules: [Rule]
    }

    struct Rule: Encodable {
        var id: String
        var name: String
        var shortDescription: Text
        var fullDescription: Text
        var help: Text
        var defaultConfiguration: Configuration
    }

    struct Configuration: Encodable {
        var level: String
    }

    struct Text: Encodable {
        var text: String
    }

    struct Result: Encodable {
        var ruleId: String
        var ruleIndex: Int
        var level: String
        var message: Text
        var locations: [Location]
        var relatedLocations: [Location]?
    }

    struct Location: Encodable {
        var id: Int?
        var physicalLocation: PhysicalLocation
        var message: Text?
    }

    struct PhysicalLocation: Encodable {
        var artifactLocation: ArtifactLocation
        var region: Region
    }

    struct ArtifactLocation: Encodable {
        var uri: String
    }

    struct Region: Encodable {
        var startLine: Int
        var startColumn: Int
    }

    public static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }

    public static func render(_ report: LintReport, rules: [RuleDescription] = RuleRegistry.all) -> String {
        let index = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($0.element.id, $0.offset) })
        let results = report.diagnostics.map { diagnostic in
            let message = diagnostic.hint.map { "\(diagnostic.message). \($0)" } ?? diagnostic.message
            let related = diagnostic.notes.enumerated().map { offset, note in
                Location(id: offset + 1, physicalLocation: physical(note.location), message: Text(text: note.message))
            }
            return Result(
                ruleId: diagnostic.rule, ruleIndex: index[diagnostic.rule] ?? 0, level: level(diagnostic.severity),
                message: Text(text: message), locations: [Location(physicalLocation: physical(diagnostic.location))],
                relatedLocations: related.isEmpty ? nil : related)
        }
        let sarifRules = rules.map { rule in
            Rule(
                id: rule.id, name: camelCase(rule.id), shortDescription: Text(text: rule.summary),
                fullDescription: Text(text: rule.rationale), help: Text(text: "\(rule.summary) \(rule.rationale)"),
                defaultConfiguration: Configuration(level: level(rule.defaultSeverity)))
        }
        let log = Log(runs: [Run(tool: Tool(driver: Driver(rules: sarifRules)), results: results)])
        return StableJSONEncoder.text(log, orElse: "")
    }

    private static func physical(_ location: SourceLocation) -> PhysicalLocation {
        PhysicalLocation(
            artifactLocation: ArtifactLocation(uri: location.file),
            region: Region(startLine: location.line, startColumn: location.column))
    }

    /// `unknown-key` → `UnknownKey`, SARIF's readable rule name.
    private static func camelCase(_ id: String) -> String {
        id.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }
}
