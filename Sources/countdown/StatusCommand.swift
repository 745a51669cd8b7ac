import ArgumentParser
import Common
import Reporting
import SystemIO
import Workbench

extension StatusFormat: ExpressibleByArgument {}

struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show every plan's status at a date: measures, milestones and countdowns.",
        discussion: """
            Each measure's latest actual on or before the date is judged against the
            value expected on that actual's date (a straight line from baseline through
            the trajectory to the target): green when on or better, amber when worse but
            within the plan's tolerance, red beyond it. A measure with no actual in the
            last reporting period plus grace_days (countdown.yaml, default 42) is stale.
            The forecast is a straight line fitted to the actuals so far. Milestones are
            done, upcoming, due soon (within due_soon_days, default 14) or overdue, and
            say when their due date moved between synced revisions. A plan's status is
            the worst of its measures and milestones (stale counts as amber).

            Examples:
              countdown status                          every plan, today
              countdown status --as-of 2010-03-31       as things stood on a date
              countdown status --board awhb --format json

            Exit codes: 0 shown (whatever the status), 1 countdown.yaml has errors, 2
            the command could not run.
            """)

    @OptionGroup var workspaceOptions: WorkspaceOptions

    @Option(
        name: .customLong("as-of"),
        help: ArgumentHelp("The date to judge at, YYYY-MM-DD (default: today).", valueName: "YYYY-MM-DD"))
    var asOf: DayArgument?

    @Option(help: ArgumentHelp("Only the plans that report to this board.", valueName: "BOARD"))
    var board: String?

    @Option(help: "Output format: text or json.")
    var format: StatusFormat = .text

    func run() throws {
        let request = StatusRequest(asOf: asOf?.day, board: board)
        let outcome = try perform { () throws(WorkbenchError) in try workspaceOptions.workbench.status(request) }
        say(outcome.messages)
        StandardOutput.write(format.render(outcome.report, colour: TerminalStyle.forOutput(fileDescriptor: 1).colour))
    }
}
