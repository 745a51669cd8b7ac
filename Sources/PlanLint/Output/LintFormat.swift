import Common

/// How `countdown lint` writes its findings.
public enum LintFormat: String, CaseIterable, Sendable {
    /// `file:line:col: error: message [rule]`, the source line and a caret, then a summary.
    case text
    case json
    /// SARIF 2.1.0, for GitHub code scanning.
    case sarif
    /// GitHub Actions workflow commands: annotations on a pull request.
    case github
    /// A GitLab Code Quality report.
    case gitlab

    /// What the text format shows beside the findings.
    public struct TextOptions: Sendable {
        /// Colour the severities (only on a terminal, never with NO_COLOR).
        public var colour: Bool
        /// List the findings silenced by ignore comments, with their reasons.
        public var showIgnored: Bool
        /// No summary line when there are no findings.
        public var quiet: Bool

        public init(colour: Bool = false, showIgnored: Bool = false, quiet: Bool = false) {
            self.colour = colour
            self.showIgnored = showIgnored
            self.quiet = quiet
        }
    }

    /// Text is for people, on standard error; the others are for tools, on standard output.
    public var isForPeople: Bool { self == .text }

    /// The report in this format, each line ending in a newline.
    public func render(_ report: LintReport, text options: TextOptions = TextOptions()) -> String {
        switch self {
        case .json: JSONDiagnosticRenderer.render(report) + "\n"
        case .sarif: SARIFRenderer.render(report) + "\n"
        case .github: report.diagnostics.map { GitHubRenderer.render($0) + "\n" }.joined()
        case .gitlab: GitLabRenderer.render(report) + "\n"
        case .text: Self.text(report, options)
        }
    }

    private static func text(_ report: LintReport, _ options: TextOptions) -> String {
        let renderer = TextDiagnosticRenderer(sources: report.sources, style: TerminalStyle(colour: options.colour))
        var lines = report.diagnostics.map(renderer.render)
        if options.showIgnored {
            for (diagnostic, reason) in report.ignored {
                lines.append("\(diagnostic.location): ignored: \(diagnostic.message) [\(diagnostic.rule)] — \(reason)")
            }
        }
        if !(options.quiet && report.diagnostics.isEmpty) {
            var summary = renderer.summary(
                errors: report.errorCount, warnings: report.warningCount, infos: report.infoCount,
                files: report.files.count)
            if !report.ignored.isEmpty {
                summary +=
                    " (\(report.ignored.count) ignored\(options.showIgnored ? "" : "; --show-ignored lists them"))"
            }
            lines.append(summary)
        }
        return lines.map { $0 + "\n" }.joined()
    }
}
