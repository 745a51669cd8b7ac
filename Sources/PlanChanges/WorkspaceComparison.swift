import PlanModel

/// Workspace-wide changes: the life-expectancy target itself, and whether
/// the plans' declared contributions still add up to it.
enum WorkspaceComparison {
    /// Both settings must be known: a missing one (no countdown.yaml yet,
    /// or one with errors) says nothing about the target.
    static func targetChanges(before: WorkspaceConfig?, after: WorkspaceConfig?) -> [Change] {
        guard let before, let after else { return [] }
        guard let old = before.lifeExpectancy, let new = after.lifeExpectancy else {
            return presenceChange(before: before.lifeExpectancy, after: after.lifeExpectancy)
        }
        var changes: [Change] = []
        let oldTarget = old.targetReduction
        let newTarget = new.targetReduction
        for (sex, path) in [("male", \BySex.male), ("female", \BySex.female)] {
            guard let from = oldTarget[keyPath: path], let to = newTarget[keyPath: path],
                !ChangeNumber.same(from, to)
            else { continue }
            let lower = to < from
            changes.append(
                Change(
                    kind: .workspaceTargetChanged, severity: lower ? .weakening : .strengthening, plan: nil,
                    subject: "workspace/\(sex)",
                    title: "Life-expectancy target for \(sex)s \(lower ? "lowered" : "raised")",
                    before: "\(ChangeNumber.format(from)) years", after: "\(ChangeNumber.format(to)) years",
                    difference: "\(ChangeNumber.signed(to - from)) years, \(lower ? "less" : "more") ambitious",
                    note: "baseline gap \(gapText(old, path)) → \(gapText(new, path)) years, "
                        + "reduce by \(ChangeNumber.format(old.reduceByPercent))% → "
                        + "\(ChangeNumber.format(new.reduceByPercent))%",
                    amount: to - from, unit: "years", location: new.locations["target"],
                    beforeLocation: old.locations["target"]))
        }
        if let move = DateMove(from: old.by, to: new.by) {
            changes.append(
                Change(
                    kind: .workspaceTargetChanged, severity: move.isSlip ? .weakening : .strengthening, plan: nil,
                    subject: "workspace",
                    title: "Life-expectancy target date moved \(move.isSlip ? "later" : "earlier")",
                    before: "\(move.from)", after: "\(move.to)", difference: move.daysText, days: move.days,
                    location: new.locations["target"], beforeLocation: old.locations["target"]))
        }
        return changes
    }

    private static func gapText(_ goal: LifeExpectancyGoal, _ path: KeyPath<BySex, Double?>) -> String {
        goal.baselineGap[keyPath: path].map { ChangeNumber.format($0) } ?? "none"
    }

    private static func presenceChange(before: LifeExpectancyGoal?, after: LifeExpectancyGoal?) -> [Change] {
        switch (before, after) {
        case (nil, let new?):
            [
                Change(
                    kind: .workspaceTargetChanged, severity: .strengthening, plan: nil, subject: "workspace",
                    title: "Life-expectancy target set",
                    after: "reduce the gap by \(ChangeNumber.format(new.reduceByPercent))% by \(new.by)",
                    location: new.locations["target"])
            ]
        case (let old?, nil):
            [
                Change(
                    kind: .workspaceTargetChanged, severity: .weakening, plan: nil, subject: "workspace",
                    title: "Life-expectancy target removed",
                    before: "reduce the gap by \(ChangeNumber.format(old.reduceByPercent))% by \(old.by)",
                    beforeLocation: old.locations["target"])
            ]
        default: []
        }
    }

    /// A change for each sex whose total moved, with its severity: the
    /// total falling below the target is a weakening.
    static func totalChanges(_ totals: ContributionTotals?, afterWorkspace: WorkspaceConfig?) -> [Change] {
        guard let totals else { return [] }
        let location = afterWorkspace?.lifeExpectancy?.locations["target"]
        return totals.totals.compactMap { total in
            guard !ChangeNumber.same(total.declaredBefore, total.declaredAfter) else { return nil }
            let target = total.targetAfter ?? total.targetBefore
            var note: String?
            if let target {
                let targetText = "\(ChangeNumber.format(target)) years"
                note =
                    switch (total.isShortBefore, total.isShortAfter) {
                    case (false, true): "now below the target of \(targetText)"
                    case (true, true): "below the target of \(targetText)"
                    case (true, false): "now meets the target of \(targetText)"
                    case (false, false): "meets the target of \(targetText)"
                    }
            }
            let falls = total.declaredAfter < total.declaredBefore
            return Change(
                kind: .contributionTotalChanged, severity: total.severity, plan: nil,
                subject: "workspace/\(total.sex)",
                title: "Plans' declared contributions for \(total.sex)s \(falls ? "fall" : "rise")",
                before: "\(ChangeNumber.format(total.declaredBefore)) years",
                after: "\(ChangeNumber.format(total.declaredAfter)) years",
                difference: "\(ChangeNumber.signed(total.declaredAfter - total.declaredBefore)) years", note: note,
                amount: total.declaredAfter - total.declaredBefore, unit: "years", location: location)
        }
    }
}
