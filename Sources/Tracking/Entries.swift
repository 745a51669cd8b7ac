import PlanModel

/// A checked actual, ready to record: the measure exists, the value is a
/// number and the date lies in the plan's period.
public struct ActualEntry: Sendable, Hashable {
    public var planID: String
    public var measureID: String
    public var date: Day
    public var value: Double
    public var source: String?
    public var note: String?

    public init(planID: String, measureID: String, date: Day, value: Double, source: String?, note: String?) {
        self.planID = planID
        self.measureID = measureID
        self.date = date
        self.value = value
        self.source = source
        self.note = note
    }

    public var address: String { "\(planID)/\(measureID)" }
}

/// A checked milestone completion, ready to record.
public struct CompletionEntry: Sendable, Hashable {
    public var planID: String
    public var milestoneID: String
    public var date: Day
    public var note: String?

    public init(planID: String, milestoneID: String, date: Day, note: String?) {
        self.planID = planID
        self.milestoneID = milestoneID
        self.date = date
        self.note = note
    }

    public var address: String { "\(planID)/\(milestoneID)" }
}

/// Who is recording and how: stamped on every row written.
public struct Provenance: Sendable, Hashable {
    public var recordedBy: String
    public var origin: String

    public init(recordedBy: String, origin: String) {
        self.recordedBy = recordedBy
        self.origin = origin
    }

    /// The user account running countdown, from the environment
    /// (`USER`, then `LOGNAME`), or "unknown".
    public static func currentUser(environment: [String: String]) -> String {
        for key in ["USER", "LOGNAME"] {
            if let name = environment[key], !name.isEmpty { return name }
        }
        return "unknown"
    }
}
