import PlanModel

/// Wording every renderer shares: the summary line, the order of changes,
/// the totals against the target.
enum ChangeSummary {
    /// "Plan changes from 3f2a1bc to the working tree: 2 plans changed, 5
    /// unchanged; 3 weakening, 1 strengthening, 4 neutral."
    static func line(_ changes: ChangeSet) -> String {
        let counts = changes.counts
        guard !changes.isEmpty else {
            return "No plan changes from \(changes.from) to \(changes.to)"
                + (changes.unchangedPlans > 0 ? " (\(plural(changes.unchangedPlans, "plan")) compared)." : ".")
        }
        var parts: [String] = []
        if !changes.plans.isEmpty { parts.append("\(plural(changes.plans.count, "plan")) changed") }
        if changes.unchangedPlans > 0 { parts.append("\(changes.unchangedPlans) unchanged") }
        if !changes.workspace.isEmpty { parts.append("the workspace's target or totals changed") }
        return "Plan changes from \(changes.from) to \(changes.to): \(parts.joined(separator: ", ")); "
            + "\(counts.weakening) weakening, \(counts.strengthening) strengthening, \(counts.neutral) neutral."
    }

    /// Weakening first, then strengthening, then neutral; written order within each.
    static func ordered(_ changes: [Change]) -> [Change] {
        let rank: (ReviewSeverity) -> Int = {
            switch $0 {
            case .weakening: 0
            case .strengthening: 1
            case .neutral: 2
            }
        }
        return changes.enumerated().sorted {
            (rank($0.element.severity), $0.offset) < (rank($1.element.severity), $1.offset)
        }
        .map(\.element)
    }

    /// `plans/a.yaml`, `plans/a.yaml → plans/b/a.yaml`, or `was plans/a.yaml`.
    static func fileText(_ plan: PlanChange) -> String {
        switch (plan.previousFile, plan.file) {
        case (let old?, let new?) where old != new: "\(old) → \(new)"
        case (_, let new?): new
        case (let old?, nil): "was \(old)"
        case (nil, nil): "no file"
        }
    }

    /// "males: 0.43 → 0.405 years against a target of 0.43: now below the target".
    static func totalSentence(_ total: ContributionTotals.Total) -> String {
        let sex = total.sex == "male" ? "males" : "females"
        let before = ChangeNumber.format(total.declaredBefore)
        let after = ChangeNumber.format(total.declaredAfter)
        let declared =
            ChangeNumber.same(total.declaredBefore, total.declaredAfter)
            ? "\(after) years declared, unchanged," : "\(before) → \(after) years declared"
        return "\(sex): \(declared)\(targetText(total)); \(standing(total))"
    }

    static func targetText(_ total: ContributionTotals.Total) -> String {
        switch (total.targetBefore, total.targetAfter) {
        case (let old?, let new?) where !ChangeNumber.same(old, new):
            " against a target of \(ChangeNumber.format(old)) → \(ChangeNumber.format(new)) years"
        case (_, let new?): " against a target of \(ChangeNumber.format(new)) years"
        case (let old?, nil): " against a target of \(ChangeNumber.format(old)) years, now removed"
        case (nil, nil): " (no target)"
        }
    }

    /// "now below the target", "meets the target", ….
    static func standing(_ total: ContributionTotals.Total) -> String {
        guard total.targetAfter != nil else { return "no target to meet" }
        switch (total.isShortBefore, total.isShortAfter) {
        case (false, true): return total.targetBefore == nil ? "below the target" : "now below the target"
        case (true, true): return "below the target"
        case (true, false): return "now meets the target"
        case (false, false): return "meets the target"
        }
    }

    /// Share of the target, "95%", rounded down so 99.9% never reads as 100%.
    static func share(_ declared: Double, of target: Double?) -> String? {
        guard let target, target > 0 else { return nil }
        return "\(Int((declared / target * 100 + 1e-9).rounded(.down)))%"
    }

    static func plural(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }

    /// Text on one line: plan text may hold line breaks (folded summaries).
    static func flatten(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).map { String($0).trimmed }.filter { !$0.isEmpty }.joined(separator: " ")
    }
}
