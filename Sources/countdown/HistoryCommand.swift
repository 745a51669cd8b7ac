import ArgumentParser
import Reporting
import Workbench

extension HistoryFormat: ExpressibleByArgument {}

struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "Show everything ever recorded for a measure or a milestone, or a plan's revisions.",
        discussion: """
            Nothing recorded is ever erased: a correction supersedes an entry, and both
            are listed, each with when it was recorded, by whom, from where (record,
            done, or the import file and line), and what superseded it. For a milestone,
            its due date in each synced revision is listed too.

            Examples:
              countdown history tobacco-control/smoking-prevalence    a measure's values
              countdown history tobacco-control/pharmacy-les          a milestone's completions and due dates
              countdown history tobacco-control                       the plan's synced revisions
              countdown history tobacco-control/rm-quitters --format json

            Exit codes: 0 shown, 1 no such plan, measure or milestone, 2 the command
            could not run.
            """)

    @OptionGroup var workspaceOptions: WorkspaceOptions

    @Argument(help: ArgumentHelp("PLAN/MEASURE, PLAN/MILESTONE or PLAN.", valueName: "ADDRESS"))
    var address: String

    @Option(help: "Output format: text or json.")
    var format: HistoryFormat = .text

    func run() throws {
        let report = try perform { () throws(WorkbenchError) in try workspaceOptions.workbench.history(of: address) }
        print(format.render(report), terminator: "")
    }
}
