import Foundation

/// Numbers as text, the same on every machine and run: fixed decimal places
/// with a full stop, no grouping, no locale, and never `-0.00`.
///
/// Precision used by the life-expectancy outputs (CSV and text; JSON
/// carries full double precision):
/// - life expectancy and its limits: 4 decimal places in CSV, 2 in text
///   (the published precision is 1);
/// - contributions to the gap (age band and cause): 6 decimal places in CSV,
///   2 in text; plans' contributions: 3 decimal places in CSV and text;
/// - `m` and `q`: 8 decimal places in CSV (5 significant figures at ages 5-14),
///   `q` to 5 in text;
/// - `l`, `d`, `L`, `T`: 2 decimal places in CSV, whole numbers in text;
/// - deaths and population as in the file (whole numbers unless a fraction
///   was given, then up to 6 decimal places).
public enum NumberText {
    /// `value` rounded to `places` decimal places.
    public static func fixed(_ value: Double, places: Int) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value < 0 ? "-Infinity" : "Infinity") }
        let text = String(format: "%.\(places)f", value)
        // Rounding a small negative number gives "-0.00": show it as zero.
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

    /// JSON text of `value` with keys sorted, for byte-identical output.
    static func json<Value: Encodable>(_ value: Value) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(value)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    /// A CSV field, quoted when it holds a comma, quote or line break.
    static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
