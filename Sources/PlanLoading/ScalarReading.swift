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

    static func text(_ node: YAMLNode) -> String? {
        guard case .scalar(let scalar) = node, !scalar.isNull else { return nil }
        return scalar.text
    }

    /// A plain decimal: `26.4`, `-3`, `1200`. Quoted text, `1,200`, `5%`,
    /// `1e3` and `.inf` are not numbers here, and nor is a run of digits too
    /// long for a Double (it would read as infinity and poison every sum).
    static func number(_ node: YAMLNode) -> Double? {
        guard case .scalar(let scalar) = node, !scalar.isExplicitText, isPlainDecimal(scalar.text),
            let value = Double(scalar.text), value.isFinite
        else { return nil }
        return value
    }

    static func isPlainDecimal(_ text: String) -> Bool {
        var bytes = Substring(text).utf8[...]
        if bytes.first == UInt8(ascii: "-") || bytes.first == UInt8(ascii: "+") { bytes = bytes.dropFirst() }
        var digits = 0
        var dots = 0
        for byte in bytes {
            if byte == UInt8(ascii: ".") {
                dots += 1
            } else if (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
                digits += 1
            } else {
                return false
            }
        }
        return digits > 0 && dots <= 1
    }

    static func integer(_ node: YAMLNode) -> Int? {
        guard let value = number(node), value.rounded() == value, abs(value) < 1e15 else { return nil }
        return Int(value)
    }

    static func date(_ node: YAMLNode) -> Day? {
        guard case .scalar(let scalar) = node else { return nil }
        return Day(iso: scalar.text)
    }

    static func tolerance(_ node: YAMLNode) -> Tolerance? {
        guard case .scalar(let scalar) = node else { return nil }
        if scalar.text.hasSuffix("%") {
            let number = String(scalar.text.dropLast()).trimmingSpaces
            guard isPlainDecimal(number), let value = Double(number), value.isFinite, value >= 0 else { return nil }
            return .percent(value)
        }
        guard let value = self.number(node), value >= 0 else { return nil }
        return .absolute(value)
    }

    /// `35-74` → 35...74; `90+` → 90...Int.max; ends on life-table bands.
    static func ageRange(_ node: YAMLNode) -> ClosedRange<Int>? {
        guard case .scalar(let scalar) = node else { return nil }
        let text = scalar.text
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

    static func isIdentifier(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard (1...64).contains(bytes.count) else { return false }
        for (index, byte) in bytes.enumerated() {
            let isLowerOrDigit =
                (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
            if !(isLowerOrDigit || (index > 0 && byte == UInt8(ascii: "-"))) { return false }
        }
        return true
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
