import PlanModel

/// One change between two versions of the plans, in the plan's own terms:
/// what changed, from what to what, by how much, how it bears on review, and
/// where to look.
///
/// Texts are plain (no Markdown); renderers decide the look. Numbers are
/// kept too (`amount`, `days`) for consumers that compute with them.
public struct Change: Sendable, Hashable, Codable {
    public var kind: ChangeKind
    public var severity: ReviewSeverity
    /// The plan it belongs to; nil for a workspace-wide change (the
    /// life-expectancy target, the plans' total contribution).
    public var plan: String?
    /// What changed, addressed as commands address it:
    /// `tobacco-control/pharmacy-les`, `tobacco-control/stop-smoking-rm/accessibility`,
    /// `tobacco-control` for the plan itself, `workspace/male` for a total.
    public var subject: String
    /// A short description: "Milestone pharmacy-les slipped".
    public var title: String
    /// The old value as text ("2009-06-30", "25.5 %", "amber"), when there was one.
    public var before: String?
    /// The new value as text, when there is one.
    public var after: String?
    /// The size of the change in words: "+92 days", "+1 % (less ambitious)".
    public var difference: String?
    /// Why it matters, when the title does not say: "rating improved with unchanged evidence".
    public var note: String?
    /// The signed change in `unit` (after minus before): a target's value,
    /// a contribution in years, a risk's score, a fraction.
    public var amount: Double?
    public var unit: String?
    /// The signed change in days (after minus before) for a moved date.
    public var days: Int?
    /// Where it is in the "after" files; for something removed, where its
    /// parent is (so a pull-request annotation lands on a changed file).
    public var location: SourceLocation?
    /// Where it was in the "before" files, when it was there.
    public var beforeLocation: SourceLocation?

    public init(
        kind: ChangeKind, severity: ReviewSeverity, plan: String?, subject: String, title: String,
        before: String? = nil, after: String? = nil, difference: String? = nil, note: String? = nil,
        amount: Double? = nil, unit: String? = nil, days: Int? = nil, location: SourceLocation? = nil,
        beforeLocation: SourceLocation? = nil
    ) {
        self.kind = kind
        self.severity = severity
        self.plan = plan
        self.subject = subject
        self.title = title
        self.before = before
        self.after = after
        self.difference = difference
        self.note = note
        // Rounded so that sums of decimals read as written (0.015, not 0.015000000000000006).
        self.amount = amount.map { ($0 * 1e10).rounded() / 1e10 }
        self.unit = unit
        self.days = days
        self.location = location
        self.beforeLocation = beforeLocation
    }

    /// One line for text output and annotations:
    /// "Milestone pharmacy-les slipped: 2009-06-30 → 2009-09-30 (+92 days)".
    public var sentence: String {
        var text = title
        switch (before, after) {
        case (let before?, let after?): text += ": \(before) → \(after)"
        case (nil, let after?): text += ": \(after)"
        case (let before?, nil): text += ": was \(before)"
        case (nil, nil): break
        }
        if let difference { text += " (\(difference))" }
        if let note { text += "; \(note)" }
        return text
    }
}
