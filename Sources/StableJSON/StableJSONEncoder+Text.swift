import Foundation

extension StableJSONEncoder {
    /// The JSON text of `value`, or `fallback` when it cannot be encoded (a
    /// number that is not finite): the one path every JSON output takes.
    public static func text<T: Encodable>(_ value: T, orElse fallback: String) -> String {
        (try? string(value)) ?? fallback
    }

    /// Foundation's encoder set up as countdown writes JSON (pretty, keys
    /// sorted, slashes plain; compact when stored in a column), for what
    /// the stable path does not write.
    public static func foundationEncoder(pretty: Bool = true) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting =
            pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}
