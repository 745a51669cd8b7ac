import Common
import Foundation
import LocatedYAML
import PlanModel

extension WorkspaceLoader {
    /// What plans may refer to, read from countdown.yaml's tree as far as it
    /// goes, so that one mistake in countdown.yaml does not turn every
    /// organisation in every plan into an error.
    func context(from configRoot: YAMLNode?, root: String, into result: inout LoadedWorkspace) -> ValidationContext {
        guard case .mapping(let config)? = configRoot else { return ValidationContext() }
        // A list that is missing or not a list is unknown (nil), not empty:
        // its own error is enough, without one in every plan that names it.
        func ids(_ key: String) -> Set<String>? {
            guard case .sequence(let list)? = config[key] else { return nil }
            return Set(
                list.items.compactMap { item in
                    guard case .mapping(let entry) = item, let id = entry["id"] else { return nil }
                    return ScalarReading.text(id)
                })
        }
        let framework = loadFramework(config, root: root, into: &result)
        result.framework = framework
        return ValidationContext(
            organisations: ids("organisations"), boards: ids("boards"),
            contributors: (ids("contributors") ?? []).union(Contributor.builtIn.map(\.id)),
            components: framework?.components.map(\.id), period: period(config))
    }

    /// countdown.yaml's period as far as it reads, for hints' example dates; its own errors are reported elsewhere.
    private func period(_ config: YAMLMapping) -> ClosedRange<Day>? {
        guard case .mapping(let period)? = config["period"],
            let start = period["start"].flatMap(ScalarReading.text).flatMap(Day.init(iso:)),
            let end = period["end"].flatMap(ScalarReading.text).flatMap(Day.init(iso:)), start <= end
        else { return nil }
        return start...end
    }

    /// The built-in framework named by `diagnostic:`, or the framework file it points to.
    private func loadFramework(_ config: YAMLMapping, root: String, into result: inout LoadedWorkspace)
        -> DiagnosticFramework?
    {
        guard let node = config["diagnostic"], let reference = ScalarReading.text(node) else {
            return .christmasTree
        }
        if let builtIn = DiagnosticFramework.builtIn.first(where: { $0.id == reference }) { return builtIn }
        let path = reference.hasPrefix("/") ? reference : root + "/" + reference
        if let refusal = WorkspaceConfinement.problem(naming: reference, root: root) {
            result.diagnostics.append(
                Diagnostic(
                    rule: SchemaRule.unreadableFile.rawValue, message: "the framework file \(refusal)",
                    location: SourceLocation(
                        file: displayPath(root + "/" + WorkspaceLocator.configFileName), line: node.position.line,
                        column: node.position.column),
                    hint: "keep the framework file in the workspace and name it relative to countdown.yaml"))
            return nil
        }
        guard source.entry(at: path) != nil else {
            let configFile = displayPath(root + "/" + WorkspaceLocator.configFileName)
            let builtIns = DiagnosticFramework.builtIn.map(\.id)
            let suggestion = Suggestion.hint(Suggestion.closest(to: reference, in: builtIns))
            result.diagnostics.append(
                Diagnostic(
                    rule: SchemaRule.unknownFramework.rawValue,
                    message: "'\(reference)' is neither a built-in framework nor a file in the workspace\(suggestion)",
                    location: SourceLocation(file: configFile, line: node.position.line, column: node.position.column),
                    hint: "use \(builtIns.joined(separator: ", ")) or the path of a framework file"))
            return nil
        }
        guard let frameworkRoot = read(path, into: &result) else { return nil }
        let display = displayPath(path)
        var validator = SchemaValidator(file: display, context: ValidationContext(), schema: .framework)
        validator.validateRoot(frameworkRoot)
        result.diagnostics += validator.diagnostics
        result.diagnostics += uniqueIDDiagnostics(frameworkRoot, file: display)
        return validator.diagnostics.isEmpty
            ? ModelDecoder(file: display, storage: frameworkRoot.storage).framework(frameworkRoot.id) : nil
    }

    /// Ids in each list of countdown.yaml or a framework file must differ.
    func uniqueIDDiagnostics(_ root: YAMLNode, file: String) -> [Diagnostic] {
        guard case .mapping(let mapping) = root else { return [] }
        var diagnostics: [Diagnostic] = []
        for entry in mapping.entries {
            guard case .sequence(let list) = entry.value else { continue }
            var seen: [String: TextPosition] = [:]
            for case .mapping(let item) in list.items {
                guard let idNode = item["id"], let id = ScalarReading.text(idNode) else { continue }
                if let first = seen[id] {
                    diagnostics.append(
                        Diagnostic(
                            rule: SchemaRule.duplicateID.rawValue,
                            message: "'\(id)' is already listed under '\(entry.key.text)' on line \(first.line)",
                            location: SourceLocation(
                                file: file, line: idNode.position.line, column: idNode.position.column),
                            hint: "keep one entry for each id",
                            notes: [
                                Diagnostic.Note(
                                    message: "'\(id)' is first listed here",
                                    location: SourceLocation(file: file, line: first.line, column: first.column))
                            ]))
                } else {
                    seen[id] = idNode.position
                }
            }
        }
        return diagnostics
    }

    /// Plan ids are unique across the workspace: later files are reported.
    func duplicatePlanIDs(_ ids: [(id: String, location: SourceLocation)]) -> [Diagnostic] {
        var first: [String: SourceLocation] = [:]
        var diagnostics: [Diagnostic] = []
        for (id, location) in ids {
            guard let original = first[id] else {
                first[id] = location
                continue
            }
            diagnostics.append(
                Diagnostic(
                    rule: SchemaRule.duplicatePlanID.rawValue,
                    message: "plan id '\(id)' is already used by \(original.file)",
                    location: location, hint: "every plan needs its own id; rename this one",
                    notes: [Diagnostic.Note(message: "'\(id)' is first used here", location: original)]))
        }
        return diagnostics
    }

    /// A period (the file's own, at the top level) must not end before it starts.
    func periodDiagnostics(_ root: YAMLNode, file: String) -> [Diagnostic] {
        guard case .mapping(let mapping) = root, case .mapping(let period)? = mapping["period"],
            let startNode = period["start"], let endNode = period["end"],
            let start = ScalarReading.date(startNode), let end = ScalarReading.date(endNode), end < start
        else { return [] }
        return [
            Diagnostic(
                rule: SchemaRule.invalidPeriod.rawValue,
                message: "the period ends (\(end)) before it starts (\(start))",
                location: SourceLocation(file: file, line: endNode.position.line, column: endNode.position.column),
                hint: "swap the dates, or correct the one that is wrong")
        ]
    }
}
