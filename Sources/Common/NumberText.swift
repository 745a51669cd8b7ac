import Foundation

/// Numbers as text, the same on every machine and run (no locale, no
/// grouping unless asked). One formatter with the styles countdown's outputs
/// use:
/// - `format`: at most `decimals` decimals, no trailing zeros, no exponent
///   (status, reports, changes);
/// - `fixed`: exactly `places` decimals, never `-0.00` (life-table outputs);
/// - `count` and `grouped`: counts as written in data, and with thousands
///   separated for text tables;
/// - `written`: as a person writes a number in a plan file (messages).
///
/// `ExchangeNumber` in Tracking is another job: the exact round trip of CSV.
public enum NumberText {
    /// At most `decimals` decimals, trailing zeros left out: "0.5", "1710".
    public static func format(_ value: Double, decimals: Int = 2) -> String {
        var bytes: [UInt8] = []
        append(value, decimals: decimals, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `format`'s text to `output`: what charts and tables do for
    /// every number of a national board pack (millions), without a `String`
    /// each.
    public static func append(_ value: Double, decimals: Int = 2, to output: inout [UInt8]) {
        // Beyond 17 decimals a double has no more digits to show.
        let decimals = min(max(decimals, 0), 17)
        guard value.isFinite else {
            output.append(contentsOf: (value.isNaN ? "n/a" : (value > 0 ? "inf" : "-inf")).utf8)
            return
        }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (abs(value) * scale).rounded()
        guard scaled < 9e15 else {
            output.append(contentsOf: String(value).utf8)
            return
        }
        var units = UInt64(scaled)
        // Digits are appended right to left, then that stretch is reversed in place.
        let start = output.count
        var written = 0
        var significant = false
        while units > 0 || written <= decimals {
            let digit = UInt8(units % 10)
            units /= 10
            if written < decimals {
                // Trailing zeros of the fraction are left out.
                if digit != 0 || significant {
                    output.append(0x30 + digit)
                    significant = true
                }
            } else {
                if written == decimals && significant { output.append(0x2E) }
                output.append(0x30 + digit)
            }
            written += 1
        }
        if value < 0 && (output.count - start > 1 || output[start] != 0x30) { output.append(0x2D) }
        var low = start
        var high = output.count - 1
        while low < high {
            output.swapAt(low, high)
            low += 1
            high -= 1
        }
    }

    /// `value` rounded to exactly `places` decimal places; a small negative
    /// number that rounds to zero is shown as zero.
    public static func fixed(_ value: Double, places: Int) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value < 0 ? "-Infinity" : "Infinity") }
        let text = String(format: "%.\(places)f", value)
        if text.hasPrefix("-"), text.dropFirst().allSatisfy({ $0 == "0" || $0 == "." }) {
            return String(text.dropFirst())
        }
        return text
    }

    /// A count as written in data: whole numbers without decimals, others
    /// with up to 6 decimal places and no trailing zeros.
    public static func count(_ value: Double) -> String {
        if value.isFinite, value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        var text = fixed(value, places: 6)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    /// A whole number with thousands separated by commas, for text tables.
    public static func grouped(_ value: Double) -> String {
        let digits = fixed(value, places: 0)
        let negative = digits.hasPrefix("-")
        let body = Array(negative ? digits.dropFirst() : Substring(digits))
        var result = ""
        for (index, character) in body.enumerated() {
            if index > 0, (body.count - index) % 3 == 0 { result.append(",") }
            result.append(character)
        }
        return (negative ? "-" : "") + result
    }

    /// As a person writes a number in a plan: 0.72, 5, 1200 (no trailing
    /// ".0"); a fraction is first rounded to `roundedTo` decimals when given.
    public static func written(_ value: Double, roundedTo decimals: Int? = nil) -> String {
        if value.rounded() == value && abs(value) < 1e15 { return String(Int(value)) }
        guard let decimals else { return String(value) }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        return String((value * scale).rounded() / scale)
    }
}
