import PlanChanges

/// "Changes since the last report" as text: the change model's own
/// sentences, grouped by plan, and the figures recorded since.
struct ChangesView {
    var firstReport: Bool
    var since: String?
    var summary: String
    var plans: [PlanChangesView]
    var hasPlanChanges: Bool
    var workspace: [ChangeView]
    var hasWorkspace: Bool
    var actuals: [ActualView]
    var hasActuals: Bool
    var completions: [CompletionView]
    var hasCompletions: Bool
    var unsynced: String?
    var nothing: Bool

    struct PlanChangesView {
        var id: String
        var title: String
        var counts: String
        var changes: [ChangeView]
    }

    struct ChangeView {
        var severity: String
        var severityLabel: String
        var title: String
        var before: String?
        var after: String?
        var difference: String?
        var note: String?
        var sentence: String

        init(_ change: Change) {
            severity = change.severity.rawValue
            severityLabel =
                switch change.severity {
                case .weakening: "weakens"
                case .strengthening: "strengthens"
                case .neutral: "note"
                }
            title = change.title
            before = change.before
            after = change.after
            difference = change.difference
            note = change.note
            sentence = change.sentence
        }
    }

    struct ActualView {
        var address: String
        var title: String
        var date: String
        var value: String
        var source: String?
        var replaces: String?
    }

    struct CompletionView {
        var address: String
        var title: String
        var completed: String
        var replaces: String?
    }

    init(_ report: BoardReport) {
        let changes = report.changes
        firstReport = changes.isFirstReport
        since = changes.since.map(ReportText.longDate)
        let set = changes.plans
        plans = (set?.plans ?? []).map { plan in
            let counts = plan.counts
            let parts = [
                counts.weakening > 0 ? "\(counts.weakening) weakening" : nil,
                counts.strengthening > 0 ? "\(counts.strengthening) strengthening" : nil,
                counts.neutral > 0 ? "\(counts.neutral) other" : nil,
            ].compactMap { $0 }
            return PlanChangesView(
                id: plan.id, title: plan.title, counts: HeadlineView.list(parts),
                changes: plan.changes.map(ChangeView.init))
        }
        hasPlanChanges = !plans.isEmpty
        workspace = (set?.workspace ?? []).map(ChangeView.init)
        hasWorkspace = !workspace.isEmpty
        actuals = changes.actuals.map { actual in
            ActualView(
                address: "\(actual.plan)/\(actual.measure)", title: actual.title, date: ReportText.date(actual.date),
                value: ReportText.quantity(actual.value, unit: actual.unit), source: actual.source,
                replaces: actual.replaces.map { ReportText.quantity($0, unit: actual.unit) })
        }
        completions = changes.completions.map { completion in
            CompletionView(
                address: "\(completion.plan)/\(completion.milestone)", title: completion.title,
                completed: ReportText.date(completion.completed), replaces: completion.replaces.map(ReportText.date))
        }
        hasActuals = !actuals.isEmpty
        hasCompletions = !completions.isEmpty
        unsynced =
            changes.unsyncedPlans.isEmpty
            ? nil
            : "These plans' files differ from their last synced revision: "
                + changes.unsyncedPlans.joined(separator: ", ")
                + ". Run countdown sync so that the next report can say what changed in them."
        nothing = !firstReport && changes.isEmpty
        if firstReport {
            summary =
                "This is the first report to the board recorded by countdown, so there is nothing to compare "
                + "with. The next report will list what changes in the plans and the figures recorded after this one."
        } else {
            let counts = set?.counts ?? SeverityCounts()
            var parts: [String] = []
            let changed = set?.plans.count ?? 0
            parts.append("\(changed) \(changed == 1 ? "plan" : "plans") changed")
            if counts.weakening > 0 {
                parts.append(
                    "\(counts.weakening) \(counts.weakening == 1 ? "change weakens" : "changes weaken") a plan")
            }
            parts.append("\(actuals.count) new \(actuals.count == 1 ? "figure" : "figures") recorded")
            parts.append("\(completions.count) \(completions.count == 1 ? "milestone" : "milestones") recorded as done")
            summary = "Since the report of \(since ?? ""): " + HeadlineView.list(parts) + "."
        }
    }
}
