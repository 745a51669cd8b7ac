import Foundation
import PlanModel

/// `--format json`: the diagnostics and the summary, keys sorted so the
/// output is byte-identical for the same input.
public enum JSONDiagnosticRenderer {
    struct Document: Encodable {
        var version = 1
        var diagnostics: [Diagnostic]
        var summary: Summary
    }

    struct Summary: Encodable {
        var errors: Int
        var warnings: Int
        var files: Int
    }

    public static func render(_ report: LintReport) -> String {
        let document = Document(
            diagnostics: report.diagnostics,
            summary: Summary(errors: report.errorCount, warnings: report.warningCount, files: report.files.count))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(document)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
