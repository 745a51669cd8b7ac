import PlanModel

extension PlanSnapshot {
    /// The stored plan as a model value again, so that a plan as it stood
    /// at a report run can be compared with the plan now by the one change
    /// model (PlanChanges). Every location is the start of `file`: a stored
    /// revision has no line numbers. The snapshot keeps no `impact` blocks,
    /// so the plan has none; a closed vocabulary value this version does not
    /// know (from a newer countdown) gives nil rather than a guess.
    public func plan(file: String) -> Plan? {
        let here = FieldLocations(start: SourceLocation(file: file, line: 1, column: 1))
        guard let reporting = Cadence(rawValue: reporting), let status = PlanStatus(rawValue: status),
            let outcome = outcome.measure(kind: .outcome, at: here)
        else { return nil }
        var interventions: [PlanModel.Intervention] = []
        for item in self.interventions {
            guard let intervention = item.intervention(at: here) else { return nil }
            interventions.append(intervention)
        }
        let lifeExpectancy = self.lifeExpectancy.map {
            PlanLifeExpectancy(
                causes: $0.causes.compactMap(CauseGroup.init(rawValue:)),
                contribution: BySex(male: $0.male, female: $0.female), basis: $0.basis, locations: here)
        }
        return Plan(
            schema: 1, id: id, title: title, contributor: contributor, board: board, lead: lead.person(at: here),
            reporting: reporting, status: status, period: period.map { Period(start: $0.start, end: $0.end) },
            summary: summary, outcome: outcome, lifeExpectancy: lifeExpectancy, interventions: interventions,
            risks: risks.map {
                PlanModel.Risk(
                    id: $0.id, description: $0.description, likelihood: $0.likelihood, impact: $0.impact,
                    owner: $0.owner.person(at: here), mitigation: $0.mitigation, locations: here)
            }, file: file, locations: here)
    }
}

extension PlanSnapshot.Person {
    func person(at here: FieldLocations) -> PlanModel.Person {
        PlanModel.Person(role: role, organisation: organisation, name: name, locations: here)
    }
}

extension PlanSnapshot.Point {
    func dated(at here: FieldLocations) -> DatedValue {
        DatedValue(date: date, value: value, source: source, locations: here)
    }
}

extension PlanSnapshot.Measure {
    func measure(kind: PlanModel.Measure.Kind, at here: FieldLocations) -> PlanModel.Measure? {
        guard let better = Direction(rawValue: better) else { return nil }
        var parsed: Tolerance?
        if let tolerance {
            if tolerance.hasSuffix("%"), let percent = Double(tolerance.dropLast()) {
                parsed = .percent(percent)
            } else if let amount = Double(tolerance) {
                parsed = .absolute(amount)
            } else {
                return nil
            }
        }
        return PlanModel.Measure(
            kind: kind, id: id, title: title, unit: unit, better: better, baseline: baseline.dated(at: here),
            target: target.dated(at: here), trajectory: trajectory.map { $0.dated(at: here) }, tolerance: parsed,
            owner: owner?.person(at: here), locations: here)
    }
}

extension PlanSnapshot.Intervention {
    func intervention(at here: FieldLocations) -> PlanModel.Intervention? {
        guard let level = InterventionLevel(rawValue: level) else { return nil }
        var objectives: [PlanModel.Measure] = []
        for objective in self.objectives {
            guard let measure = objective.measure(kind: .objective, at: here) else { return nil }
            objectives.append(measure)
        }
        var ratings: [ComponentRating] = []
        for item in diagnostic {
            guard let rating = Rating(rawValue: item.rating) else { return nil }
            ratings.append(
                ComponentRating(
                    component: item.component, rating: rating, evidence: item.evidence, value: item.value,
                    locations: here))
        }
        return PlanModel.Intervention(
            id: id, title: title, level: level, lead: lead.person(at: here),
            partners: partners.map { partner in
                Partner(
                    organisation: partner.organisation, contribution: partner.contribution,
                    amount: partner.amount.map { Amount(value: $0, unit: partner.amountUnit ?? "") }, locations: here)
            },
            objectives: objectives,
            milestones: milestones.map {
                Milestone(id: $0.id, title: $0.title, due: $0.due, owner: $0.owner.person(at: here), locations: here)
            },
            diagnostic: ratings, impact: nil, locations: here)
    }
}
