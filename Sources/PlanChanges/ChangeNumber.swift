/// Numbers in change descriptions: up to four decimals (contributions are
/// written in thousandths of a year), no trailing zeros, no exponent, the
/// same text on every machine (no locale).
enum ChangeNumber {
    /// Figures within this much are the same (floating-point sums of
    /// decimals such as 0.065 + 0.05).
    static let slack = 1e-9

    static func same(_ a: Double, _ b: Double) -> Bool {
        abs(a - b) <= slack * max(1, abs(a), abs(b))
    }

    static func format(_ value: Double, decimals: Int = 4) -> String {
        guard value.isFinite else { return value.isNaN ? "n/a" : (value > 0 ? "inf" : "-inf") }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (abs(value) * scale).rounded()
        guard scaled < 9e15 else { return String(value) }
        let units = Int64(scaled)
        let whole = units / Int64(scale)
        var fraction = String(units % Int64(scale))
        fraction = String(repeating: "0", count: decimals - fraction.count) + fraction
        while fraction.hasSuffix("0") { fraction.removeLast() }
        let sign = value < 0 && units != 0 ? "-" : ""
        return sign + String(whole) + (fraction.isEmpty ? "" : "." + fraction)
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
