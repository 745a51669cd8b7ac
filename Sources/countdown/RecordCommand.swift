import ArgumentParser
import Workbench

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
        let request = RecordRequest(measure: measure, value: value, date: date, source: source, note: note)
        let result = try perform { () throws(WorkbenchError) in try workspaceOptions.workbench.record(request) }
        say(result.messages, quiet: outputOptions.quiet)
    }
}
