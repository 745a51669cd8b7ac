import ArgumentParser
import Common
import Foundation
import PlanLint
import PlanLoading
import SystemIO

enum LintFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, sarif, github, gitlab
}

struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check the workspace's plans and report every problem at once.",
        discussion: """
            Examples:
              countdown lint                          check countdown.yaml and every plan
              countdown lint plans/tobacco.yaml       check one plan (with the workspace for context)
              countdown lint --strict                 fail on warnings too (for CI)
              countdown lint --format sarif > countdown.sarif    for GitHub code scanning
              countdown lint --format github          annotations on a pull request (GitHub Actions)
              countdown lint --format gitlab > gl-code-quality-report.json   for a GitLab merge request

            Text findings go to standard error; json, sarif and github go to standard output.
            Silence a finding where it is with a comment naming the rule and a reason:
              # countdown: ignore[implausible-change] a new service starting from a pilot
            Exit codes: 0 no errors (warnings allowed), 1 errors found, 2 the command could not run.
            """)

    @OptionGroup var workspaceOptions: WorkspaceOptions

    @Option(
        help:
            "Output format: text, json, sarif (SARIF 2.1.0), github (workflow commands) or gitlab (Code Quality report)."
    )
    var format: LintFormat = .text

    @Flag(help: "Treat warnings as errors.")
    var strict = false

    @Flag(help: "Also list the findings silenced by ignore comments, with their reasons.")
    var showIgnored = false

    @Flag(help: "Print only findings: no summary line when there are none.")
    var quiet = false

    @Argument(help: ArgumentHelp("Plan files or folders to check (default: all of plans/).", valueName: "PATH"))
    var paths: [String] = []

    func run() throws {
        let root = try CommandFailure.wrap { () throws(WorkspaceError) in try workspaceOptions.root() }
        let loader = WorkspaceLoader()
        let workspace = try CommandFailure.wrap { () throws(WorkspaceError) in
            try loader.load(root: root, only: paths.isEmpty ? nil : paths)
        }
        // Keep the workspace to the end: the optimizer would otherwise free
        // every plan after its last use, just before the process exits.
        withExtendedLifetime(workspace) { finish(Self.lintWithMortality(workspace, loader: loader, strict: strict)) }
    }

    private func finish(_ report: LintReport) -> Never {
        switch format {
        case .json: print(JSONDiagnosticRenderer.render(report))
        case .sarif: print(SARIFRenderer.render(report))
        case .github: report.diagnostics.forEach { print(GitHubRenderer.render($0)) }
        case .gitlab: print(GitLabRenderer.render(report))
        case .text: printText(report)
        }
        // Exit here, with everything still allocated: freeing thousands of
        // plans one by one only to end the process costs a tenth of a large
        // lint (measured in bench/). exit() flushes standard output.
        Foundation.exit(report.errorCount > 0 ? 1 : 0)
    }

    private func printText(_ report: LintReport) {
        let renderer = TextDiagnosticRenderer(
            sources: report.sources, style: .forOutput(fileDescriptor: 2))
        for diagnostic in report.diagnostics { printError(renderer.render(diagnostic)) }
        if showIgnored {
            for (diagnostic, reason) in report.ignored {
                printError("\(diagnostic.location): ignored: \(diagnostic.message) [\(diagnostic.rule)] — \(reason)")
            }
        }
        if !(quiet && report.diagnostics.isEmpty) {
            var summary = renderer.summary(
                errors: report.errorCount, warnings: report.warningCount, infos: report.infoCount,
                files: report.files.count)
            if !report.ignored.isEmpty {
                summary += " (\(report.ignored.count) ignored\(showIgnored ? "" : "; --show-ignored lists them"))"
            }
            printError(summary)
        }
    }
}
