import PlanModel

/// Everything that changed in one plan, matched by id (so a renamed or
/// moved file is the same plan), in the order the plan is written.
public struct PlanChange: Sendable, Hashable, Codable {
    public var id: String
    /// The plan's title after the change (before it, for a removed plan).
    public var title: String
    /// The file it is read from after the change; nil for a removed plan.
    public var file: String?
    /// The file it was read from before; nil for an added plan. Differs
    /// from `file` when the file was renamed or moved.
    public var previousFile: String?
    public var changes: [Change]

    public init(id: String, title: String, file: String?, previousFile: String?, changes: [Change]) {
        self.id = id
        self.title = title
        self.file = file
        self.previousFile = previousFile
        self.changes = changes
    }

    public var counts: SeverityCounts { SeverityCounts(changes) }

    /// The most serious severity among its changes.
    public var severity: ReviewSeverity { changes.map(\.severity).max() ?? .neutral }
}
