/// The two CSV exchange formats of PLAN-FORMAT.md ("Progress"), told apart
/// by their header. Columns are found by name, so their order may differ;
/// the optional ones may be left out.
public enum ExchangeFormat: String, Sendable, CaseIterable {
    /// `measure,date,value,source,note`
    case actuals
    /// `milestone,completed,note`
    case milestones

    /// Every column, in the order export writes them.
    public var columns: [String] {
        switch self {
        case .actuals: ["measure", "date", "value", "source", "note"]
        case .milestones: ["milestone", "completed", "note"]
        }
    }

    public var required: [String] {
        switch self {
        case .actuals: ["measure", "date", "value"]
        case .milestones: ["milestone", "completed"]
        }
    }

    /// The header line export writes.
    public var header: String { columns.joined(separator: ",") }

    /// The file name export writes.
    public var fileName: String {
        switch self {
        case .actuals: "actuals.csv"
        case .milestones: "milestones.csv"
        }
    }

    /// The format a header names: by its first column, which says what
    /// each row is about.
    static func detect(_ header: [String]) -> ExchangeFormat? {
        let names = Set(header.map { $0.lowercased() })
        if names.contains("measure") { return .actuals }
        if names.contains("milestone") { return .milestones }
        return nil
    }
}
