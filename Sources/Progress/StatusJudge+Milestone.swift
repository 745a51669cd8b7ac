import PlanModel

extension StatusJudge {
    /// A milestone's countdown. A completion dated after the as-of date does
    /// not count yet, so judging an earlier date gives the answer it gave then.
    public func milestone(
        _ milestone: Milestone, plan: String, intervention: String, completion: Completion?, dueHistory: [Day]
    ) -> MilestoneProgress {
        let daysToDue = rules.asOf.days(to: milestone.due)
        let done = completion.flatMap { $0.date <= rules.asOf ? $0 : nil }
        let state: MilestoneState =
            if done != nil {
                .done
            } else if daysToDue < 0 {
                .overdue
            } else if daysToDue <= rules.dueSoonDays {
                .dueSoon
            } else {
                .upcoming
            }
        return MilestoneProgress(
            plan: plan, intervention: intervention, id: milestone.id, address: "\(plan)/\(milestone.id)",
            title: milestone.title, owner: "\(milestone.owner.role), \(milestone.owner.organisation)",
            due: milestone.due, state: state, daysToDue: daysToDue, completedOn: done?.date,
            daysLate: done.map { milestone.due.days(to: $0.date) }, slip: Slip(history: dueHistory + [milestone.due]),
            colour: state.colour)
    }
}
