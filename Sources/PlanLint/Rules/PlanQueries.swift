import PlanModel

/// Small questions rules ask of a plan, answered once here.
extension Plan {
    var isActive: Bool { status == .active }

    /// Calls `body` with the outcome and then every objective, in the order
    /// of `measures`, without building that array (which copies every
    /// measure, and rules ask for it a dozen times per plan).
    func forEachMeasure(_ body: (PlanMeasure) -> Void) {
        body(PlanMeasure(measures: [outcome], index: 0))
        forEachObjective(body)
    }

    /// Calls `body` with every objective, in order.
    func forEachObjective(_ body: (PlanMeasure) -> Void) {
        for intervention in interventions.indices {
            let objectives = interventions[intervention].objectives
            for index in objectives.indices { body(PlanMeasure(measures: objectives, index: index)) }
        }
    }

    /// Calls `body` with every milestone, in the order of `milestones`.
    func forEachMilestone(_ body: (borrowing Milestone) -> Void) {
        for intervention in interventions.indices {
            let list = interventions[intervention].milestones
            let milestones = list.span
            for index in milestones.indices { body(milestones[index]) }
        }
    }

    /// Calls `body` with every person named in the plan (the lead, then each
    /// intervention's lead, objectives' owners and milestones' owners, then
    /// risks' owners), with what they are the lead or owner of.
    func forEachPerson(_ body: (borrowing Person, PersonPlace) -> Void) {
        body(lead, .plan)
        for intervention in interventions.indices {
            body(interventions[intervention].lead, .intervention(interventions[intervention].id))
            let objectiveList = interventions[intervention].objectives
            let objectives = objectiveList.span
            for index in objectives.indices {
                guard let owner = objectives[index].owner else { continue }
                body(owner, .objective(objectives[index].id))
            }
            let milestoneList = interventions[intervention].milestones
            let milestones = milestoneList.span
            for index in milestones.indices { body(milestones[index].owner, .milestone(milestones[index].id)) }
        }
        let risks = risks.span
        for index in risks.indices { body(risks[index].owner, .risk(risks[index].id)) }
    }
}

/// A measure of a plan as rules see it: its fields are read where the plan
/// keeps them (`measures[index]`), so that walking a plan copies only the
/// fields a rule looks at, not whole measures (about twenty reference counts
/// each). A plain value: safe to keep, it keeps the measures it reads.
@dynamicMemberLookup
struct PlanMeasure {
    let measures: [Measure]
    let index: Int

    @inline(__always)
    subscript<T>(dynamicMember keyPath: KeyPath<Measure, T>) -> T {
        measures[index][keyPath: keyPath]
    }

    func isBetter(_ value: Double, than other: Double) -> Bool {
        Measure.isBetter(value, than: other, when: self.better)
    }
}

/// What a person leads or owns; described only when a finding needs it.
enum PersonPlace: CustomStringConvertible {
    case plan
    case intervention(String)
    case objective(String)
    case milestone(String)
    case risk(String)

    var description: String {
        switch self {
        case .plan: "the plan"
        case .intervention(let id): "intervention '\(id)'"
        case .objective(let id): "objective '\(id)'"
        case .milestone(let id): "milestone '\(id)'"
        case .risk(let id): "risk '\(id)'"
        }
    }
}

extension Measure {
    /// "objective 'quitters'" or "outcome 'smoking-prevalence'".
    var label: String { "\(kind.rawValue) '\(id)'" }

    /// Is `value` better than `other` in this measure's direction?
    func isBetter(_ value: Double, than other: Double) -> Bool {
        Self.isBetter(value, than: other, when: better)
    }

    static func isBetter(_ value: Double, than other: Double, when better: Direction) -> Bool {
        better == .lower ? value < other : value > other
    }
}
