import PlanModel
import Progress

/// Small plans for the judgement tests, built in code so each test shows
/// its numbers.
enum Build {
    static let here = FieldLocations(start: SourceLocation(file: "test.yaml", line: 1, column: 1))
    static let person = Person(role: "Lead", organisation: "nhs", name: nil, locations: here)

    static func day(_ text: String) -> Day { Day(iso: text)! }

    static func point(_ date: String, _ value: Double) -> DatedValue {
        DatedValue(date: day(date), value: value, locations: here)
    }

    static func measure(
        _ id: String = "m", better: Direction = .higher, baseline: (String, Double) = ("2009-03-31", 2100),
        target: (String, Double) = ("2011-03-31", 3400), trajectory: [(String, Double)] = [("2010-03-31", 2700)],
        tolerance: Tolerance? = nil, kind: Measure.Kind = .objective
    ) -> Measure {
        Measure(
            kind: kind, id: id, title: "Measure \(id)", unit: "people", better: better,
            baseline: point(baseline.0, baseline.1), target: point(target.0, target.1),
            trajectory: trajectory.map { point($0.0, $0.1) }, tolerance: tolerance, owner: person, locations: here)
    }

    static func milestone(_ id: String, due: String) -> Milestone {
        Milestone(id: id, title: "Milestone \(id)", due: day(due), owner: person, locations: here)
    }

    static func plan(
        outcome: Measure, objectives: [Measure] = [], milestones: [Milestone] = [],
        ratings: [ComponentRating] = [], reporting: Cadence = .quarterly
    ) -> Plan {
        let intervention = Intervention(
            id: "work", title: "The work", level: .frontline, lead: person, partners: [], objectives: objectives,
            milestones: milestones, diagnostic: ratings, impact: nil, locations: here)
        return Plan(
            schema: 1, id: "plan", title: "A plan", contributor: "other", board: "board", lead: person,
            reporting: reporting, status: .active, period: Period(start: day("2009-04-01"), end: day("2011-03-31")),
            summary: nil, outcome: outcome, lifeExpectancy: nil, interventions: [intervention], risks: [],
            file: "plans/plan.yaml", locations: here)
    }

    static func judge(_ asOf: String, dueSoonDays: Int = 14, graceDays: Int = 42) -> StatusJudge {
        StatusJudge(rules: StatusRules(asOf: day(asOf), dueSoonDays: dueSoonDays, graceDays: graceDays))
    }
}
