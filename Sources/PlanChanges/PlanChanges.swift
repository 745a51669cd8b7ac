import PlanModel

/// The change model: compares two versions of a workspace's plans and says
/// what changed, in the plans' own terms, with a severity for review.
///
/// One model serves `countdown diff` (two git revisions or folders), the
/// board reports' "changes since the last report to this board" (the plans
/// as stored at the last report against the plans now) and, through
/// `DateMove`, the status judgement's slips, so all three agree.
///
/// Pure: plain values in, plain values out; no files, no clock.
public enum PlanChanges {
    /// Compares two versions of the plans. Plans are matched by id, never
    /// by file, so a renamed or moved file is one plan whose file moved.
    ///
    /// - Parameters:
    ///   - before: the plans before (the base revision, the last report).
    ///   - after: the plans after (the pull request's head, the plans now).
    ///   - beforeWorkspace: countdown.yaml before, for the life-expectancy
    ///     target; nil when not known (no countdown.yaml, or one with errors),
    ///     and then the target is taken as unchanged.
    ///   - afterWorkspace: countdown.yaml after, likewise.
    ///   - notReadBefore: plan files that exist before but could not be read
    ///     (they have schema errors there): a plan that appears after from
    ///     one of these files is "not compared", not "added".
    ///   - notReadAfter: the same after: a plan whose file is one of these
    ///     is "not compared", not "removed".
    public static func compare(
        before: [Plan], after: [Plan], beforeWorkspace: WorkspaceConfig?, afterWorkspace: WorkspaceConfig?,
        notReadBefore: Set<String> = [], notReadAfter: Set<String> = []
    ) -> ChangeSet {
        let beforeByID = Dictionary(before.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let afterByID = Dictionary(after.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var planChanges: [PlanChange] = []
        var unchanged = 0
        for id in Set(beforeByID.keys).union(afterByID.keys).sorted() {
            let change: PlanChange?
            switch (beforeByID[id], afterByID[id]) {
            case (let old?, let new?): change = compare(before: old, after: new)
            case (let old?, nil): change = removed(old, notRead: notReadAfter.contains(old.file))
            case (nil, let new?): change = added(new, notRead: notReadBefore.contains(new.file))
            case (nil, nil): change = nil
            }
            if let change { planChanges.append(change) } else { unchanged += 1 }
        }
        let totals = ContributionTotals.compare(
            before: before, after: after, beforeWorkspace: beforeWorkspace, afterWorkspace: afterWorkspace)
        let workspace =
            WorkspaceComparison.targetChanges(before: beforeWorkspace, after: afterWorkspace)
            + WorkspaceComparison.totalChanges(totals, afterWorkspace: afterWorkspace)
        return ChangeSet(
            plans: planChanges, workspace: workspace, contributions: totals, unchangedPlans: unchanged,
            notCompared: notReadAfter.sorted())
    }

    /// What changed in one plan present on both sides; nil when nothing did.
    public static func compare(before: Plan, after: Plan) -> PlanChange? {
        var comparison = PlanComparison(before: before, after: after)
        comparison.compareAll()
        guard !comparison.changes.isEmpty else { return nil }
        return PlanChange(
            id: after.id, title: after.title, file: after.file, previousFile: before.file,
            changes: comparison.changes)
    }

    /// Each milestone whose due date moved between two versions of a plan,
    /// by milestone id in the after plan's order. Milestones are matched by
    /// id across the whole plan, as the store's due-date history is.
    public static func milestoneMoves(before: Plan, after: Plan) -> [(id: String, move: DateMove)] {
        let old = Dictionary(before.milestones.map { ($0.id, $0.due) }, uniquingKeysWith: { first, _ in first })
        return after.milestones.compactMap { milestone in
            guard let due = old[milestone.id], let move = DateMove(from: due, to: milestone.due) else { return nil }
            return (milestone.id, move)
        }
    }

    static func added(_ plan: Plan, notRead: Bool) -> PlanChange {
        let change =
            notRead
            ? Change(
                kind: .planNotCompared, severity: .neutral, plan: plan.id, subject: plan.id,
                title: "Plan \(plan.id) not compared: its file had errors before", location: plan.locations["id"])
            : Change(
                kind: .planAdded, severity: .neutral, plan: plan.id, subject: plan.id,
                title: "Plan \(plan.id) added", after: "\(plan.title) (\(plan.status.rawValue))",
                location: plan.locations["id"])
        return PlanChange(id: plan.id, title: plan.title, file: plan.file, previousFile: nil, changes: [change])
    }

    static func removed(_ plan: Plan, notRead: Bool) -> PlanChange {
        let change =
            notRead
            ? Change(
                kind: .planNotCompared, severity: .neutral, plan: plan.id, subject: plan.id,
                title: "Plan \(plan.id) not compared: \(plan.file) has errors now",
                note: "run countdown lint and fix them", beforeLocation: plan.locations["id"])
            : Change(
                kind: .planRemoved, severity: .weakening, plan: plan.id, subject: plan.id,
                title: "Plan \(plan.id) removed", before: "\(plan.title) (\(plan.status.rawValue))",
                note: "a plan that ends is kept with status: closed, so its history and contribution stay visible",
                beforeLocation: plan.locations["id"])
        return PlanChange(id: plan.id, title: plan.title, file: nil, previousFile: plan.file, changes: [change])
    }
}
