/// Numbers as programme managers read them: at most two decimals, no
/// trailing zeros, no exponent, and the same text on every machine (no
/// locale, no Foundation formatting).
public enum NumberText {
    public static func format(_ value: Double, decimals: Int = 2) -> String {
        var bytes: [UInt8] = []
        append(value, decimals: decimals, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the number's text to `output`: what charts and tables do for
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
        // Digits are written right to left, then copied out in order.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 48) { digits in
            var count = 0
            var written = 0
            var significant = false
            while units > 0 || written <= decimals {
                let digit = UInt8(units % 10)
                units /= 10
                if written < decimals {
                    // Trailing zeros of the fraction are left out.
                    if digit != 0 || significant {
                        digits[count] = 0x30 + digit
                        count += 1
                        significant = true
                    }
                } else {
                    if written == decimals && significant {
                        digits[count] = 0x2E
                        count += 1
                    }
                    digits[count] = 0x30 + digit
                    count += 1
                }
                written += 1
            }
            if value < 0 && (count > 1 || digits[0] != 0x30) {
                digits[count] = 0x2D
                count += 1
            }
            for index in stride(from: count - 1, through: 0, by: -1) { output.append(digits[index]) }
        }
    }
}
