import Common

/// Numbers in change descriptions, through Common's `NumberText`: signs,
/// units, and when two figures count as the same.
enum ChangeNumber {
    /// Figures within this much are the same (floating-point sums of
    /// decimals such as 0.065 + 0.05).
    static let slack = 1e-9

    static func same(_ a: Double, _ b: Double) -> Bool {
        abs(a - b) <= slack * max(1, abs(a), abs(b))
    }

    /// Up to four decimals: contributions are written in thousandths of a year.
    static func format(_ value: Double, decimals: Int = 4) -> String {
        NumberText.format(value, decimals: decimals)
    }

    /// "+1.5", "-0.02": a difference always shows its sign.
    static func signed(_ value: Double) -> String {
        let text = format(value)
        return text.hasPrefix("-") || text == "0" ? text : "+" + text
    }

    /// A value with its unit: "25.5%", "3400 people", "0.065 years".
    static func with(_ value: Double, unit: String) -> String {
        format(value) + spaced(unit)
    }

    static func signed(_ value: Double, unit: String) -> String {
        signed(value) + spaced(unit)
    }

    /// A unit as written after a number: "%" sticks to it, others follow a space.
    static func spaced(_ unit: String) -> String {
        unit.isEmpty || unit == "%" ? unit : " " + unit
    }
}
