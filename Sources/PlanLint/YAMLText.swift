import PlanModel

/// Text written into a YAML file so that it reads back as exactly that text:
/// plain when nothing in it means anything to YAML, else double-quoted.
public enum YAMLText {
    /// A scalar for a block or flow value (`title: …`, `{ name: … }`).
    public static func scalar(_ text: String) -> String {
        isPlain(text) ? text : quoted(text)
    }

    /// Text for a `#` comment: one line, no control characters.
    public static func comment(_ text: String) -> String {
        String(text.unicodeScalars.map { ControlCharacters.isControl($0) ? " " : Character($0) })
    }

    static func isPlain(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last,
            first.properties.isAlphabetic || ("0"..."9").contains(first), last != " "
        else { return false }
        // Words YAML 1.1 tools read as booleans or null, and anything like a number or date.
        let lowered = text.lowercased()
        if ["yes", "no", "on", "off", "true", "false", "null", "y", "n"].contains(lowered) { return false }
        if text.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) || "-.:+eE_".unicodeScalars.contains($0) }) {
            return false
        }
        return text.unicodeScalars.allSatisfy { scalar in
            scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || " ()'/.&-".unicodeScalars.contains(scalar)
        } && !text.contains("  ")
    }

    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case _ where ControlCharacters.isControl(scalar):
                let hex = String(scalar.value, radix: 16, uppercase: true)
                result += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
