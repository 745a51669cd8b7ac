import Foundation
import PlanModel
import StableJSON

/// `--format json`: the diagnostics and the summary, keys sorted so the
/// output is byte-identical for the same input. The shape is documented in
/// docs/lint-output.md; `version` changes when a field is removed or changes
/// meaning (adding a field does not).
public enum JSONDiagnosticRenderer {
    public static let formatVersion = 1

    struct Document: Encodable {
        var version = formatVersion
        var tool = ToolInfo.name
        var toolVersion = ToolInfo.version
        var diagnostics: [Diagnostic]
        var ignored: [Ignored]
        var files: [String]
        var summary: Summary
    }

    struct Ignored: Encodable {
        var diagnostic: Diagnostic
        var reason: String
    }

    struct Summary: Encodable {
        var errors: Int
        var warnings: Int
        var info: Int
        var ignored: Int
        var files: Int
    }

    public static func render(_ report: LintReport) -> String {
        let document = Document(
            diagnostics: report.diagnostics, ignored: report.ignored.map { Ignored(diagnostic: $0.0, reason: $0.1) },
            files: report.files,
            summary: Summary(
                errors: report.errorCount, warnings: report.warningCount, info: report.infoCount,
                ignored: report.ignored.count, files: report.files.count))
        return StableJSONEncoder.text(document, orElse: "{}")
    }
}
