import PlanModel

/// Small questions rules ask of a plan, answered once here.
extension Plan {
    var isActive: Bool { status == .active }

    /// Calls `body` with the outcome and then every objective, in the order
    /// of `measures`, without building that array (which copies every
    /// measure, and rules ask for it a dozen times per plan). Each value is
    /// lent in place (`Lent`), never copied whole.
    func forEachMeasure(_ body: (Lent<Measure>) -> Void) {
        withUnsafePointer(to: outcome) { body(Lent($0)) }
        forEachObjective(body)
    }

    /// Calls `body` with every objective, in order.
    func forEachObjective(_ body: (Lent<Measure>) -> Void) {
        interventions.withUnsafeBufferPointer { interventions in
            for intervention in interventions.indices {
                interventions[intervention].objectives.withUnsafeBufferPointer { objectives in
                    for objective in objectives.indices { body(Lent(objectives.baseAddress! + objective)) }
                }
            }
        }
    }

    /// Calls `body` with every milestone, in the order of `milestones`.
    func forEachMilestone(_ body: (Lent<Milestone>) -> Void) {
        interventions.withUnsafeBufferPointer { interventions in
            for intervention in interventions.indices {
                interventions[intervention].milestones.withUnsafeBufferPointer { milestones in
                    for milestone in milestones.indices { body(Lent(milestones.baseAddress! + milestone)) }
                }
            }
        }
    }

    /// Calls `body` with every person named in the plan (the lead, then each
    /// intervention's lead, objectives' owners and milestones' owners, then
    /// risks' owners), with what they are the lead or owner of.
    func forEachPerson(_ body: (Lent<Person>, PersonPlace) -> Void) {
        withUnsafePointer(to: lead) { body(Lent($0), .plan) }
        interventions.withUnsafeBufferPointer { interventions in
            for index in interventions.indices {
                let intervention = Lent(interventions.baseAddress! + index)
                body(intervention.lend(Intervention.leadOffset), .intervention(intervention.id))
                intervention.objectives.withUnsafeBufferPointer { objectives in
                    for objective in objectives.indices {
                        guard let owner = objectives[objective].owner else { continue }
                        withUnsafePointer(to: owner) { body(Lent($0), .objective(objectives[objective].id)) }
                    }
                }
                intervention.milestones.withUnsafeBufferPointer { milestones in
                    for index in milestones.indices {
                        let milestone = Lent(milestones.baseAddress! + index)
                        body(milestone.lend(Milestone.ownerOffset), .milestone(milestone.id))
                    }
                }
            }
        }
        risks.withUnsafeBufferPointer { risks in
            for index in risks.indices {
                let risk = Lent(risks.baseAddress! + index)
                body(risk.lend(Risk.ownerOffset), .risk(risk.id))
            }
        }
    }
}

/// Where the people are stored in the values that name them, to lend them in place.
extension Intervention {
    static let leadOffset = MemoryLayout<Intervention>.offset(of: \Intervention.lead)!
}

extension Milestone {
    static let ownerOffset = MemoryLayout<Milestone>.offset(of: \Milestone.owner)!
}

extension Risk {
    static let ownerOffset = MemoryLayout<Risk>.offset(of: \Risk.owner)!
}

/// A value lent to a rule in place: its properties read through a pointer,
/// so that walking a plan copies only the fields a rule looks at (a whole
/// measure is about twenty reference counts to copy and to free). Valid
/// only inside the `forEach…` call that lends it.
@dynamicMemberLookup
struct Lent<Value> {
    let pointer: UnsafePointer<Value>

    init(_ pointer: UnsafePointer<Value>) {
        self.pointer = pointer
    }

    @inline(__always)
    subscript<T>(dynamicMember keyPath: KeyPath<Value, T>) -> T {
        pointer.pointee[keyPath: keyPath]
    }
}

extension Lent {
    /// The stored property at `offset` (from `MemoryLayout.offset(of:)`), lent in place.
    func lend<Field>(_ offset: Int) -> Lent<Field> {
        Lent<Field>(UnsafeRawPointer(pointer).advanced(by: offset).assumingMemoryBound(to: Field.self))
    }
}

extension Lent where Value == Measure {
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
