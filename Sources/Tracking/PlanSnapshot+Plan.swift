import PlanModel

extension PlanSnapshot {
    /// The snapshot of a parsed plan.
    public init(_ plan: Plan) {
        self.init(
            id: plan.id, title: plan.title, contributor: plan.contributor, board: plan.board,
            lead: Person(plan.lead), reporting: plan.reporting.rawValue, status: plan.status.rawValue,
            period: plan.period.map { Span(start: $0.start, end: $0.end) }, summary: plan.summary,
            outcome: Measure(plan.outcome),
            lifeExpectancy: plan.lifeExpectancy.map {
                LifeExpectancy(
                    causes: $0.causes.map(\.rawValue), male: $0.contribution.male, female: $0.contribution.female,
                    basis: $0.basis)
            },
            interventions: plan.interventions.map(Intervention.init),
            risks: plan.risks.map {
                Risk(
                    id: $0.id, description: $0.description, likelihood: $0.likelihood, impact: $0.impact,
                    owner: Person($0.owner), mitigation: $0.mitigation)
            })
    }
}

extension PlanSnapshot.Person {
    init(_ person: PlanModel.Person) {
        self.init(role: person.role, organisation: person.organisation, name: person.name)
    }
}

extension PlanSnapshot.Point {
    init(_ value: DatedValue) {
        self.init(date: value.date, value: value.value, source: value.source)
    }
}

extension PlanSnapshot.Measure {
    init(_ measure: PlanModel.Measure) {
        let tolerance: String? =
            switch measure.tolerance {
            case .percent(let percent)?: ExchangeNumber.format(percent) + "%"
            case .absolute(let amount)?: ExchangeNumber.format(amount)
            case nil: nil
            }
        self.init(
            id: measure.id, title: measure.title, unit: measure.unit, better: measure.better.rawValue,
            baseline: .init(measure.baseline), target: .init(measure.target),
            trajectory: measure.trajectory.map(PlanSnapshot.Point.init), tolerance: tolerance,
            owner: measure.owner.map(PlanSnapshot.Person.init))
    }
}

extension PlanSnapshot.Intervention {
    init(_ intervention: PlanModel.Intervention) {
        self.init(
            id: intervention.id, title: intervention.title, level: intervention.level.rawValue,
            lead: .init(intervention.lead),
            partners: intervention.partners.map {
                PlanSnapshot.Partner(
                    organisation: $0.organisation, contribution: $0.contribution, amount: $0.amount?.value,
                    amountUnit: $0.amount?.unit)
            },
            objectives: intervention.objectives.map(PlanSnapshot.Measure.init),
            milestones: intervention.milestones.map {
                PlanSnapshot.Milestone(id: $0.id, title: $0.title, due: $0.due, owner: .init($0.owner))
            },
            diagnostic: intervention.diagnostic.map {
                PlanSnapshot.Rating(
                    component: $0.component, rating: $0.rating.rawValue, evidence: $0.evidence, value: $0.value)
            })
    }
}
