import LocatedYAML
import PlanModel

extension ModelDecoder {
    func plan(_ root: NodeID) -> Plan? {
        guard let m = mapping(root), let schema = integer(m, "schema"), let id = text(m, "id"),
            let title = text(m, "title"), let contributor = text(m, "contributor"), let board = text(m, "board"),
            let lead = person(value(m, "lead")), let reporting: Cadence = word(m, "reporting"),
            let status: PlanStatus = word(m, "status"), let outcome = measure(value(m, "outcome"), kind: .outcome),
            let interventions = all(value(m, "interventions"), intervention), let risks = all(value(m, "risks"), risk)
        else { return nil }
        var lifeExpectancy: PlanLifeExpectancy?
        if let le = mapping(value(m, "life_expectancy")) {
            guard let contribution = bySex(value(le, "contribution")),
                let causes = all(
                    value(le, "causes"), { ScalarReading.text(storage, $0).flatMap(CauseGroup.init(rawValue:)) })
            else { return nil }
            lifeExpectancy = PlanLifeExpectancy(
                causes: causes, contribution: contribution, basis: text(le, "basis"), locations: locations(le))
        }
        return Plan(
            schema: schema, id: id, title: title, contributor: contributor, board: board, lead: lead,
            reporting: reporting, status: status, period: period(value(m, "period")), summary: text(m, "summary"),
            outcome: outcome, lifeExpectancy: lifeExpectancy, interventions: interventions, risks: risks,
            file: file, locations: locations(m))
    }

    func measure(_ node: NodeID?, kind: Measure.Kind) -> Measure? {
        let titleKey: StaticString = kind == .outcome ? "title" : "statement"
        guard let m = mapping(node), let id = text(m, "id"), let title = text(m, titleKey),
            let unit = text(m, "unit"), let better: Direction = word(m, "better"),
            let baseline = datedValue(value(m, "baseline")), let target = datedValue(value(m, "target")),
            let trajectory = all(value(m, "trajectory"), datedValue)
        else { return nil }
        var owner: Person?
        if kind == .objective {
            guard let objectiveOwner = person(value(m, "owner")) else { return nil }
            owner = objectiveOwner
        }
        return Measure(
            kind: kind, id: id, title: title, unit: unit, better: better, baseline: baseline, target: target,
            trajectory: trajectory, tolerance: value(m, "tolerance").flatMap { ScalarReading.tolerance(storage, $0) },
            owner: owner,
            locations: locations(m))
    }

    func intervention(_ node: NodeID) -> Intervention? {
        guard let m = mapping(node), let id = text(m, "id"), let title = text(m, "title"),
            let level: InterventionLevel = word(m, "level"), let lead = person(value(m, "lead")),
            let partners = all(value(m, "partners"), partner),
            let objectives = all(value(m, "objectives"), { measure($0, kind: .objective) }),
            let milestones = all(value(m, "milestones"), milestone)
        else { return nil }
        var ratings: [ComponentRating] = []
        if let diagnostic = mapping(value(m, "diagnostic")) {
            let count = storage.count(diagnostic)
            ratings.reserveCapacity(count)
            for index in 0..<count {
                guard let c = mapping(storage.value(index, of: diagnostic)), let rating: Rating = word(c, "rating")
                else { return nil }
                ratings.append(
                    ComponentRating(
                        component: storage.text(storage.key(index, of: diagnostic)), rating: rating,
                        evidence: text(c, "evidence"),
                        value: number(c, "value"), locations: locations(c)))
            }
        }
        var impact: Impact?
        if let i = mapping(value(m, "impact")) {
            guard let cause: CauseGroup = word(i, "cause"), let sex: ImpactSex = word(i, "sex"),
                let agesText = text(i, "ages"),
                let ages = value(i, "ages").flatMap({ ScalarReading.ageRange(storage, $0) }),
                let eligible = number(i, "eligible"), let deaths = number(i, "deaths_per_1000"),
                let reduction = number(i, "relative_risk_reduction")
            else { return nil }
            impact = Impact(
                cause: cause, sex: sex, ages: ages, agesText: agesText, eligible: eligible, deathsPer1000: deaths,
                relativeRiskReduction: reduction, locations: locations(i))
        }
        return Intervention(
            id: id, title: title, level: level, lead: lead, partners: partners, objectives: objectives,
            milestones: milestones, diagnostic: ratings, impact: impact, locations: locations(m))
    }

    func partner(_ node: NodeID) -> Partner? {
        guard let m = mapping(node), let organisation = text(m, "organisation"),
            let contribution = text(m, "contribution")
        else { return nil }
        var amount: Amount?
        if let a = mapping(value(m, "amount")) {
            guard let value = number(a, "value"), let unit = text(a, "unit") else { return nil }
            amount = Amount(value: value, unit: unit)
        }
        return Partner(organisation: organisation, contribution: contribution, amount: amount, locations: locations(m))
    }

    func milestone(_ node: NodeID) -> Milestone? {
        guard let m = mapping(node), let id = text(m, "id"), let title = text(m, "title"),
            let due = date(m, "due"), let owner = person(value(m, "owner"))
        else { return nil }
        return Milestone(id: id, title: title, due: due, owner: owner, locations: locations(m))
    }

    func risk(_ node: NodeID) -> Risk? {
        guard let m = mapping(node), let id = text(m, "id"), let description = text(m, "description"),
            let likelihood = integer(m, "likelihood"), let impact = integer(m, "impact"),
            let owner = person(value(m, "owner"))
        else { return nil }
        return Risk(
            id: id, description: description, likelihood: likelihood, impact: impact, owner: owner,
            mitigation: text(m, "mitigation"), locations: locations(m))
    }
}
