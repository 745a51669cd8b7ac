import LifeTables
import PlanLoading
import PlanModel
import SystemIO

/// A mortality CSV file read from disk and checked (see
/// `MortalityData.init(csv:)` for the format).
///
/// Reading is kept out of `LifeTables`, which does no I/O, and out of the
/// lint rules, which only see the result: commands load the file once here
/// and hand the data on.
public struct MortalityFile: Sendable {
    /// The path as shown to the user.
    public let display: String
    /// The file's text, for showing source lines in messages.
    public let source: String
    public let data: MortalityData

    /// National files for every local area run to tens of megabytes; this
    /// refuses a runaway file before reading it.
    public static let sizeLimit = 512 * 1_048_576

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

    /// Reads and checks the file at `path`, shown to the user as `display`.
    public static func load(path: String, display: String) -> Result<MortalityFile, Failure> {
        let bytes: [UInt8]
        switch FileReader.contents(of: path, limit: sizeLimit) {
        case .success(let contents): bytes = contents
        case .failure(.tooLarge(let size, _)):
            return .failure(
                .unreadable(
                    display: display,
                    reason: "it is \(size / 1_048_576) MB; mortality files are limited to \(sizeLimit / 1_048_576) MB"))
        case .failure(let failure): return .failure(.unreadable(display: display, reason: failure.reason))
        }
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
