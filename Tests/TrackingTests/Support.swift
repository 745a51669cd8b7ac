import Foundation
import PlanModel
import TestSupport
import Tracking

/// Plans built in code and stores in temporary folders (never in the repository).
enum Fixture {
    static let here = FieldLocations(start: SourceLocation(file: "plans/plan.yaml", line: 1, column: 1))
    static let person = Person(role: "Lead", organisation: "nhs", name: nil, locations: here)

    static func day(_ text: String) -> Day { Day(iso: text)! }

    static func measure(_ id: String, kind: Measure.Kind = .objective) -> Measure {
        Measure(
            kind: kind, id: id, title: "Measure \(id)", unit: "%", better: .lower,
            baseline: DatedValue(date: day("2009-03-31"), value: 29, locations: here),
            target: DatedValue(date: day("2011-03-31"), value: 25.5, locations: here), trajectory: [],
            tolerance: .percent(3), owner: nil, locations: here)
    }

    static func plan(
        _ id: String = "tobacco-control", dues: [String: String] = ["pharmacy-les": "2009-06-30"]
    ) -> Plan {
        let milestones = dues.keys.sorted().map {
            Milestone(id: $0, title: "Milestone \($0)", due: day(dues[$0]!), owner: person, locations: here)
        }
        let intervention = Intervention(
            id: "work", title: "The work", level: .frontline, lead: person, partners: [],
            objectives: [measure("rm-quitters")], milestones: milestones, diagnostic: [], impact: nil,
            locations: here)
        return Plan(
            schema: 1, id: id, title: "Tobacco control", contributor: "tobacco-control", board: "awhb", lead: person,
            reporting: .quarterly, status: .active, period: Period(start: day("2009-04-01"), end: day("2011-03-31")),
            summary: nil, outcome: measure("smoking-prevalence", kind: .outcome), lifeExpectancy: nil,
            interventions: [intervention], risks: [], file: "plans/\(id).yaml", locations: here)
    }

    static let workspace = WorkspaceConfig(
        schema: 1, area: Area(id: "a", name: "A"), comparator: nil,
        period: Period(start: day("2009-04-01"), end: day("2011-03-31")), lifeExpectancy: nil, organisations: [],
        boards: [], diagnostic: "christmas-tree", contributors: [], lint: LintSettings(), dueSoonDays: 14,
        store: ".countdown/tracking.sqlite", exports: "exports", locations: here)

    static var catalog: PlanCatalog { PlanCatalog(plans: [plan(), plan("cancer")], workspace: workspace) }

    static let clock: @Sendable () -> Date = { Date(timeIntervalSince1970: 1_270_000_000) }
    static let me = Provenance(recordedBy: "tester", origin: "record")
}

extension TemporaryFolder {
    /// The store in this folder, on `backend`.
    func openStore(_ backend: StoreBackend = .sqlite) throws -> any TrackingStore {
        try backend.open(path: store, now: Fixture.clock)
    }
}

/// The backends every store test runs on: a second backend is one more case here.
enum StoreBackend: String, CaseIterable, Sendable, CustomStringConvertible {
    case sqlite

    func open(path: String, now: @escaping @Sendable () -> Date) throws -> any TrackingStore {
        switch self {
        case .sqlite: try StoreLocation.sqlite(path: path).open(now: now)
        }
    }

    var description: String { rawValue }
}
