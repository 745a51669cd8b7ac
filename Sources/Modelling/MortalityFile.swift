import LifeTables
import PlanModel

/// A mortality CSV file, checked (see `MortalityData.init(csv:)` for the
/// format). The workbench reads the file once and hands the data on; the
/// lint rules only see the result.
public struct MortalityFile: Sendable {
    /// The path as shown to the user.
    public let display: String
    /// The file's text, for showing source lines in messages.
    public let source: String
    public let data: MortalityData

    /// Why a mortality file could not be used.
    public enum Failure: Error, Sendable {
        /// The file cannot be read at all: the command cannot run.
        case unreadable(display: String, reason: String)
        /// The file was read but its contents are wrong: every problem, with
        /// the text so that the lines can be shown.
        case invalid(display: String, source: String, diagnostics: [Diagnostic])

        /// One line for a command that stops (`unreadable`), or a summary.
        public var message: String {
            switch self {
            case .unreadable(let display, let reason): "cannot read the mortality file \(display): \(reason)"
            case .invalid(let display, _, let diagnostics):
                "\(diagnostics.count) problem\(diagnostics.count == 1 ? "" : "s") in the mortality file \(display)"
            }
        }

        /// Each problem as a diagnostic at its line and column (empty for `unreadable`).
        public var diagnostics: [Diagnostic] {
            guard case .invalid(_, _, let diagnostics) = self else { return [] }
            return diagnostics
        }

        /// The file's text by displayed path, for source excerpts.
        public var sources: [String: String] {
            guard case .invalid(let display, let source, _) = self else { return [:] }
            return [display: source]
        }
    }

    /// The rule id shown with problems in mortality data.
    public static let ruleID = "mortality-data"

    /// Checks a file's bytes, read by the caller (Workbench reads files;
    /// this module does no I/O), shown to the user as `display`.
    public static func parse(bytes: [UInt8], display: String) -> Result<MortalityFile, Failure> {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let notText = Diagnostic(
                rule: ruleID,
                message: "the file is not UTF-8 text; save it from the spreadsheet as \"CSV UTF-8\"",
                location: SourceLocation(file: display, line: 1, column: 1))
            return .failure(.invalid(display: display, source: "", diagnostics: [notText]))
        }
        do {
            return .success(MortalityFile(display: display, source: text, data: try MortalityData(csv: text)))
        } catch {
            let diagnostics = error.problems.map { diagnostic(for: $0, file: display) }
            return .failure(.invalid(display: display, source: text, diagnostics: diagnostics))
        }
    }

    /// A problem as a diagnostic: its line, the column where the value
    /// starts (1 when the whole row or file is at fault) and the message.
    static func diagnostic(for problem: MortalityCSVProblem, file: String) -> Diagnostic {
        Diagnostic(
            rule: ruleID, message: problem.message,
            location: SourceLocation(file: file, line: problem.line, column: problem.column ?? 1))
    }
}
