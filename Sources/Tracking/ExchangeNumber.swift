/// Numbers in the exchange CSV: plain decimals that read back to exactly
/// the same `Double`.
///
/// Writing uses Swift's shortest round-trip digits (so 25.9 is "25.9", not
/// "25.899999999999999"), without the exponent Swift uses for very large or
/// small values and without a trailing ".0". Reading accepts only a plain
/// decimal: an optional minus sign, digits, and an optional fraction, as
/// PLAN-FORMAT.md asks ("5%", "1,710" and "1e3" are errors, not guesses).
public enum ExchangeNumber {
    public static func format(_ value: Double) -> String {
        if value == 0 { return "0" }
        let text = String(value)
        guard let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) else {
            return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
        }
        // Expand "1.5e-05" into "0.000015".
        let negative = text.hasPrefix("-")
        let mantissa = text[text.index(text.startIndex, offsetBy: negative ? 1 : 0)..<e]
        let exponent = Int(text[text.index(after: e)...]) ?? 0
        let parts = mantissa.split(separator: ".", omittingEmptySubsequences: false)
        let whole = String(parts[0])
        var digits = whole + (parts.count > 1 ? String(parts[1]) : "")
        var point = whole.count + exponent
        if point <= 0 {
            digits = String(repeating: "0", count: 1 - point) + digits
            point = 1
        } else if point > digits.count {
            digits += String(repeating: "0", count: point - digits.count)
        }
        var fraction = String(digits.dropFirst(point))
        while fraction.hasSuffix("0") { fraction.removeLast() }
        let integer = String(digits.prefix(point))
        return (negative ? "-" : "") + integer + (fraction.isEmpty ? "" : "." + fraction)
    }

    /// The number written, or nil when it is not a plain decimal.
    public static func parse(_ text: String) -> Double? {
        var sawDigit = false
        var sawPoint = false
        for (index, character) in text.enumerated() {
            switch character {
            case "-" where index == 0: continue
            case "0"..."9": sawDigit = true
            case "." where !sawPoint: sawPoint = true
            default: return nil
            }
        }
        guard sawDigit, let value = Double(text), value.isFinite else { return nil }
        return value
    }

    /// Whether `value` is exactly the number `text` writes, so that storing it
    /// loses nothing: `123456789012345678` would be kept as
    /// 123456789012345680, and a 20-digit count as 1e20, so such text is
    /// refused rather than rounded without a word. `text` is a plain decimal.
    public static func isExact(_ text: String, value: Double) -> Bool {
        canonical(text) == canonical(format(value))
    }

    /// A plain decimal without a sign on zero, leading zeros or trailing fraction zeros.
    static func canonical(_ text: String) -> String {
        var negative = false
        var body = Substring(text)
        if body.hasPrefix("-") {
            negative = true
            body = body.dropFirst()
        }
        let parts = body.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        var whole = parts[0].drop { $0 == "0" }
        var fraction = parts.count > 1 ? parts[1] : ""
        while fraction.hasSuffix("0") { fraction = fraction.dropLast() }
        if whole.isEmpty { whole = "0" }
        let digits = String(whole) + (fraction.isEmpty ? "" : "." + fraction)
        return negative && digits != "0" ? "-" + digits : digits
    }

    /// `parse` for the numbers nearly every file holds, straight from bytes:
    /// `-`, digits, and a fraction, with at most 15 or so significant digits.
    /// Nil means "not decided here" (ask `parse`), never "not a number".
    ///
    /// Such a number is an integer of at most 2^53 divided by a power of ten
    /// of at most 10^22; both are exact as `Double`s and a division rounds
    /// correctly, so the result is the nearest `Double`, as `Double(text)`
    /// gives (Clinger's fast path).
    static func quickParse(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        var index = 0
        let negative = bytes.first == UInt8(ascii: "-")
        if negative { index = 1 }
        var mantissa: UInt64 = 0
        var digits = 0
        var fractionDigits = 0
        var sawPoint = false
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if byte == UInt8(ascii: ".") {
                guard !sawPoint else { return nil }
                sawPoint = true
                continue
            }
            let digit = UInt64(byte &- UInt8(ascii: "0"))
            guard digit <= 9, digits < 19 else { return nil }
            mantissa = mantissa * 10 + digit
            digits += 1
            if sawPoint { fractionDigits += 1 }
        }
        // "5." and "-" are left to `parse`, as are numbers too long to be exact here.
        guard digits > 0, !sawPoint || fractionDigits > 0,
            mantissa <= 1 << 53, fractionDigits <= 22
        else { return nil }
        let value = Double(mantissa) / powersOfTen[fractionDigits]
        return negative ? -value : value
    }

    private static let powersOfTen: [Double] = (0...22).map { power in
        var value = 1.0
        for _ in 0..<power { value *= 10 }
        return value
    }
}
