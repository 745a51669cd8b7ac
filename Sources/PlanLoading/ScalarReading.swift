import LocatedYAML
import PlanModel

/// Reading typed values out of scalars. The validator and the decoder share
/// these, so what one accepts the other can read.
enum ScalarReading {
    enum Failure: Error {
        case notScalar
        case wrongShape
        case notARealDate
    }

    static func text(_ node: YAMLNode) -> String? { text(node.storage, node.id) }
    static func number(_ node: YAMLNode) -> Double? { number(node.storage, node.id) }
    static func integer(_ node: YAMLNode) -> Int? { integer(node.storage, node.id) }
    static func date(_ node: YAMLNode) -> Day? { date(node.storage, node.id) }
    static func tolerance(_ node: YAMLNode) -> Tolerance? { tolerance(node.storage, node.id) }
    static func ageRange(_ node: YAMLNode) -> ClosedRange<Int>? { ageRange(node.storage, node.id) }

    static func text(_ storage: YAMLStorage, _ id: YAMLNodeID) -> String? {
        guard storage.kind(id) == .scalar, !storage.isNull(id) else { return nil }
        return storage.text(id)
    }

    /// A plain decimal: `26.4`, `-3`, `1200`. Quoted text, `1,200`, `5%`,
    /// `1e3` and `.inf` are not numbers here, and nor is a run of digits too
    /// long for a Double (it would read as infinity and poison every sum).
    static func number(_ storage: YAMLStorage, _ id: YAMLNodeID) -> Double? {
        guard storage.kind(id) == .scalar, !storage.isExplicitText(id) else { return nil }
        switch storage.withBytes(id, decimal) {
        case .notDecimal: return nil
        case .exact(let value): return value
        case .needsParsing:
            guard let value = Double(storage.text(id)), value.isFinite else { return nil }
            return value
        }
    }

    static func isPlainDecimal(_ text: String) -> Bool {
        decimal(text.utf8.span) != .notDecimal
    }

    enum Decimal: Equatable {
        case notDecimal
        /// The value, when it is exact in a Double and so needs no parsing.
        case exact(Double)
        case needsParsing
    }

    private static let powersOfTen: [Double] = (0...22).map { exponent in
        (0..<exponent).reduce(1.0) { value, _ in value * 10 }
    }

