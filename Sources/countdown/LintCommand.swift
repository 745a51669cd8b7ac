import ArgumentParser
import Foundation
import PlanLint
import PlanLoading

enum LintFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

struct LintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check the workspace's plans and report every problem at once.",
        discussion: """
            Examples:
              countdown lint                          check countdown.yaml and every plan
              countdown lint plans/tobacco.yaml       check one plan (with the workspace for context)
              countdown lint --format json            findings as JSON on standard output

            Text findings go to standard error; JSON goes to standard output.
            Exit codes: 0 no errors (warnings allowed), 1 errors found, 2 the command could not run.
            """)

    @OptionGroup var workspaceOptions: WorkspaceOptions

    @Option(help: "Output format: text or json.")
    var format: LintFormat = .text

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
        let report = Linter().lint(workspace)
        switch format {
        case .json:
            print(JSONDiagnosticRenderer.render(report))
        case .text:
            let renderer = TextDiagnosticRenderer(
                sources: report.sources, style: TextStyle(colour: Terminal.wantsColour(fileDescriptor: 2)))
            for diagnostic in report.diagnostics { printError(renderer.render(diagnostic)) }
            if !(quiet && report.diagnostics.isEmpty) {
                printError(
                    renderer.summary(
                        errors: report.errorCount, warnings: report.warningCount, files: report.files.count))
            }
        }
        if report.errorCount > 0 { throw ExitCode(1) }
    }
}
