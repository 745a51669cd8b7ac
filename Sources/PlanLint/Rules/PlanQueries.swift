import PlanModel

/// Small questions rules ask of a plan, answered once here.
extension Plan {
    var isActive: Bool { status == .active }

    /// Calls `body` with the outcome and then every objective, in the order
    /// of `measures`, without building that array (which copies every
    /// measure, and rules ask for it a dozen times per plan). The values are
    /// lent in place (through buffer pointers), not copied.
    func forEachMeasure(_ body: (borrowing Measure) -> Void) {
        body(outcome)
        forEachObjective(body)
    }

    /// Calls `body` with every objective, in order.
    func forEachObjective(_ body: (borrowing Measure) -> Void) {
        interventions.withUnsafeBufferPointer { interventions in
            for intervention in interventions.indices {
                interventions[intervention].objectives.withUnsafeBufferPointer { objectives in
                    for objective in objectives.indices { body(objectives[objective]) }
                }
            }
        }
    }

    /// Calls `body` with every milestone, in the order of `milestones`.
    func forEachMilestone(_ body: (borrowing Milestone) -> Void) {
        interventions.withUnsafeBufferPointer { interventions in
            for intervention in interventions.indices {
                interventions[intervention].milestones.withUnsafeBufferPointer { milestones in
                    for milestone in milestones.indices { body(milestones[milestone]) }
                }
            }
        }
    }

    /// Calls `body` with every person named in the plan (the lead, then each
    /// intervention's lead, objectives' owners and milestones' owners, then
    /// risks' owners), with what they are the lead or owner of.
    func forEachPerson(_ body: (borrowing Person, PersonPlace) -> Void) {
        body(lead, .plan)
        interventions.withUnsafeBufferPointer { interventions in
            for index in interventions.indices {
                body(interventions[index].lead, .intervention(interventions[index].id))
                interventions[index].objectives.withUnsafeBufferPointer { objectives in
                    for objective in objectives.indices {
                        if let owner = objectives[objective].owner { body(owner, .objective(objectives[objective].id)) }
                    }
                }
                interventions[index].milestones.withUnsafeBufferPointer { milestones in
                    for milestone in milestones.indices {
                        body(milestones[milestone].owner, .milestone(milestones[milestone].id))
                    }
                }
            }
        }
        risks.withUnsafeBufferPointer { risks in
            for risk in risks.indices { body(risks[risk].owner, .risk(risks[risk].id)) }
        }
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
        better == .lower ? value < other : value > other
    }
}

/// Numbers as people write them: 0.72, 5, 1,200 (no trailing ".0").
func display(_ value: Double) -> String {
    if value.rounded() == value && abs(value) < 1e15 { return String(Int(value)) }
    let rounded = (value * 1000).rounded() / 1000
    return String(rounded)
}
