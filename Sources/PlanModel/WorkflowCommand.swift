/// GitHub Actions workflow commands (`::error file=…,line=…::message`), written
/// so that no text from a plan can end one command and start another.
///
/// GitHub's own encoding is applied to every Unicode scalar, not to Swift's
/// characters: `"\r\n"` is one Character, so replacing `"\r"` and `"\n"` as
/// characters leaves a CR LF pair raw, and a plan key holding it could print
/// a forged annotation line. Other control characters (an ESC that a log
/// viewer would obey) are written as visible `U+001B` text.
public enum WorkflowCommand {
    /// One command: `::name properties::message`.
    public static func line(_ name: String, properties: [(String, String)], message: String) -> String {
        let written = properties.map { "\($0.0)=\(property($0.1))" }.joined(separator: ",")
        return "::\(name)\(written.isEmpty ? "" : " " + written)::\(data(message))"
    }

    /// The escapes for a message: `%`, CR and LF.
    public static func data(_ text: String) -> String {
        escape(text, also: [])
    }

    /// The escapes for a property value, which also ends at `:` and `,`.
    public static func property(_ text: String) -> String {
        escape(text, also: [":", ","])
    }

    static func escape(_ text: String, also: Set<Unicode.Scalar>) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "%", "\r", "\n":
                result.append(contentsOf: percent(scalar).unicodeScalars)
            case _ where also.contains(scalar):
                result.append(contentsOf: percent(scalar).unicodeScalars)
            case _ where ControlCharacters.isControl(scalar):
                result.append(contentsOf: ControlCharacters.visible(scalar).unicodeScalars)
            default:
                result.append(scalar)
            }
        }
        return String(result)
    }

    static func percent(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "%" + (hex.count == 1 ? "0" + hex : hex)
    }
}

/// Characters a text from a plan or a CSV cell may hold that a terminal, a
/// log viewer or a reader would not show as text: C0 and C1 controls, DEL,
/// the line and paragraph separators (U+2028, U+2029) and the bidirectional
/// overrides that make text read differently from how
/// it is stored (U+202A–U+202E, U+2066–U+2069).
public enum ControlCharacters {
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x2028...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// `U+001B`: how a control character is shown where it must not act.
    public static func visible(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// `text` with every control character but tab and newline shown as `U+XXXX`.
    public static func neutralised(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { isControl($0) && $0 != "\t" && $0 != "\n" }) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isControl(scalar) && scalar != "\t" && scalar != "\n" {
                result.append(contentsOf: visible(scalar).unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }
}
