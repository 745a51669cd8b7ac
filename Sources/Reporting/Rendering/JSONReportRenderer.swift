import Foundation
import StableJSON

/// The JSON file: the report model itself, keys sorted, so the same report
/// gives the same bytes.
public enum JSONReportRenderer {
    public static func render(_ report: BoardReport) -> String {
        // StableJSON writes Foundation's bytes, faster (a board's model at
        // national scale is megabytes); it refuses numbers that are not finite.
        if let text = try? StableJSONEncoder.string(report) {
            return text + "\n"
        }
        let encoder = StableJSONEncoder.foundationEncoder()
        // A value that is not a number (none should be) is written as text rather than failing the file.
        encoder.nonConformingFloatEncodingStrategy = .convertToString(
            positiveInfinity: "inf", negativeInfinity: "-inf", nan: "n/a")
        // Encoding plain value types cannot fail; a failure would be a bug.
        let data = (try? encoder.encode(report)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
