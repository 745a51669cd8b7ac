import ArgumentParser
import Foundation
import Progress
import Tracking

struct RecordCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "record",
        abstract: "Record an actual value of a measure at a date.",
        discussion: """
            A measure is the plan's outcome or one of its objectives, named
            PLAN/MEASURE. The date is the day the value applies to (the end of the
            quarter it covers, say), within the plan's period. Recording a second value
            for the same measure and date supersedes the first, which stays in the
            history (countdown history PLAN/MEASURE). Recording the same value again
            changes nothing.

            Examples:
              countdown record tobacco-control/smoking-prevalence 27.9 --date 2009-12-31
              countdown record tobacco-control/rm-quitters 1710 --date 2009-12-31 \\
                  --source "Stop smoking service return" --note "Q3 cumulative"

            A negative value goes after --, with the options before it:
              countdown record --date 2009-12-31 cancer/net-change -- -3.5

            Exit codes: 0 recorded, 1 the measure, value or date is wrong, 2 the command
            could not run.
            """)

    @OptionGroup var workspaceOptions: WorkspaceOptions
    @OptionGroup var outputOptions: OutputOptions

    @Argument(help: ArgumentHelp("The measure, as PLAN/MEASURE.", valueName: "PLAN/MEASURE"))
    var measure: String

    @Argument(help: ArgumentHelp("The value, a plain number in the measure's unit (1710, 25.9).", valueName: "VALUE"))
    var value: String

    @Option(help: ArgumentHelp("The day the value applies to, YYYY-MM-DD.", valueName: "YYYY-MM-DD"))
    var date: String

    @Option(help: "Where the value comes from (a survey, a return, a system).")
    var source: String?

    @Option(help: "A note kept with the value.")
    var note: String?

    func run() throws {
        let workspace = try TrackingWorkspace(workspaceOptions)
        let entry: ActualEntry
        do {
            entry = try workspace.catalog.actual(
                address: measure, date: date, value: value, source: source, note: note)
        } catch {
            workspace.warnAboutSkippedPlans()
            throw fail(error)
        }
        let store = try workspace.openStore()
        let outcome = try CommandFailure.wrapStore { () throws(StoreError) in
            try store.record(entry, provenance: Provenance(recordedBy: workspace.recordedBy, origin: "record"))
        }
        let unit = workspace.catalog.plan(entry.planID)?.measures.first { $0.id == entry.measureID }?.unit ?? ""
        let shown = StatusTextRenderer.quantity(entry.value, unit: unit)
        switch outcome {
        case .added(let record):
            printNote("Recorded \(entry.address) = \(shown) on \(entry.date) (#\(record.id ?? 0)).")
        case .superseded(let old, let new):
            let was = StatusTextRenderer.quantity(old.value, unit: unit)
            printNote(
                "Recorded \(entry.address) = \(shown) on \(entry.date) (#\(new.id ?? 0)), superseding \(was) "
                    + "(#\(old.id ?? 0), kept in the history).")
        case .unchanged(let record):
            printNote("Unchanged: \(entry.address) is already \(shown) on \(entry.date) (#\(record.id ?? 0)).")
        }
    }
}
