/// A YAML fragment that shows a rule at work, merged into the example
/// workspace (`ExampleWorkspace`) at its place. In a triggering example,
/// `↓` marks the line and column the finding must point at.
public struct RuleExample: Sendable {
    public enum Place: String, Sendable {
        /// Keys of the plan file.
        case plan
        /// Keys of the plan's first intervention.
        case intervention
        /// Keys of the first intervention's first objective.
        case objective
        /// Keys of countdown.yaml.
        case workspace
    }

    public var place: Place
    public var yaml: String

    public init(_ place: Place, _ yaml: String) {
        self.place = place
        self.yaml = yaml
    }

    public static let marker: Character = "↓"

    /// The fragment as shown in documentation: without the marker.
    public var displayText: String { yaml.filter { $0 != Self.marker } }
}
