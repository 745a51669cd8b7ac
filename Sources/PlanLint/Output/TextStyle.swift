/// Terminal styling. The caller decides whether colour is wanted (a
/// terminal, and no NO_COLOR); renderers only ask for a style.
public struct TextStyle: Sendable {
    public var colour: Bool

    public init(colour: Bool) {
        self.colour = colour
    }

    public static let plain = TextStyle(colour: false)

    func bold(_ text: String) -> String { wrap(text, "1") }
    func red(_ text: String) -> String { wrap(text, "1;31") }
    func yellow(_ text: String) -> String { wrap(text, "1;33") }
    func cyan(_ text: String) -> String { wrap(text, "1;36") }
    func blue(_ text: String) -> String { wrap(text, "1;34") }
    func green(_ text: String) -> String { wrap(text, "1;32") }

    private func wrap(_ text: String, _ code: String) -> String {
        colour ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}
