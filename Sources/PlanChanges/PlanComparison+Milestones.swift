import PlanModel

extension PlanComparison {
    /// Milestones matched by id across the plan, as the store's due-date
    /// history matches them for `Slip`; a move is a `DateMove`, later is a
    /// slip (weakening), earlier is brought forward (strengthening).
    mutating func compareMilestones(in new: Intervention, old: Intervention?) {
        var oldMilestones: [String: (milestone: Milestone, intervention: String)] = [:]
        for intervention in before.interventions {
            for milestone in intervention.milestones where oldMilestones[milestone.id] == nil {
                oldMilestones[milestone.id] = (milestone, intervention.id)
            }
        }
        for milestone in new.milestones {
            let subject = address(milestone.id)
            let name = "Milestone \(milestone.id)"
            guard let previous = oldMilestones[milestone.id] else {
                if old != nil {
                    add(
                        .milestoneAdded, .neutral, subject: subject, title: "\(name) added",
                        after: "\(milestone.title), due \(milestone.due)", location: milestone.locations["id"])
                }
                continue
            }
            if previous.intervention != new.id {
                add(
                    .regrouped, .neutral, subject: subject, title: "\(name) moved to another intervention",
                    before: previous.intervention, after: new.id, location: milestone.locations["id"],
                    beforeLocation: previous.milestone.locations["id"])
            }
            compareMilestone(previous.milestone, milestone, subject: subject, name: name)
        }
        guard let old else { return }
        let remaining = Set(after.milestones.map(\.id))
        for milestone in old.milestones where !remaining.contains(milestone.id) {
            add(
                .milestoneRemoved, .weakening, subject: address(milestone.id),
                title: "Milestone \(milestone.id) removed",
                before: "\(milestone.title), due \(milestone.due)",
                location: new.locations.has("milestones") ? new.locations.key("milestones") : new.locations["id"],
                beforeLocation: milestone.locations["id"])
        }
    }

    private mutating func compareMilestone(_ old: Milestone, _ new: Milestone, subject: String, name: String) {
        if let move = DateMove(from: old.due, to: new.due) {
            add(
                .milestoneMoved, move.isSlip ? .weakening : .strengthening, subject: subject,
                title: "\(name) \(move.isSlip ? "slipped" : "brought forward")", before: "\(move.from)",
                after: "\(move.to)", difference: move.daysText, days: move.days, location: new.locations["due"],
                beforeLocation: old.locations["due"])
        }
        if !PlanText.same(old.owner, new.owner) {
            add(
                .milestoneReowned, .neutral, subject: subject, title: "\(name) re-owned",
                before: PlanText.person(old.owner), after: PlanText.person(new.owner),
                location: new.locations["owner"], beforeLocation: old.locations["owner"])
        }
        if !PlanText.same(old.title, new.title) {
            add(
                .milestoneRetitled, .neutral, subject: subject, title: "\(name) reworded", before: old.title,
                after: new.title, location: new.locations["title"], beforeLocation: old.locations["title"])
        }
    }
}
