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
    /// Fragments that must produce exactly one finding, where `↓` marks it.
    public var triggering: [RuleExample]
    /// Fragments that must produce none.
    public var nonTriggering: [RuleExample]

    public init(
        id: String, summary: String, rationale: String, defaultSeverity: Severity, isConfigurable: Bool = true,
        triggering: [RuleExample] = [], nonTriggering: [RuleExample] = []
    ) {
        self.id = id
        self.summary = summary
        self.rationale = rationale
        self.defaultSeverity = defaultSeverity
        self.isConfigurable = isConfigurable
        self.triggering = triggering
        self.nonTriggering = nonTriggering
    }
}

/// What a domain rule sees: one plan that passed the schema, and its workspace.
public struct LintContext: Sendable {
    public var workspace: WorkspaceConfig
    public var framework: DiagnosticFramework
    /// Each plan's contribution modelled from the workspace's mortality data,
    /// by plan id, worked out by the caller (rules read no files); `nil`
    /// when the workspace names no usable mortality file.
    public var modelledContributions: [String: ModelledContribution]?

    public init(
        workspace: WorkspaceConfig, framework: DiagnosticFramework,
        modelledContributions: [String: ModelledContribution]? = nil
    ) {
        self.workspace = workspace
        self.framework = framework
        self.modelledContributions = modelledContributions
    }
}

/// A domain rule: one small type that says what it checks and why. A rule
/// looks at one plan at a time, or at the workspace's plans together, or both.
public protocol LintRule: Sendable {
    static var description: RuleDescription { get }
    /// Findings about one plan, at the rule's default severity; the linter
    /// applies the workspace's.
    func check(_ plan: Plan, in context: LintContext) -> [Diagnostic]
    /// Findings about the plans together (such as whether they add up).
    func check(workspace plans: [Plan], in context: LintContext) -> [Diagnostic]
}

extension LintRule {
    public func check(_ plan: Plan, in context: LintContext) -> [Diagnostic] { [] }
    public func check(workspace plans: [Plan], in context: LintContext) -> [Diagnostic] { [] }

    /// A finding of this rule at its default severity.
    public func finding(_ message: String, at location: SourceLocation, hint: String? = nil) -> Diagnostic {
        Diagnostic(
            severity: Self.description.defaultSeverity, rule: Self.description.id, message: message,
            location: location, hint: hint)
    }
}
