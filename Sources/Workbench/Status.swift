import Common
import PlanModel
import Progress
import SystemIO
import Tracking

/// `countdown status`.
public struct StatusRequest: Sendable {
    /// The date to judge at (default: today).
    public var asOf: Day?
    /// Only the plans that report to this board.
    public var board: String?

    public init(asOf: Day? = nil, board: String? = nil) {
        self.asOf = asOf
        self.board = board
    }
}

/// Every plan's status at the date, and what to say beside it.
public struct StatusOutcome: Sendable {
    public var report: StatusReport
    public var messages: [Message]
}

extension Workbench {
    /// Judges every plan (or a board's) at the date from what the store holds.
    public func status(_ request: StatusRequest) throws(WorkbenchError) -> StatusOutcome {
        let workspace = try open()
        var plans = workspace.loaded.plans
        if let board = request.board {
            _ = try workspace.board(board)
            plans = plans.filter { $0.board == board }
        }
        let store = try workspace.openStoreIfPresent(self)
        let rules = StatusRules(asOf: request.asOf ?? today, workspace: workspace.config)
        // The evidence (every current actual: a million at national scale) is
        // let go as soon as the plans are judged, before the report is written.
        let report = try storeCall { () throws(StoreError) in
            let evidence = try store?.evidence(for: plans.map(\.id)) ?? [:]
            return StatusJudge(rules: rules).report(plans: plans, workspace: workspace.config, evidence: evidence)
        }
        return StatusOutcome(report: report, messages: [workspace.skippedPlans].compactMap { $0 })
    }
}
