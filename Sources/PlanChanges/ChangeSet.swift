import PlanModel

/// What changed between two versions of a workspace's plans: the answer to
/// "what does this pull request change?" and to "what changed since the
/// board last met?". Built by `PlanChanges.compare`; every output
/// (`countdown diff` text, Markdown, JSON, GitHub annotations, the board
/// report's section) is a view of it.
public struct ChangeSet: Sendable, Hashable, Codable {
    /// How the two sides are named in outputs: a commit, "the working tree",
    /// "the report of 2010-03-31". The comparison sets "before" and "after";
    /// callers name them.
    public var from: String
    public var to: String
    /// Plans with at least one change, by plan id.
    public var plans: [PlanChange]
    /// Workspace-wide changes: the life-expectancy target, and the plans'
    /// total contribution for each sex when it changed.
    public var workspace: [Change]
    /// The declared contributions' totals against the target, before and
    /// after; nil when neither side has a target or a declared contribution.
    public var contributions: ContributionTotals?
    /// Plans present on both sides with nothing changed.
    public var unchangedPlans: Int
    /// Files on the "after" side that have errors, sorted: whatever plans
    /// they hold could not be compared.
    public var notCompared: [String]

    public init(
        from: String = "before", to: String = "after", plans: [PlanChange], workspace: [Change],
        contributions: ContributionTotals?, unchangedPlans: Int, notCompared: [String] = []
    ) {
        self.from = from
        self.to = to
        self.plans = plans
        self.workspace = workspace
        self.contributions = contributions
        self.unchangedPlans = unchangedPlans
        self.notCompared = notCompared
    }

    /// Every change: the plans' in plan-id order, then the workspace's.
    public var allChanges: [Change] { plans.flatMap(\.changes) + workspace }

    public var counts: SeverityCounts { SeverityCounts(allChanges) }

    public var isEmpty: Bool { plans.isEmpty && workspace.isEmpty }

    /// The changes a reviewer must not miss.
    public var weakening: [Change] { allChanges.filter { $0.severity == .weakening } }

    public var hasWeakening: Bool { allChanges.contains { $0.severity == .weakening } }

    /// The changes of one kind, in order (milestone slips: `changes(.milestoneMoved)`).
    public func changes(_ kind: ChangeKind) -> [Change] {
        allChanges.filter { $0.kind == kind }
    }

    /// Only the given plans' changes (a board's plans, for its report), with
    /// the workspace-wide changes kept.
    public func restricted(to planIDs: Set<String>) -> ChangeSet {
        var copy = self
        copy.plans = plans.filter { planIDs.contains($0.id) }
        return copy
    }
}
