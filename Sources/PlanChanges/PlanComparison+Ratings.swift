import PlanModel

extension PlanComparison {
    /// Christmas Tree ratings, matched by component. A rating or a fraction
    /// that improves while its evidence stays word for word the same is the
    /// change a reviewer must question: weakening. With new evidence it is
    /// strengthening; a worse rating is an honest update (neutral).
    mutating func compareRatings(_ old: Intervention, _ new: Intervention) {
        let oldByComponent = Dictionary(
            old.diagnostic.map { ($0.component, $0) }, uniquingKeysWith: { first, _ in first })
        let newComponents = Set(new.diagnostic.map(\.component))
        for rating in new.diagnostic {
            let subject = "\(address(new.id))/\(rating.component)"
            let name = "\(rating.component) (\(new.id))"
            guard let previous = oldByComponent[rating.component] else {
                add(
                    .ratingAdded, .neutral, subject: subject, title: "Rating of \(name) added",
                    after: Self.ratingText(rating), location: rating.locations["rating"])
                continue
            }
            let sameEvidence = PlanText.same(previous.evidence, rating.evidence)
            if previous.rating != rating.rating {
                let improved = Self.isImprovement(from: previous.rating, to: rating.rating)
                let severity: ReviewSeverity = improved ? (sameEvidence ? .weakening : .strengthening) : .neutral
                let note: String? =
                    improved
                    ? (sameEvidence
                        ? "rating improved with unchanged evidence"
                        : "new evidence: \(rating.evidence ?? "none")")
                    : nil
                add(
                    .ratingChanged, severity, subject: subject,
                    title: "Rating of \(name) \(improved ? "improved" : "changed")", before: previous.rating.rawValue,
                    after: rating.rating.rawValue, note: note, location: rating.locations["rating"],
                    beforeLocation: previous.locations["rating"])
            } else if !sameEvidence {
                add(
                    .ratingEvidenceChanged, .neutral, subject: subject, title: "Evidence for \(name) updated",
                    before: previous.evidence, after: rating.evidence, location: rating.locations["evidence"],
                    beforeLocation: previous.locations["evidence"])
            }
            compareFraction(previous, rating, subject: subject, name: name, sameEvidence: sameEvidence)
        }
        for rating in old.diagnostic where !newComponents.contains(rating.component) {
            add(
                .ratingRemoved, .neutral, subject: "\(address(old.id))/\(rating.component)",
                title: "Rating of \(rating.component) (\(old.id)) removed", before: Self.ratingText(rating),
                location: new.locations.has("diagnostic") ? new.locations.key("diagnostic") : new.locations["id"],
                beforeLocation: rating.locations["rating"])
        }
    }

    private mutating func compareFraction(
        _ old: ComponentRating, _ new: ComponentRating, subject: String, name: String, sameEvidence: Bool
    ) {
        guard old.value != new.value else { return }
        var severity = ReviewSeverity.neutral
        var note: String?
        var amount: Double?
        if let from = old.value, let to = new.value {
            amount = to - from
            if to > from {
                severity = sameEvidence ? .weakening : .strengthening
                note = sameEvidence ? "share raised with unchanged evidence" : nil
            }
        }
        add(
            .ratingValueChanged, severity, subject: subject, title: "Share for \(name) changed",
            before: old.value.map { ChangeNumber.format($0) }, after: new.value.map { ChangeNumber.format($0) },
            difference: amount.map { ChangeNumber.signed($0) }, note: note, amount: amount,
            location: new.locations["value"], beforeLocation: old.locations["value"])
    }

    /// Red → amber → green is an improvement; so is a first rating of amber
    /// or green after `unknown`. A first rating of red is not.
    static func isImprovement(from old: Rating, to new: Rating) -> Bool {
        func rank(_ rating: Rating) -> Int? {
            switch rating {
            case .red: 1
            case .amber: 2
            case .green: 3
            case .unknown: nil
            }
        }
        switch (rank(old), rank(new)) {
        case (let from?, let to?): return to > from
        case (nil, let to?): return to > 1
        default: return false
        }
    }

    static func ratingText(_ rating: ComponentRating) -> String {
        var text = rating.rating.rawValue
        if let evidence = rating.evidence { text += ": \(evidence)" }
        if let value = rating.value { text += " (\(ChangeNumber.format(value)))" }
        return text
    }
}