    /// Whether bytes are a plain decimal (`[+-]digits[.digits]`, a digit at
    /// least, one dot at most) and, for up to 15 digits, its value: the
    /// digits as a whole number are exact in a Double, and so is a power of
    /// ten up to 10^22, so one division rounds correctly, as parsing would.
    static func decimal(_ bytes: Span<UInt8>) -> Decimal {
        var index = 0
        var negative = false
        if !bytes.isEmpty, bytes[0] == UInt8(ascii: "-") || bytes[0] == UInt8(ascii: "+") {
            negative = bytes[0] == UInt8(ascii: "-")
            index = 1
        }
        var digits = 0
        var fractionDigits = 0
        var dots = 0
        var mantissa: UInt64 = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: ".") {
                dots += 1
            } else if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                digits += 1
                if digits <= 15 { mantissa = mantissa * 10 + UInt64(byte - UInt8(ascii: "0")) }
                if dots > 0 { fractionDigits += 1 }
            } else {
                return .notDecimal
            }
            index += 1
        }
        guard digits > 0 && dots <= 1 else { return .notDecimal }
        guard digits <= 15 else { return .needsParsing }
        let value = Double(mantissa) / powersOfTen[fractionDigits]
        return .exact(negative ? -value : value)
    }

    static func integer(_ storage: YAMLStorage, _ id: YAMLNodeID) -> Int? {
        guard let value = number(storage, id), value.rounded() == value, abs(value) < 1e15 else { return nil }
        return Int(value)
    }

    /// Exactly `YYYY-MM-DD`, as `Day(iso:)` reads it.
    static func date(_ storage: YAMLStorage, _ id: YAMLNodeID) -> Day? {
        guard storage.kind(id) == .scalar, storage.byteCount(id) == 10 else { return nil }
        return storage.withBytes(id) { bytes in
            guard bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
            func number(_ range: Range<Int>) -> Int? {
                var value = 0
                for index in range {
                    let byte = bytes[index]
                    guard byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") else { return nil }
                    value = value * 10 + Int(byte - UInt8(ascii: "0"))
                }
                return value
            }
            guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else { return nil }
            return Day(year: year, month: month, day: day)
        }
    }

    /// `5%` → 5 percent; `0.5` → 0.5 in the measure's unit.
    ///
    /// Read from bytes: a text ending in the byte '%' ends in the Character
    /// "%" or is no tolerance either way (what comes before must then be a
    /// plain decimal, which is ASCII), and spaces are trimmed as bytes.
    static func tolerance(_ storage: YAMLStorage, _ id: YAMLNodeID) -> Tolerance? {
        guard storage.kind(id) == .scalar else { return nil }
        let percent: Decimal? = storage.withBytes(id) { bytes in
            guard !bytes.isEmpty, bytes[bytes.count - 1] == UInt8(ascii: "%") else { return nil }
            var start = 0
            var end = bytes.count - 1
            while start < end && bytes[start] == UInt8(ascii: " ") { start += 1 }
            while end > start && bytes[end - 1] == UInt8(ascii: " ") { end -= 1 }
            return decimal(bytes.extracting(start..<end))
        }
        switch percent {
        case nil:
            guard let value = self.number(storage, id), value >= 0 else { return nil }
            return .absolute(value)
        case .notDecimal?:
            return nil
        case .exact(let value)?:
            return value >= 0 ? .percent(value) : nil
        case .needsParsing?:
            let text = storage.text(id)
            guard let value = Double(String(text.dropLast()).trimmingSpaces), value.isFinite, value >= 0 else {
                return nil
            }
            return .percent(value)
        }
    }

    /// `35-74` → 35...74; `90+` → 90...Int.max; ends on life-table bands.
    static func ageRange(_ storage: YAMLStorage, _ id: YAMLNodeID) -> ClosedRange<Int>? {
        guard storage.kind(id) == .scalar else { return nil }
        let text = storage.text(id)
        if text.hasSuffix("+") {
            guard let lower = Int(text.dropLast()), lifeTableBandStarts.contains(lower) else { return nil }
            return lower...Int.max
        }
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, let lower = Int(parts[0]), let upper = Int(parts[1]), lower <= upper,
            lifeTableBandStarts.contains(lower), lifeTableBandStarts.contains(upper + 1) || upper + 1 == 1
        else { return nil }
        return lower...upper
    }

    /// Whether scalar `id` is an id (see `isIdentifier(_:)`), without making a String.
    static func isIdentifier(_ storage: YAMLStorage, _ id: YAMLNodeID) -> Bool {
        guard storage.kind(id) == .scalar else { return false }
        return storage.withBytes(id) { isIdentifier(bytes: $0) }
    }

    static func isIdentifier(bytes: Span<UInt8>) -> Bool {
        guard (1...64).contains(bytes.count) else { return false }
        for index in bytes.indices {
            let byte = bytes[index]
            let isLowerOrDigit =
                (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
            if !(isLowerOrDigit || (index > 0 && byte == UInt8(ascii: "-"))) { return false }
        }
        return true
    }

    static func isIdentifier(_ text: String) -> Bool {
        isIdentifier(bytes: text.utf8.span)
    }

    /// A kebab-case version of `text`, to suggest in an invalid-id message.
    static func suggestedIdentifier(for text: String) -> String? {
        var result = ""
        for character in text.lowercased() {
            if character.isASCII && (character.isLetter || character.isNumber) {
                result.append(character)
            } else if !result.isEmpty && result.last != "-" {
                result.append("-")
            }
        }
        while result.last == "-" { result.removeLast() }
        let suggestion = String(result.prefix(64))
        return isIdentifier(suggestion) && suggestion != text ? suggestion : nil
    }
}

extension String {
    var trimmingSpaces: String {
        var view = Substring(self)
        while view.first == " " { view = view.dropFirst() }
        while view.last == " " { view = view.dropLast() }
        return String(view)
    }
}
