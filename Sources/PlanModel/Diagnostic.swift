/// How much a finding matters. `off` exists only in configuration.
public enum Severity: String, Sendable, Codable, CaseIterable, Comparable {
    /// Must be fixed: `countdown lint` exits 1.
    case error
    /// Should be fixed or explained; `--strict` makes it an error.
    case warning
    /// Worth knowing; never fails a run.
    case info

    private var rank: Int {
        switch self {
        case .error: 2
        case .warning: 1
        case .info: 0
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// One finding about the workspace: what is wrong, where, and how to fix it.
/// Every output (text, JSON, SARIF, GitHub annotations) renders this value.
public struct Diagnostic: Sendable, Hashable, Codable {
    /// A related place that helps to understand or fix the finding.
    public struct Note: Sendable, Hashable, Codable {
        public var message: String
        public var location: SourceLocation

        public init(message: String, location: SourceLocation) {
            self.message = message
            self.location = location
        }
    }

    public var severity: Severity
    /// The rule's id, such as `unknown-key`.
    public var rule: String
    public var message: String
    public var location: SourceLocation
    /// How to fix it, when the message alone does not say.
    public var hint: String?
    public var notes: [Note]

    public init(
        severity: Severity = .error, rule: String, message: String, location: SourceLocation,
        hint: String? = nil, notes: [Note] = []
    ) {
        self.severity = severity
        self.rule = rule
        self.message = message
        self.location = location
        self.hint = hint
        self.notes = notes
    }
}

extension Diagnostic: Comparable {
    /// Diagnostics sort by place, so output is stable and reads top to bottom.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        (lhs.location, lhs.rule, lhs.message) < (rhs.location, rhs.rule, rhs.message)
    }
}
