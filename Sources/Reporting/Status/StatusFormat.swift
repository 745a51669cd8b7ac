import Progress

/// How `countdown status` writes the judgement.
public enum StatusFormat: String, CaseIterable, Sendable {
    /// Aligned lines for people, in colour when `colour` is asked for.
    case text
    /// The whole report, keys sorted, every actual included.
    case json

    /// The report's bytes, ending in a newline. JSON is written as bytes
    /// (a status at national scale is a hundred megabytes).
    public func render(_ report: StatusReport, colour: Bool = false) -> [UInt8] {
        switch self {
        case .text: Array(StatusTextRenderer(colour: colour).render(report).utf8)
        case .json: StatusJSONRenderer.bytes(report) + [0x0A]
        }
    }
}
