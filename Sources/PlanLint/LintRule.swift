import PlanModel

/// What a rule is, for the rule reference and for configuration.
public struct RuleDescription: Sendable {
    public var id: String
    /// One line: what the rule finds.
    public var summary: String
    /// Why it matters to a plan, in a programme manager's terms.
    public var rationale: String
    public var defaultSeverity: Severity
    /// Schema rules are always errors; domain rules may be tuned in countdown.yaml.
    public var isConfigurable: Bool

    public init(id: String, summary: String, rationale: String, defaultSeverity: Severity, isConfigurable: Bool) {
        self.id = id
        self.summary = summary
        self.rationale = rationale
        self.defaultSeverity = defaultSeverity
        self.isConfigurable = isConfigurable
    }
}

/// What a domain rule sees: one plan that passed the schema, and its workspace.
public struct LintContext: Sendable {
    public var workspace: WorkspaceConfig
    public var framework: DiagnosticFramework

    public init(workspace: WorkspaceConfig, framework: DiagnosticFramework) {
        self.workspace = workspace
        self.framework = framework
    }
}

/// A domain rule: one small type that says what it checks and why.
public protocol LintRule: Sendable {
    static var description: RuleDescription { get }
    /// Findings at the rule's default severity; the linter applies the workspace's.
    func check(_ plan: Plan, in context: LintContext) -> [Diagnostic]
}

extension LintRule {
    /// A finding of this rule at its default severity.
    public func finding(_ message: String, at location: SourceLocation, hint: String? = nil) -> Diagnostic {
        Diagnostic(
            severity: Self.description.defaultSeverity, rule: Self.description.id, message: message,
            location: location, hint: hint)
    }
}
