import PlanModel

extension PlanComparison {
    /// Risks matched by id. Scoring a risk higher or lower is an honest
    /// update, so every risk change is neutral; the score moves are shown.
    mutating func compareRisks() {
        let oldByID = Dictionary(before.risks.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let newIDs = Set(after.risks.map(\.id))
        for risk in after.risks {
            let subject = address(risk.id)
            let name = "Risk \(risk.id)"
            guard let old = oldByID[risk.id] else {
                add(
                    .riskAdded, .neutral, subject: subject, title: "\(name) added",
                    after: "\(risk.description) (\(Self.score(risk)))", location: risk.locations["id"])
                continue
            }
            if old.likelihood != risk.likelihood || old.impact != risk.impact {
                let change = risk.likelihood * risk.impact - old.likelihood * old.impact
                add(
                    .riskRescored, .neutral, subject: subject,
                    title: "\(name) \(change > 0 ? "scored higher" : change < 0 ? "scored lower" : "rescored")",
                    before: Self.score(old), after: Self.score(risk), difference: ChangeNumber.signed(Double(change)),
                    amount: Double(change),
                    location: risk.locations[old.likelihood != risk.likelihood ? "likelihood" : "impact"],
                    beforeLocation: old.locations["likelihood"])
            }
            let fields: [(field: String, name: String, old: String?, new: String?)] = [
                ("description", "described differently", old.description, risk.description),
                ("mitigation", "mitigation changed", old.mitigation, risk.mitigation),
                ("owner", "re-owned", PlanText.person(old.owner), PlanText.person(risk.owner)),
            ]
            for field in fields where !PlanText.same(field.old, field.new) {
                add(
                    .riskChanged, .neutral, subject: subject, title: "\(name) \(field.name)", before: field.old,
                    after: field.new, location: risk.locations[field.field],
                    beforeLocation: old.locations[field.field])
            }
        }
        for old in before.risks where !newIDs.contains(old.id) {
            add(
                .riskRemoved, .neutral, subject: address(old.id), title: "Risk \(old.id) removed",
                before: "\(old.description) (\(Self.score(old)))",
                location: after.locations.has("risks") ? after.locations.key("risks") : after.locations["id"],
                beforeLocation: old.locations["id"])
        }
    }

    /// "likelihood 3 × impact 4 = 12".
    static func score(_ risk: Risk) -> String {
        "likelihood \(risk.likelihood) × impact \(risk.impact) = \(risk.likelihood * risk.impact)"
    }
}
