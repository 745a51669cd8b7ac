import PlanModel

/// Compares two versions of one plan and collects the changes in the order
/// the plan is written: the plan itself, its outcome, its life-expectancy
/// contribution, each intervention (with its objectives, milestones,
/// partners and ratings), then its risks.
struct PlanComparison {
    let before: Plan
    let after: Plan
    private(set) var changes: [Change] = []

    init(before: Plan, after: Plan) {
        self.before = before
        self.after = after
    }

    var planID: String { after.id }

    mutating func compareAll() {
        comparePlanDetails()
        compareMeasure(before.outcome, after.outcome)
        compareLifeExpectancy()
        compareInterventions()
        compareRisks()
    }

    /// Records one change of this plan.
    mutating func add(
        _ kind: ChangeKind, _ severity: ReviewSeverity, subject: String, title: String, before: String? = nil,
        after: String? = nil, difference: String? = nil, note: String? = nil, amount: Double? = nil,
        unit: String? = nil, days: Int? = nil, location: SourceLocation?, beforeLocation: SourceLocation? = nil
    ) {
        changes.append(
            Change(
                kind: kind, severity: severity, plan: planID, subject: subject, title: title, before: before,
                after: after, difference: difference, note: note, amount: amount, unit: unit, days: days,
                location: location, beforeLocation: beforeLocation))
    }

    /// `PLAN/ID`, as commands address measures and milestones.
    func address(_ id: String) -> String { "\(planID)/\(id)" }

    mutating func comparePlanDetails() {
        if before.file != after.file {
            add(
                .planFileMoved, .neutral, subject: planID, title: "Plan file moved", before: before.file,
                after: after.file, location: after.locations["id"], beforeLocation: before.locations["id"])
        }
        if before.status != after.status {
            let closed = after.status == .closed
            add(
                closed ? .planClosed : .planStatusChanged, .neutral, subject: planID,
                title: closed ? "Plan closed" : "Plan status changed", before: before.status.rawValue,
                after: after.status.rawValue, location: after.locations["status"],
                beforeLocation: before.locations["status"])
        }
        if !PlanText.same(before.lead, after.lead) {
            add(
                .leadChanged, .neutral, subject: planID, title: "Plan lead changed",
                before: PlanText.person(before.lead), after: PlanText.person(after.lead),
                location: after.locations["lead"], beforeLocation: before.locations["lead"])
        }
        let details: [(field: String, name: String, old: String?, new: String?)] = [
            ("title", "Plan title", before.title, after.title),
            ("summary", "Summary", before.summary, after.summary),
            ("contributor", "Contributor", before.contributor, after.contributor),
            ("board", "Board", before.board, after.board),
            ("reporting", "Reporting cadence", before.reporting.rawValue, after.reporting.rawValue),
            ("period", "Plan period", before.period.map(PlanText.period), after.period.map(PlanText.period)),
        ]
        for detail in details where detail.old != detail.new {
            add(
                .planDetailsChanged, .neutral, subject: planID,
                title: "\(detail.name) \(detail.old == nil ? "added" : detail.new == nil ? "removed" : "changed")",
                before: detail.old, after: detail.new, location: after.locations[detail.field],
                beforeLocation: before.locations[detail.field])
        }
    }

    mutating func compareLifeExpectancy() {
        let old = before.lifeExpectancy
        let new = after.lifeExpectancy
        let location = new?.locations["contribution"] ?? after.locations["id"]
        for (sex, path) in [("male", \BySex.male), ("female", \BySex.female)] {
            let from = old?.contribution[keyPath: path]
            let to = new?.contribution[keyPath: path]
            if let from, let to, ChangeNumber.same(from, to) { continue }
            if from == nil && to == nil { continue }
            let verb =
                switch (from, to) {
                case (nil, _): "declared"
                case (_, nil): "withdrawn"
                case (let from?, let to?): to < from ? "lowered" : "raised"
                }
            let amount = (to ?? 0) - (from ?? 0)
            add(
                .contributionChanged, .neutral, subject: "\(planID)/contribution/\(sex)",
                title: "Declared contribution for \(sex)s \(verb)", before: from.map { PlanText.years($0) },
                after: to.map { PlanText.years($0) }, difference: "\(ChangeNumber.signed(amount)) years",
                amount: amount, unit: "years", location: location, beforeLocation: old?.locations["contribution"])
        }
        let oldCauses = old?.causes.map(\.rawValue) ?? []
        let newCauses = new?.causes.map(\.rawValue) ?? []
        if Set(oldCauses) != Set(newCauses) {
            add(
                .causesChanged, .neutral, subject: "\(planID)/causes", title: "Causes addressed changed",
                before: oldCauses.isEmpty ? nil : oldCauses.joined(separator: ", "),
                after: newCauses.isEmpty ? nil : newCauses.joined(separator: ", "),
                location: new?.locations["causes"] ?? after.locations["id"],
                beforeLocation: old?.locations["causes"])
        }
    }
}
