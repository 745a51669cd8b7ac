import Foundation

/// `countdown status --format json`: the report model itself, with sorted
/// keys so the same report gives the same bytes.
public enum StatusJSONRenderer {
    public static func render(_ report: StatusReport) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain value types cannot fail; a failure would be a bug.
        let data = (try? encoder.encode(report)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
