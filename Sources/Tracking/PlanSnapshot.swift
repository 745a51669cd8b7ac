import Foundation
import PlanModel
import StableJSON

/// A plan as stored in a revision: the parsed plan as plain Codable values
/// (no source locations), written as JSON with sorted keys so that the same
/// plan always gives the same text. Reports compare two snapshots to say
/// what changed (targets or milestones moved, ratings changed).
///
/// `format` is the snapshot's own version. Fields are only ever added, as
/// optionals, so an older snapshot still decodes.
public struct PlanSnapshot: Codable, Sendable, Hashable {
    public var format = 1
    public var id: String
    public var title: String
    public var contributor: String
    public var board: String
    public var lead: Person
    public var reporting: String
    public var status: String
    public var period: Span?
    public var summary: String?
    public var outcome: Measure
    public var lifeExpectancy: LifeExpectancy?
    public var interventions: [Intervention]
    public var risks: [Risk]

    public struct Person: Codable, Sendable, Hashable {
        public var role: String
        public var organisation: String
        public var name: String?
    }

    public struct Span: Codable, Sendable, Hashable {
        public var start: Day
        public var end: Day
    }

    public struct Point: Codable, Sendable, Hashable {
        public var date: Day
        public var value: Double
        public var source: String?
    }

    public struct Measure: Codable, Sendable, Hashable {
        public var id: String
        public var title: String
        public var unit: String
        public var better: String
        public var baseline: Point
        public var target: Point
        public var trajectory: [Point]
        /// As written: `3%` or an absolute number.
        public var tolerance: String?
        public var owner: Person?
    }

    public struct LifeExpectancy: Codable, Sendable, Hashable {
        public var causes: [String]
        public var male: Double?
        public var female: Double?
        public var basis: String?
    }

    public struct Milestone: Codable, Sendable, Hashable {
        public var id: String
        public var title: String
        public var due: Day
        public var owner: Person
    }

    public struct Rating: Codable, Sendable, Hashable {
        public var component: String
        public var rating: String
        public var evidence: String?
        public var value: Double?
    }

    public struct Partner: Codable, Sendable, Hashable {
        public var organisation: String
        public var contribution: String
        public var amount: Double?
        public var amountUnit: String?
    }

    public struct Intervention: Codable, Sendable, Hashable {
        public var id: String
        public var title: String
        public var level: String
        public var lead: Person
        public var partners: [Partner]
        public var objectives: [Measure]
        public var milestones: [Milestone]
        public var diagnostic: [Rating]
    }

    public struct Risk: Codable, Sendable, Hashable {
        public var id: String
        public var description: String
        public var likelihood: Int
        public var impact: Int
        public var owner: Person
        public var mitigation: String?
    }

    /// Every milestone's due date, by id.
    public var milestoneDues: [String: Day] {
        var dues: [String: Day] = [:]
        for intervention in interventions {
            for milestone in intervention.milestones { dues[milestone.id] = milestone.due }
        }
        return dues
    }

    /// The snapshot as stored: pretty JSON with sorted keys.
    public func encoded() -> String {
        // StableJSON: the same bytes as Foundation's sorted, pretty encoder, faster.
        (try? StableJSONEncoder.string(self)) ?? ""
    }

    public static func decode(_ text: String) -> PlanSnapshot? {
        try? JSONDecoder().decode(PlanSnapshot.self, from: Data(text.utf8))
    }
}
