import PlanModel

/// Small questions rules ask of a plan, answered once here.
extension Plan {
    /// Every person named in the plan, with what they are the lead or owner of.
    var people: [(person: Person, of: PersonPlace)] {
        var result: [(Person, PersonPlace)] = [(lead, .plan)]
        for intervention in interventions {
            result.append((intervention.lead, .intervention(intervention.id)))
            for objective in intervention.objectives {
                if let owner = objective.owner { result.append((owner, .objective(objective.id))) }
            }
            for milestone in intervention.milestones { result.append((milestone.owner, .milestone(milestone.id))) }
        }
        for risk in risks { result.append((risk.owner, .risk(risk.id))) }
        return result
    }

    var isActive: Bool { status == .active }
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
