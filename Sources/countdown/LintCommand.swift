import ArgumentParser
import Common
import Foundation
import PlanLint
import SystemIO
import Workbench

extension LintFormat: ExpressibleByArgument {}

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
        let request = LintRequest(paths: paths, strict: strict)
        let result = try perform { () throws(WorkbenchError) in try workspaceOptions.workbench.lint(request) }
        let output = format.render(
            result.report,
            text: LintFormat.TextOptions(
                colour: TerminalStyle.forOutput(fileDescriptor: 2).colour, showIgnored: showIgnored, quiet: quiet))
        if format.isForPeople {
            FileHandle.standardError.write(Data(output.utf8))
        } else {
            print(output, terminator: "")
        }
        // Exit here, with everything still allocated: freeing thousands of plans
        // one by one only to end the process is wasted work. exit() flushes standard output.
        withExtendedLifetime(result) { Foundation.exit(result.report.errorCount > 0 ? 1 : 0) }
    }
}
