/// Terminal styling, the one ANSI styler: the caller decides whether colour
/// is wanted (`TerminalStyle.forOutput` in SystemIO: a terminal, and no
/// NO_COLOR); renderers only ask for a style.
public struct TerminalStyle: Sendable {
    public var colour: Bool

    public init(colour: Bool) {
        self.colour = colour
    }

    public static let plain = TerminalStyle(colour: false)

    /// The ANSI colours countdown uses.
    public enum Colour: String, Sendable {
        case red = "31"
        case green = "32"
        case yellow = "33"
        case blue = "34"
        case cyan = "36"
    }

    public func bold(_ text: String) -> String { wrap(text, "1") }

    /// `text` in `colour`, bold unless asked otherwise.
    public func paint(_ text: String, _ colour: Colour, bold: Bool = true) -> String {
        wrap(text, bold ? "1;" + colour.rawValue : colour.rawValue)
    }

    private func wrap(_ text: String, _ code: String) -> String {
        colour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
