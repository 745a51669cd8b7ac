/// Why an entry cannot be recorded: what is wrong and how to fix it. The
/// `rule` is a short stable id, as in lint findings, so scripts can match it.
public struct EntryProblem: Error, Sendable, Hashable, CustomStringConvertible {
    public var rule: String
    public var message: String
    public var hint: String?
    /// Which field of a CSV row it is about (0-based), when it is about one.
    public var field: Int?

    public init(rule: String, message: String, hint: String? = nil, field: Int? = nil) {
        self.rule = rule
        self.message = message
        self.hint = hint
        self.field = field
    }

    public var description: String { message + (hint.map { "; \($0)" } ?? "") }

    func at(field: Int) -> EntryProblem {
        var problem = self
        problem.field = field
        return problem
    }
}
