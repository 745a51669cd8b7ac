import Progress
import StableJSON

/// `countdown status --format json`: the report model itself, with sorted
/// keys so the same report gives the same bytes (StableJSON: Foundation's
/// bytes, written fast enough for a million actuals).
public enum StatusJSONRenderer {
    public static func render(_ report: StatusReport) -> String {
        String(decoding: bytes(report), as: UTF8.self)
    }

    /// The JSON text as UTF-8 bytes, for writing out without a copy as a
    /// `String` (at national scale it is a hundred megabytes).
    public static func bytes(_ report: StatusReport) -> [UInt8] {
        // Encoding plain value types of finite numbers cannot fail; a failure would be a bug.
        (try? StableJSONEncoder.encode(report)) ?? Array("{}".utf8)
    }
}
