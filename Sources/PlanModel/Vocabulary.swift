/// The closed sets of the plan format. Each raw value is the text written
/// in YAML; `allCases` gives the list shown in error messages.

public enum Cadence: String, Sendable, Codable, CaseIterable {
    case monthly, quarterly
    case halfYearly = "half-yearly"
    case annually

    /// The length of one period in months.
    public var months: Int {
        switch self {
        case .monthly: 1
        case .quarterly: 3
        case .halfYearly: 6
        case .annually: 12
        }
    }
}

public enum PlanStatus: String, Sendable, Codable, CaseIterable {
    case draft, active, closed
}

/// Which way a measure should move.
public enum Direction: String, Sendable, Codable, CaseIterable {
    case lower, higher
}

/// The three ways of changing outcomes at population level (the NST's
/// population health triangle).
public enum InterventionLevel: String, Sendable, Codable, CaseIterable {
    case population, frontline, community
}

public enum Rating: String, Sendable, Codable, CaseIterable {
    case green, amber, red, unknown
}

public enum ImpactSex: String, Sendable, Codable, CaseIterable {
    case male, female, persons
}

/// The lower ages of the abridged life table's bands: 0, 1-4, 5-9, …, 85-89, 90+.
public let lifeTableBandStarts: [Int] = [0, 1] + Array(stride(from: 5, through: 90, by: 5))
