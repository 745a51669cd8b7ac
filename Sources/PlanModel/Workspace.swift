/// `countdown.yaml`: the area, its target, and what plans may refer to.
public struct WorkspaceConfig: Sendable {
    public var schema: Int
    public var area: Area
    public var comparator: String?
    public var period: Period
    public var lifeExpectancy: LifeExpectancyGoal?
    public var organisations: [Organisation]
    public var boards: [Board]
    /// The built-in framework id or a path to a framework file.
    public var diagnostic: String
    public var contributors: [Contributor]
    public var lint: LintSettings
    public var dueSoonDays: Int
    /// Days a measure may go past its reporting period without an update
    /// before it counts as stale (`grace_days`; see `defaultGraceDays`).
    public var graceDays: Int
    public var store: String
    public var exports: String
    public var locations: FieldLocations

    public init(
        schema: Int, area: Area, comparator: String?, period: Period, lifeExpectancy: LifeExpectancyGoal?,
        organisations: [Organisation], boards: [Board], diagnostic: String, contributors: [Contributor],
        lint: LintSettings, dueSoonDays: Int, store: String, exports: String,
        locations: FieldLocations, graceDays: Int = WorkspaceConfig.defaultGraceDays
    ) {
        self.schema = schema
        self.area = area
        self.comparator = comparator
        self.period = period
        self.lifeExpectancy = lifeExpectancy
        self.organisations = organisations
        self.boards = boards
        self.diagnostic = diagnostic
        self.contributors = contributors
        self.lint = lint
        self.dueSoonDays = dueSoonDays
        self.graceDays = graceDays
        self.store = store
        self.exports = exports
        self.locations = locations
    }

    /// Six weeks: quarterly returns are usually signed off four to six weeks
    /// after the quarter ends (the Progress module's `StatusRules` says more).
    public static let defaultGraceDays = 42

    public func organisation(_ id: String) -> Organisation? { organisations.first { $0.id == id } }
    public func board(_ id: String) -> Board? { boards.first { $0.id == id } }
    public func contributor(_ id: String) -> Contributor? { contributors.first { $0.id == id } }
}

public struct Area: Sendable, Hashable {
    public var id: String
    public var name: String
    public init(id: String, name: String) {
        self.id = id
        self.name = name
    }
}

/// A closed span of days, both ends included.
public struct Period: Sendable, Hashable {
    public var start: Day
    public var end: Day
    public init(start: Day, end: Day) {
        self.start = start
        self.end = end
    }
    public func contains(_ day: Day) -> Bool { start <= day && day <= end }
}

public struct LifeExpectancyGoal: Sendable {
    /// The label of the baseline's years, e.g. `2005-07`.
    public var baselinePeriod: String
    /// Gap to the comparator at baseline, in years.
    public var baselineGap: BySex
    public var reduceByPercent: Double
    public var by: Day
    public var mortality: String?
    public var locations: FieldLocations

    public init(
        baselinePeriod: String, baselineGap: BySex, reduceByPercent: Double, by: Day, mortality: String?,
        locations: FieldLocations
    ) {
        self.baselinePeriod = baselinePeriod
        self.baselineGap = baselineGap
        self.reduceByPercent = reduceByPercent
        self.by = by
        self.mortality = mortality
        self.locations = locations
    }

    /// Years of gap the workspace means to close by `by`.
    public var targetReduction: BySex {
        BySex(
            male: baselineGap.male.map { $0 * reduceByPercent / 100 },
            female: baselineGap.female.map { $0 * reduceByPercent / 100 })
    }
}

/// A value for males and females; either may be absent.
public struct BySex: Sendable, Hashable {
    public var male: Double?
    public var female: Double?
    public init(male: Double?, female: Double?) {
        self.male = male
        self.female = female
    }
}

public struct Organisation: Sendable, Hashable {
    public var id: String
    public var name: String
    public var location: SourceLocation
    public init(id: String, name: String, location: SourceLocation) {
        self.id = id
        self.name = name
        self.location = location
    }
}

public struct Board: Sendable, Hashable {
    public var id: String
    public var name: String
    public var cadence: Cadence
    public var location: SourceLocation
    public init(id: String, name: String, cadence: Cadence, location: SourceLocation) {
        self.id = id
        self.name = name
        self.cadence = cadence
        self.location = location
    }
}

/// A contributor to the life-expectancy gap, and the cause groups it addresses.
public struct Contributor: Sendable, Hashable {
    public var id: String
    public var title: String
    public var causes: [CauseGroup]
    public init(id: String, title: String, causes: [CauseGroup]) {
        self.id = id
        self.title = title
        self.causes = causes
    }

    /// The built-in list (PLAN-FORMAT.md, "Contributors").
    public static let builtIn: [Contributor] = [
        Contributor(id: "tobacco-control", title: "Tobacco control", causes: [.circulatory, .cancer, .respiratory]),
        Contributor(id: "cvd-secondary-prevention", title: "CVD secondary prevention", causes: [.circulatory]),
        Contributor(id: "cvd-acute", title: "CVD acute management", causes: [.circulatory]),
        Contributor(id: "cancer", title: "Cancer", causes: [.cancer]),
        Contributor(
            id: "alcohol-harm", title: "Alcohol harm reduction",
            causes: [.digestive, .external, .mentalBehavioural]),
        Contributor(
            id: "seasonal-excess-deaths", title: "Seasonal excess deaths", causes: [.circulatory, .respiratory]),
        Contributor(id: "infant-mortality", title: "Infant mortality", causes: [.deathsUnder28Days, .other]),
        Contributor(id: "diabetes", title: "Diabetes", causes: [.circulatory, .other]),
        Contributor(id: "respiratory", title: "Respiratory disease (COPD)", causes: [.respiratory]),
        Contributor(id: "other", title: "Other", causes: [.other]),
    ]
}
