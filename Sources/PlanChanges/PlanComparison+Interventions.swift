import PlanModel

extension PlanComparison {
    /// Interventions matched by id. Objectives and milestones are matched by
    /// id across the whole plan (ids are unique in a plan), so one that
    /// moves to another intervention is "regrouped", not removed and added;
    /// a new intervention is one change, not one per line in it.
    mutating func compareInterventions() {
        let oldByID = Dictionary(before.interventions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let newIDs = Set(after.interventions.map(\.id))
        for new in after.interventions {
            let old = oldByID[new.id]
            if let old {
                compareInterventionDetails(old, new)
                comparePartners(old, new)
            } else {
                add(
                    .interventionAdded, .neutral, subject: address(new.id), title: "Intervention \(new.id) added",
                    after: "\(new.title) (\(Self.contents(new)))", location: new.locations["id"])
            }
            compareObjectives(in: new, old: old)
            compareMilestones(in: new, old: old)
            if let old { compareRatings(old, new) }
        }
        let objectivesAfter = Set(after.measures.map(\.id))
        let milestonesAfter = Set(after.milestones.map(\.id))
        for old in before.interventions where !newIDs.contains(old.id) {
            let lost =
                old.objectives.filter { !objectivesAfter.contains($0.id) }.count
                + old.milestones.filter { !milestonesAfter.contains($0.id) }.count
            add(
                .interventionRemoved, .weakening, subject: address(old.id), title: "Intervention \(old.id) removed",
                before: "\(old.title) (\(Self.contents(old)))",
                note: lost > 0 ? "\(lost) of its objectives and milestones are in no other intervention" : nil,
                location: after.locations.key("interventions"), beforeLocation: old.locations["id"])
        }
    }

    /// "2 objectives, 4 milestones, 3 partners".
    static func contents(_ intervention: Intervention) -> String {
        func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
        return [
            count(intervention.objectives.count, "objective"), count(intervention.milestones.count, "milestone"),
            count(intervention.partners.count, "partner"),
        ].joined(separator: ", ")
    }

    private mutating func compareInterventionDetails(_ old: Intervention, _ new: Intervention) {
        let subject = address(new.id)
        if !PlanText.same(old.title, new.title) {
            add(
                .interventionChanged, .neutral, subject: subject, title: "Intervention \(new.id) retitled",
                before: old.title, after: new.title, location: new.locations["title"],
                beforeLocation: old.locations["title"])
        }
        if old.level != new.level {
            add(
                .interventionChanged, .neutral, subject: subject, title: "Intervention \(new.id) level changed",
                before: old.level.rawValue, after: new.level.rawValue, location: new.locations["level"],
                beforeLocation: old.locations["level"])
        }
        if !PlanText.same(old.lead, new.lead) {
            add(
                .leadChanged, .neutral, subject: subject, title: "Intervention \(new.id) lead changed",
                before: PlanText.person(old.lead), after: PlanText.person(new.lead), location: new.locations["lead"],
                beforeLocation: old.locations["lead"])
        }
    }

    private mutating func compareObjectives(in new: Intervention, old: Intervention?) {
        var oldObjectives: [String: (objective: Measure, intervention: String)] = [:]
        for intervention in before.interventions {
            for objective in intervention.objectives where oldObjectives[objective.id] == nil {
                oldObjectives[objective.id] = (objective, intervention.id)
            }
        }
        for objective in new.objectives {
            guard let previous = oldObjectives[objective.id] else {
                if old != nil {
                    add(
                        .objectiveAdded, .neutral, subject: address(objective.id),
                        title: "Objective \(objective.id) added", after: objective.title,
                        location: objective.locations["id"])
                }
                continue
            }
            if previous.intervention != new.id {
                add(
                    .regrouped, .neutral, subject: address(objective.id),
                    title: "Objective \(objective.id) moved to another intervention", before: previous.intervention,
                    after: new.id, location: objective.locations["id"],
                    beforeLocation: previous.objective.locations["id"])
            }
            compareMeasure(previous.objective, objective)
        }
        guard let old else { return }
        let remaining = Set(after.interventions.flatMap(\.objectives).map(\.id))
        for objective in old.objectives where !remaining.contains(objective.id) {
            add(
                .objectiveRemoved, .weakening, subject: address(objective.id),
                title: "Objective \(objective.id) removed", before: objective.title,
                note: "its target was \(PlanText.value(objective.target.value, unit: objective.unit)) "
                    + "by \(objective.target.date)",
                location: new.locations.has("objectives") ? new.locations.key("objectives") : new.locations["id"],
                beforeLocation: objective.locations["id"])
        }
    }

    /// Partners matched by organisation (the second entry for the same
    /// organisation matches the second one before, and so on).
    mutating func comparePartners(_ old: Intervention, _ new: Intervention) {
        func keyed(_ partners: [Partner]) -> [(key: String, partner: Partner)] {
            var seen: [String: Int] = [:]
            return partners.map { partner in
                let n = seen[partner.organisation, default: 0]
                seen[partner.organisation] = n + 1
                return (n == 0 ? partner.organisation : "\(partner.organisation)#\(n + 1)", partner)
            }
        }
        let oldPartners = keyed(old.partners)
        let newPartners = keyed(new.partners)
        let oldByKey = Dictionary(oldPartners.map { ($0.key, $0.partner) }, uniquingKeysWith: { first, _ in first })
        let newKeys = Set(newPartners.map(\.key))
        for (key, partner) in newPartners {
            let subject = "\(address(new.id))/\(key)"
            let name = "Partner \(partner.organisation) (\(new.id))"
            guard let previous = oldByKey[key] else {
                add(
                    .partnerAdded, .neutral, subject: subject, title: "\(name) added",
                    after: Self.partnerText(partner), location: partner.locations["organisation"])
                continue
            }
            if !PlanText.same(previous.contribution, partner.contribution) {
                add(
                    .partnerChanged, .neutral, subject: subject, title: "\(name) contribution reworded",
                    before: previous.contribution, after: partner.contribution,
                    location: partner.locations["contribution"], beforeLocation: previous.locations["contribution"])
            }
            compareAmount(previous, partner, subject: subject, name: name)
        }
        for (key, partner) in oldPartners where !newKeys.contains(key) {
            add(
                .partnerRemoved, .weakening, subject: "\(address(old.id))/\(key)",
                title: "Partner \(partner.organisation) (\(old.id)) removed", before: Self.partnerText(partner),
                location: new.locations.has("partners") ? new.locations.key("partners") : new.locations["id"],
                beforeLocation: partner.locations["organisation"])
        }
    }

    private mutating func compareAmount(_ old: Partner, _ new: Partner, subject: String, name: String) {
        guard old.amount != new.amount else { return }
        let text = { (amount: Amount?) in amount.map { PlanText.value($0.value, unit: $0.unit) } }
        if let from = old.amount, let to = new.amount, from.unit == to.unit {
            let lowered = to.value < from.value
            add(
                .partnerChanged, lowered ? .weakening : .strengthening, subject: subject,
                title: "\(name) amount \(lowered ? "lowered" : "raised")", before: text(from), after: text(to),
                difference: ChangeNumber.signed(to.value - from.value, unit: to.unit), amount: to.value - from.value,
                unit: to.unit, location: new.locations["amount"], beforeLocation: old.locations["amount"])
        } else {
            add(
                .partnerChanged, .neutral, subject: subject, title: "\(name) amount changed", before: text(old.amount),
                after: text(new.amount), location: new.locations["amount"], beforeLocation: old.locations["amount"])
        }
    }

    static func partnerText(_ partner: Partner) -> String {
        partner.contribution + (partner.amount.map { " (\(PlanText.value($0.value, unit: $0.unit)))" } ?? "")
    }
}
