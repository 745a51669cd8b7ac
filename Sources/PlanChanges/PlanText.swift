import PlanModel

/// How plan values are written in change descriptions.
enum PlanText {
    /// "Stop Smoking Service Manager, manchester-community-health", as the
    /// status output names owners.
    static func person(_ person: Person) -> String {
        "\(person.role), \(person.organisation)" + (person.name.map { " (\($0))" } ?? "")
    }

    /// Same role, organisation and name (locations aside).
    static func same(_ a: Person, _ b: Person) -> Bool {
        a.role == b.role && a.organisation == b.organisation && a.name == b.name
    }

    static func period(_ period: Period) -> String { "\(period.start) to \(period.end)" }

    static func years(_ value: Double) -> String { "\(ChangeNumber.format(value)) years" }

    static func value(_ value: Double, unit: String) -> String { ChangeNumber.with(value, unit: unit) }

    /// An interpolated value, to two decimals (four below 1), not to every digit the line gives.
    static func expected(_ value: Double, unit: String) -> String {
        ChangeNumber.format(value, decimals: abs(value) < 1 ? 4 : 2) + ChangeNumber.spaced(unit)
    }

    static func tolerance(_ tolerance: Tolerance?, unit: String) -> String? {
        switch tolerance {
        case .percent(let percent)?: "\(ChangeNumber.format(percent))%"
        case .absolute(let amount)?: ChangeNumber.with(amount, unit: unit)
        case nil: nil
        }
    }

    /// Free text compared as written, ignoring leading and trailing space.
    static func same(_ a: String?, _ b: String?) -> Bool {
        a?.trimmed == b?.trimmed
    }
}

extension String {
    var trimmed: String {
        var text = Substring(self)
        while let first = text.first, first.isWhitespace { text.removeFirst() }
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return String(text)
    }
}
