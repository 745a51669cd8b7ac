/// Numbers as programme managers read them: at most two decimals, no
/// trailing zeros, no exponent, and the same text on every machine (no
/// locale, no Foundation formatting).
public enum NumberText {
    public static func format(_ value: Double, decimals: Int = 2) -> String {
        guard value.isFinite else { return value.isNaN ? "n/a" : (value > 0 ? "inf" : "-inf") }
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (abs(value) * scale).rounded()
        guard scaled < 9e15 else { return String(value) }
        var units = UInt64(scaled)
        // Digits are written right to left into a small buffer: this runs
        // for every number of a national board pack (a million cells).
        var digits: [UInt8] = []
        digits.reserveCapacity(24)
        var written = 0
        var significant = false
        while units > 0 || written <= decimals {
            let digit = UInt8(units % 10)
            units /= 10
            if written < decimals {
                // Trailing zeros of the fraction are left out.
                if digit != 0 || significant {
                    digits.append(0x30 + digit)
                    significant = true
                }
            } else {
                if written == decimals && significant { digits.append(0x2E) }
                digits.append(0x30 + digit)
            }
            written += 1
        }
        if value < 0 && (digits.count > 1 || digits[0] != 0x30) { digits.append(0x2D) }
        return String(decoding: digits.reversed(), as: UTF8.self)
    }
}
