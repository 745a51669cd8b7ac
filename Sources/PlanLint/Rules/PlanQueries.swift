import PlanModel

/// Small questions rules ask of a plan, answered once here.
extension Plan {
    var isActive: Bool { status == .active }

    /// Calls `body` with the outcome and then every objective, in the order
    /// of `measures`, without building that array (which copies every
    /// measure, and rules ask for it a dozen times per plan). Each value is
    /// read in place through a `Span`, never copied whole.
    func forEachMeasure(_ body: (borrowing Measure) -> Void) {
        body(outcome)
        forEachObjective(body)
    }

    /// Calls `body` with every objective, in order.
    func forEachObjective(_ body: (borrowing Measure) -> Void) {
        let interventions = interventions.span
        for index in interventions.indices { Self.forEachObjective(of: interventions[index], body) }
    }

    private static func forEachObjective(of intervention: borrowing Intervention, _ body: (borrowing Measure) -> Void) {
        let objectives = intervention.objectives.span
        for index in objectives.indices { body(objectives[index]) }
    }

    /// Calls `body` with every milestone, in the order of `milestones`.
    func forEachMilestone(_ body: (borrowing Milestone) -> Void) {
        let interventions = interventions.span
        for index in interventions.indices { Self.forEachMilestone(of: interventions[index], body) }
    }

    private static func forEachMilestone(of intervention: borrowing Intervention, _ body: (borrowing Milestone) -> Void)
    {
        let milestones = intervention.milestones.span
        for index in milestones.indices { body(milestones[index]) }
    }

    /// Calls `body` with every person named in the plan (the lead, then each
    /// intervention's lead, objectives' owners and milestones' owners, then
    /// risks' owners), with what they are the lead or owner of.
    func forEachPerson(_ body: (borrowing Person, PersonPlace) -> Void) {
        body(lead, .plan)
        let interventions = interventions.span
        for index in interventions.indices { Self.forEachPerson(of: interventions[index], body) }
        let risks = risks.span
        for index in risks.indices { body(risks[index].owner, .risk(risks[index].id)) }
    }

    private static func forEachPerson(
        of intervention: borrowing Intervention, _ body: (borrowing Person, PersonPlace) -> Void
    ) {
        body(intervention.lead, .intervention(intervention.id))
        let objectives = intervention.objectives.span
        for index in objectives.indices {
            guard let owner = objectives[index].owner else { continue }
            body(owner, .objective(objectives[index].id))
        }
        let milestones = intervention.milestones.span
        for index in milestones.indices { body(milestones[index].owner, .milestone(milestones[index].id)) }
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

/// Numbers as people write them: 0.72, 5, 1,200 (no trailing ".0").
func display(_ value: Double) -> String {
    if value.rounded() == value && abs(value) < 1e15 { return String(Int(value)) }
    let rounded = (value * 1000).rounded() / 1000
    return String(rounded)
}
