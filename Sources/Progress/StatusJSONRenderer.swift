import StableJSON

/// `countdown status --format json`: the report model itself, with sorted
/// keys so the same report gives the same bytes (StableJSON: Foundation's
/// bytes, written fast enough for a million actuals).
public enum StatusJSONRenderer {
    public static func render(_ report: StatusReport) -> String {
        // Encoding plain value types of finite numbers cannot fail; a failure would be a bug.
        (try? StableJSONEncoder.string(report)) ?? "{}"
    }
}
