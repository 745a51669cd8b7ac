import ArgumentParser
import Common
import Foundation
import PlanModel
import Progress
import SystemIO
import Tracking

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
    var format: DataFormat = .text

    func run() throws {
        let workspace = try TrackingWorkspace(workspaceOptions)
        workspace.warnAboutSkippedPlans()
        var plans = workspace.loaded.plans
        if let board {
            guard workspace.config.board(board) != nil else {
                let ids = workspace.config.boards.map(\.id)
                let suggestion = Suggestion.closest(to: board, in: ids)
                throw CommandFailure(
                    message: "there is no board '\(board)'"
                        + (suggestion == nil
                            ? "; the boards are: " + ids.joined(separator: ", ") : Suggestion.hint(suggestion)))
            }
            plans = plans.filter { $0.board == board }
        }
        let store = try workspace.openStoreIfPresent()
        let rules = StatusRules(asOf: asOf?.day ?? Self.today(), workspace: workspace.config)
        // The evidence (every current actual: a million at national scale) is
        // let go as soon as the plans are judged, before the report is written.
        let report = try CommandFailure.wrapStore { () throws(StoreError) in
            let evidence = try store?.evidence(for: plans.map(\.id)) ?? [:]
            return StatusJudge(rules: rules).report(plans: plans, workspace: workspace.config, evidence: evidence)
        }
        switch format {
        case .text:
            print(
                StatusTextRenderer(colour: TerminalStyle.forOutput(fileDescriptor: 1).colour).render(report),
                terminator: "")
        case .json:
            StandardOutput.write(StatusJSONRenderer.bytes(report))
            StandardOutput.write([0x0A])
        }
    }

    /// Today in the local time zone: the only place countdown reads the clock
    /// for a judgement, and only when --as-of is not given.
    static func today() -> Day {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return Day(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1) ?? Day(daysSinceEpoch: 0)
    }
}
