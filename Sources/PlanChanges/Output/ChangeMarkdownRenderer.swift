import PlanModel

/// `--format md`: a pull-request comment (or a report section). A summary
/// line, then a table per plan with the changes a reviewer must see first,
/// long lists collapsed in `<details>`, then the plans' contributions
/// against the life-expectancy target. Plan text is escaped, so a title
/// cannot break the table or inject HTML. Deterministic: no dates, no clock.
public enum ChangeMarkdownRenderer {
    /// A plan with more changes than this shows its weakening and
    /// strengthening ones in the table and collapses the neutral ones.
    public static let openRows = 10

    public static func render(_ changes: ChangeSet) -> String {
        var lines: [String] = [heading(changes), ""]
        var from = "From \(MarkdownText.cell(changes.from)) to \(MarkdownText.cell(changes.to))"
        if changes.unchangedPlans > 0 {
            from += "; \(ChangeSummary.plural(changes.unchangedPlans, "plan")) unchanged"
        }
        lines += [from + ".", ""]
        if !changes.notCompared.isEmpty {
            let files = changes.notCompared.map(MarkdownText.code).joined(separator: ", ")
            lines += ["⚠️ Not compared, because of errors (`countdown lint` shows them): \(files).", ""]
        }
        for plan in changes.plans { lines += section(plan) }
        // The totals' changes are rows of the contributions table below, not repeated here.
        let workspace = changes.workspace.filter { $0.kind != .contributionTotalChanged }
        if !workspace.isEmpty {
            lines += ["#### Workspace", ""]
            lines += table(ChangeSummary.ordered(workspace))
            lines.append("")
        }
        if let totals = changes.contributions { lines += contributions(totals) }
        while lines.last == "" { lines.removeLast() }
        return lines.joined(separator: "\n") + "\n"
    }

    /// "### Plan changes: ⚠️ 3 weakening · 1 strengthening · 4 neutral · 2 plans changed".
    static func heading(_ changes: ChangeSet) -> String {
        guard !changes.isEmpty else { return "### Plan changes: none" }
        let counts = changes.counts
        var parts: [String] = []
        parts.append(counts.weakening > 0 ? "⚠️ \(counts.weakening) weakening" : "no weakening")
        if counts.strengthening > 0 { parts.append("\(counts.strengthening) strengthening") }
        if counts.neutral > 0 { parts.append("\(counts.neutral) neutral") }
        var text = "### Plan changes: " + parts.joined(separator: " · ")
        if !changes.plans.isEmpty { text += " · \(ChangeSummary.plural(changes.plans.count, "plan")) changed" }
        return text
    }

    static func section(_ plan: PlanChange) -> [String] {
        let marker = plan.severity == .weakening ? "⚠️ " : ""
        var lines = [
            "#### \(marker)\(MarkdownText.cell(plan.title)) (\(MarkdownText.code(plan.id)))", "",
            fileLine(plan), "",
        ]
        let ordered = ChangeSummary.ordered(plan.changes)
        guard ordered.count > openRows else { return lines + table(ordered) + [""] }
        let shown = ordered.filter { $0.severity != .neutral }
        let folded = ordered.filter { $0.severity == .neutral }
        if !shown.isEmpty { lines += table(shown) + [""] }
        let noun = shown.isEmpty ? "change" : "neutral change"
        lines += ["<details><summary>\(ChangeSummary.plural(folded.count, noun))</summary>", ""]
        lines += table(folded)
        lines += ["", "</details>", ""]
        return lines
    }

    static func fileLine(_ plan: PlanChange) -> String {
        switch (plan.previousFile, plan.file) {
        case (let old?, let new?) where old != new: "\(MarkdownText.code(old)) → \(MarkdownText.code(new))"
        case (_, let new?): MarkdownText.code(new)
        case (let old?, nil): "was \(MarkdownText.code(old))"
        case (nil, nil): ""
        }
    }

    static func table(_ changes: [Change]) -> [String] {
        var lines = ["| Review | Change | Before | After | By |", "| --- | --- | --- | --- | --- |"]
        for change in changes {
            var what = MarkdownText.cell(change.title)
            if let note = change.note { what += " — _\(MarkdownText.cell(note))_" }
            let cells = [
                severityText(change.severity), what, MarkdownText.cell(change.before ?? ""),
                MarkdownText.cell(change.after ?? ""), MarkdownText.cell(change.difference ?? ""),
            ]
            lines.append("| " + cells.joined(separator: " | ") + " |")
        }
        return lines
    }

    static func severityMarker(_ severity: ReviewSeverity) -> String {
        switch severity {
        case .weakening: "⚠️ "
        case .strengthening: "✅ "
        case .neutral: ""
        }
    }

    static func severityText(_ severity: ReviewSeverity) -> String {
        severityMarker(severity) + severity.rawValue
    }

    static func contributions(_ totals: ContributionTotals) -> [String] {
        var lines = [
            "#### Life-expectancy contributions", "",
            "Declared by the plans that are not drafts, in years of the gap closed, against the workspace's target.",
            "", "| Sex | Target | Before | After | |", "| --- | ---: | ---: | ---: | --- |",
        ]
        for total in totals.totals {
            let targetCell: String =
                switch (total.targetBefore, total.targetAfter) {
                case (let old?, let new?) where !ChangeNumber.same(old, new):
                    "\(ChangeNumber.format(old)) → \(ChangeNumber.format(new))"
                case (_, let new?): ChangeNumber.format(new)
                case (let old?, nil): "\(ChangeNumber.format(old)) → none"
                case (nil, nil): "none"
                }
            func amount(_ value: Double, _ goal: Double?) -> String {
                ChangeNumber.format(value) + (ChangeSummary.share(value, of: goal).map { " (\($0))" } ?? "")
            }
            let standing = ChangeSummary.standing(total)
            let cells = [
                total.sex == "male" ? "Males" : "Females", targetCell,
                amount(total.declaredBefore, total.targetBefore), amount(total.declaredAfter, total.targetAfter),
                "\(severityMarker(total.severity))\(standing)",
            ]
            lines.append("| " + cells.joined(separator: " | ") + " |")
        }
        return lines + [""]
    }
}
