import PlanModel

/// Everything read from a workspace, and every schema-level finding.
public struct LoadedWorkspace: Sendable {
    /// The workspace folder (absolute).
    public var root: String
    /// The workspace settings, when countdown.yaml could be read in full.
    public var config: WorkspaceConfig?
    public var framework: DiagnosticFramework?
    /// Plans that passed every schema check, in file-name order.
    public var plans: [Plan]
    /// Every file checked, by displayed path, in the order checked.
    public var files: [String]
    /// The text of each checked file, by displayed path, for showing source lines.
    public var sources: [String: String]
    public var diagnostics: [Diagnostic]
    /// Only some plan files were read (`countdown lint FILE…`), so what
    /// concerns all plans together cannot be judged.
    public var isPartial = false
    /// How many plan files were read; more than `plans.count` when some failed their checks.
    public var planFileCount = 0

    /// Every plan file was read and every one passed the schema checks.
    public var hasEveryPlan: Bool { !isPartial && planFileCount == plans.count }

    public init(
        root: String, config: WorkspaceConfig? = nil, framework: DiagnosticFramework? = nil, plans: [Plan] = [],
        files: [String] = [], sources: [String: String] = [:], diagnostics: [Diagnostic] = []
    ) {
        self.root = root
        self.config = config
        self.framework = framework
        self.plans = plans
        self.files = files
        self.sources = sources
        self.diagnostics = diagnostics
    }
}
