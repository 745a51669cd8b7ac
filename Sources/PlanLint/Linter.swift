import PlanLoading
import PlanModel

/// The result of linting: every finding, sorted, and what was checked.
public struct LintReport: Sendable {
    public var diagnostics: [Diagnostic]
    public var files: [String]
    public var sources: [String: String]

    public var errorCount: Int { diagnostics.count { $0.severity == .error } }
    public var warningCount: Int { diagnostics.count { $0.severity == .warning } }
}

/// Runs the domain rules over a loaded workspace and applies the workspace's
/// severities. Reads nothing and prints nothing.
public struct Linter: Sendable {
    public var rules: [any LintRule]

    public init(rules: [any LintRule] = RuleRegistry.domainRules) {
        self.rules = rules
    }

    public func lint(_ workspace: LoadedWorkspace) -> LintReport {
        var diagnostics = workspace.diagnostics
        if let config = workspace.config {
            diagnostics += settingsDiagnostics(config)
            if let framework = workspace.framework {
                let context = LintContext(workspace: config, framework: framework)
                for plan in workspace.plans {
                    for rule in rules {
                        let id = type(of: rule).description.id
                        let configured = config.lint.severities[id]
                        if case .some(.none) = configured { continue }  // off
                        for var finding in rule.check(plan, in: context) {
                            if case .some(.some(let severity)) = configured { finding.severity = severity }
                            diagnostics.append(finding)
                        }
                    }
                }
            }
        }
        return LintReport(diagnostics: diagnostics.sorted(), files: workspace.files, sources: workspace.sources)
    }

    /// `lint.rules` may only name rules that exist and can be tuned.
    func settingsDiagnostics(_ config: WorkspaceConfig) -> [Diagnostic] {
        let configurable = rules.map { type(of: $0).description.id }
        return config.lint.severities.keys.sorted().compactMap { id in
            let location = config.lint.severityLocations[id] ?? config.locations.key("lint")
            if configurable.contains(id) { return nil }
            if RuleRegistry.description(of: id) != nil {
                return Diagnostic(
                    rule: SchemaRule.invalidValue.rawValue,
                    message: "rule '\(id)' checks the file format and is always an error; it cannot be changed",
                    location: location, hint: "remove '\(id)' from lint.rules")
            }
            let suggestion = Suggestion.closest(to: id, in: configurable).map { " (did you mean '\($0)'?)" } ?? ""
            return Diagnostic(
                rule: SchemaRule.unknownKey.rawValue, message: "lint.rules names unknown rule '\(id)'\(suggestion)",
                location: location, hint: "rules that can be tuned: \(configurable.sorted().joined(separator: ", "))")
        }
    }
}
