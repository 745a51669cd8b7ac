import PlanModel
import Progress

/// Everything a board pack is built from, as plain values: the builder is
/// pure, so a test can write these inline and the pipeline gathers them
/// from the workspace and the store.
public struct ReportInputs: Sendable {
    public var board: Board
    public var workspace: WorkspaceConfig
    public var framework: DiagnosticFramework
    /// Every plan in the workspace, in file order: the life-expectancy
    /// target is the area's, so the headline adds up all of them.
    public var plans: [Plan]
    /// The plans on this board, judged at the as-of date, in plan order.
    public var status: StatusReport
    /// Modelled contributions by plan id (plans without `impact` left out);
    /// nil when they could not be worked out.
    public var modelled: [String: ModelledContribution]?
    /// Why modelled contributions are missing, for the headline.
    public var modelledUnavailable: String?
    /// The as-of date of the last report to this board, and each plan's status in it.
    public var previousReport: Day?
    public var previousStatuses: [String: RAG]
    public var changes: ReportChanges

    public init(
        board: Board, workspace: WorkspaceConfig, framework: DiagnosticFramework, plans: [Plan], status: StatusReport,
        modelled: [String: ModelledContribution]? = nil, modelledUnavailable: String? = nil,
        previousReport: Day? = nil, previousStatuses: [String: RAG] = [:], changes: ReportChanges? = nil
    ) {
        self.board = board
        self.workspace = workspace
        self.framework = framework
        self.plans = plans
        self.status = status
        self.modelled = modelled
        self.modelledUnavailable = modelledUnavailable
        self.previousReport = previousReport
        self.previousStatuses = previousStatuses
        self.changes =
            changes ?? ReportChanges(since: previousReport, plans: nil, actuals: [], completions: [], unsyncedPlans: [])
    }
}
