import Common
import PlanLoading
import PlanModel

/// The result of linting: every finding, sorted, and what was checked.
public struct LintReport: Sendable {
    public var diagnostics: [Diagnostic]
    /// Findings silenced by `# countdown: ignore[…]` comments, with the comment's reason.
    public var ignored: [(diagnostic: Diagnostic, reason: String)]
    public var files: [String]
    public var sources: [String: String]

    public init(
        diagnostics: [Diagnostic], ignored: [(diagnostic: Diagnostic, reason: String)] = [], files: [String],
        sources: [String: String]
    ) {
        self.diagnostics = diagnostics
        self.ignored = ignored
        self.files = files
        self.sources = sources
    }

    public var errorCount: Int { diagnostics.count { $0.severity == .error } }
    public var warningCount: Int { diagnostics.count { $0.severity == .warning } }
    public var infoCount: Int { diagnostics.count { $0.severity == .info } }
}

/// Runs the domain rules over a loaded workspace and applies the workspace's
/// severities and the files' suppression comments. Reads nothing and prints nothing.
public struct Linter: Sendable {
    public var rules: [any LintRule]
    /// Warnings count as errors (`--strict`).
    public var strict: Bool
    /// Plans' modelled contributions for the rules that compare them (see `LintContext`).
    public var modelledContributions: [String: ModelledContribution]?

    public init(rules: [any LintRule] = RuleRegistry.domainRules, strict: Bool = false) {
        self.rules = rules
        self.strict = strict
    }

    public func lint(_ workspace: LoadedWorkspace) -> LintReport {
        var findings: [Diagnostic] = []
        var settings: [Diagnostic] = []
        if let config = workspace.config {
            settings = settingsDiagnostics(config)
            if let framework = workspace.framework {
                findings = ruleFindings(
                    workspace.plans,
                    LintContext(
                        workspace: config, framework: framework, modelledContributions: modelledContributions),
                    includeWorkspaceRules: workspace.hasEveryPlan)
            }
        }
        let suppressions = workspace.files.flatMap { file in
            workspace.sources[file].map { Suppression.parse($0, file: file) } ?? []
        }
        var kept: [Diagnostic] = []
        var ignored: [(Diagnostic, String)] = []
        for finding in findings {
            if let suppression = suppressions.first(where: { $0.covers(finding) }) {
                ignored.append((finding, suppression.reason))
            } else {
                kept.append(finding)
            }
        }
        var diagnostics = workspace.diagnostics + settings + kept + suppressionDiagnostics(suppressions)
        if strict {
            for index in diagnostics.indices where diagnostics[index].severity == .warning {
                diagnostics[index].severity = .error
            }
        }
        return LintReport(
            diagnostics: diagnostics.sorted(), ignored: ignored.sorted { $0.0 < $1.0 }, files: workspace.files,
            sources: workspace.sources)
    }

    /// Every rule's findings at the workspace's severities (rules set `off` are skipped).
    /// What concerns all plans together (do they add up?) is judged only when
    /// every plan was read and passed the schema checks.
    func ruleFindings(_ plans: [Plan], _ context: LintContext, includeWorkspaceRules: Bool) -> [Diagnostic] {
        let active = rules.compactMap { rule -> (rule: any LintRule, configured: Severity??)? in
            let configured = context.workspace.lint.severities[type(of: rule).description.id]
            if case .some(.none) = configured { return nil }
            return (rule, configured)
        }
        // Plans are checked independently, so across the cores: each plan by
        // every rule on one core, so that a plan is read by one core only.
        let byPlan = ConcurrentMap.map(plans) { plan in active.map { $0.rule.check(plan, in: context) } }
        var findings: [Diagnostic] = []
        for (index, (rule, configured)) in active.enumerated() {
            var ruleFindings = includeWorkspaceRules ? rule.check(workspace: plans, in: context) : []
            for planFindings in byPlan { ruleFindings += planFindings[index] }
            for var finding in ruleFindings {
                if case .some(.some(let severity)) = configured { finding.severity = severity }
                findings.append(finding)
            }
        }
        return findings
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
            let suggestion = Suggestion.hint(Suggestion.closest(to: id, in: configurable))
            return Diagnostic(
                rule: SchemaRule.unknownKey.rawValue, message: "lint.rules names unknown rule '\(id)'\(suggestion)",
                location: location, hint: "rules that can be tuned: \(configurable.sorted().joined(separator: ", "))")
        }
    }

    /// A suppression must name rules that can be silenced, and give a reason.
    func suppressionDiagnostics(_ suppressions: [Suppression]) -> [Diagnostic] {
        let configurable = rules.map { type(of: $0).description.id }
        var diagnostics: [Diagnostic] = []
        for suppression in suppressions {
            for id in suppression.rules where !configurable.contains(id) {
                let known = RuleRegistry.description(of: id) != nil
                let suggestion = Suggestion.hint(Suggestion.closest(to: id, in: configurable))
                diagnostics.append(
                    Diagnostic(
                        severity: .error, rule: "invalid-suppression",
                        message: known
                            ? "'\(id)' checks the file format and cannot be ignored; fix the file instead"
                            : "the ignore comment names unknown rule '\(id)'\(suggestion)",
                        location: suppression.location))
            }
            if suppression.reason.isEmpty {
                diagnostics.append(
                    Diagnostic(
                        severity: .error, rule: "invalid-suppression",
                        message: "the ignore comment gives no reason",
                        location: suppression.location,
                        hint: "say why the finding is acceptable: # countdown: ignore[rule-id] reason"))
            }
        }
        return diagnostics
    }
}
