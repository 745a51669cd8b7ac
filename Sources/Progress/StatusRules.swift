import PlanModel

/// The settings every judgement at a date depends on. Kept together so that
/// the same rules give the same answer in `status`, in reports and in tests.
public struct StatusRules: Sendable, Hashable, Codable {
    /// The day judged. Callers pass it in: the judgement never reads a clock,
    /// so a status or a board pack can be reproduced later.
    public var asOf: Day
    /// A milestone due within this many days is "due soon" (amber).
    public var dueSoonDays: Int
    /// Days allowed after a reporting period for its figures to be recorded
    /// before a measure counts as stale.
    public var graceDays: Int

    /// Six weeks. Quarterly NHS and council returns are usually signed off
    /// four to six weeks after the quarter ends, so a figure for the quarter
    /// to 31 December is not late until the middle of February. Shorter
    /// windows flag measures as stale while their data cannot yet exist;
    /// longer ones hide a missed return past the next board meeting.
    public static let defaultGraceDays = WorkspaceConfig.defaultGraceDays
    /// PRODUCT.md: "due soon … default 14 days".
    public static let defaultDueSoonDays = 14

    public init(asOf: Day, dueSoonDays: Int = defaultDueSoonDays, graceDays: Int = defaultGraceDays) {
        self.asOf = asOf
        self.dueSoonDays = dueSoonDays
        self.graceDays = graceDays
    }

    /// The rules a workspace sets in countdown.yaml, at `asOf`.
    public init(asOf: Day, workspace: WorkspaceConfig) {
        self.init(asOf: asOf, dueSoonDays: workspace.dueSoonDays, graceDays: workspace.graceDays)
    }
}
