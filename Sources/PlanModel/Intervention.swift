public struct Intervention: Sendable {
    public var id: String
    public var title: String
    public var level: InterventionLevel
    public var lead: Person
    public var partners: [Partner]
    public var objectives: [Measure]
    public var milestones: [Milestone]
    /// Ratings in the order written, keyed by the framework's component ids.
    public var diagnostic: [ComponentRating]
    public var impact: Impact?
    public var locations: FieldLocations

    public init(
        id: String, title: String, level: InterventionLevel, lead: Person, partners: [Partner],
        objectives: [Measure], milestones: [Milestone], diagnostic: [ComponentRating], impact: Impact?,
        locations: FieldLocations
    ) {
        self.id = id
        self.title = title
        self.level = level
        self.lead = lead
        self.partners = partners
        self.objectives = objectives
        self.milestones = milestones
        self.diagnostic = diagnostic
        self.impact = impact
        self.locations = locations
    }
}

public struct Partner: Sendable {
    public var organisation: String
    public var contribution: String
    public var amount: Amount?
    public var locations: FieldLocations

    public init(organisation: String, contribution: String, amount: Amount?, locations: FieldLocations) {
        self.organisation = organisation
        self.contribution = contribution
        self.amount = amount
        self.locations = locations
    }
}

public struct Amount: Sendable, Hashable {
    public var value: Double
    public var unit: String
    public init(value: Double, unit: String) {
        self.value = value
        self.unit = unit
    }
}

/// A countdown milestone.
public struct Milestone: Sendable {
    public var id: String
    public var title: String
    public var due: Day
    public var owner: Person
    public var locations: FieldLocations

    public init(id: String, title: String, due: Day, owner: Person, locations: FieldLocations) {
        self.id = id
        self.title = title
        self.due = due
        self.owner = owner
        self.locations = locations
    }
}

/// One component of the diagnostic framework, rated for an intervention.
public struct ComponentRating: Sendable {
    public var component: String
    public var rating: Rating
    public var evidence: String?
    /// A fraction in [0, 1]: share of need reached, taken up, kept up or
    /// delivered to standard.
    public var value: Double?
    public var locations: FieldLocations

    public init(component: String, rating: Rating, evidence: String?, value: Double?, locations: FieldLocations) {
        self.component = component
        self.rating = rating
        self.evidence = evidence
        self.value = value
        self.locations = locations
    }
}

/// Model inputs for an intervention's modelled contribution.
public struct Impact: Sendable {
    public var cause: CauseGroup
    public var sex: ImpactSex
    /// Ages covered, on life-table band boundaries: lower bound and upper
    /// bound inclusive (`nil` for an open `90+`).
    public var ages: ClosedRange<Int>
    public var agesText: String
    public var eligible: Double
    public var deathsPer1000: Double
    public var relativeRiskReduction: Double
    public var locations: FieldLocations

    public init(
        cause: CauseGroup, sex: ImpactSex, ages: ClosedRange<Int>, agesText: String, eligible: Double,
        deathsPer1000: Double, relativeRiskReduction: Double, locations: FieldLocations
    ) {
        self.cause = cause
        self.sex = sex
        self.ages = ages
        self.agesText = agesText
        self.eligible = eligible
        self.deathsPer1000 = deathsPer1000
        self.relativeRiskReduction = relativeRiskReduction
        self.locations = locations
    }
}

public struct Risk: Sendable {
    public var id: String
    public var description: String
    public var likelihood: Int
    public var impact: Int
    public var owner: Person
    public var mitigation: String?
    public var locations: FieldLocations

    public init(
        id: String, description: String, likelihood: Int, impact: Int, owner: Person, mitigation: String?,
        locations: FieldLocations
    ) {
        self.id = id
        self.description = description
        self.likelihood = likelihood
        self.impact = impact
        self.owner = owner
        self.mitigation = mitigation
        self.locations = locations
    }
}
