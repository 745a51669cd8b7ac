import ArgumentParser
import Workbench

struct DoneCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "done",
        abstract: "Record a milestone as done.",
        discussion: """
            A milestone is named PLAN/MILESTONE; the date is the day it was done, within
            the plan's period. A milestone already done is an error; --correct records a
            new date or note that supersedes the old one, which stays in the history
            (countdown history PLAN/MILESTONE).

            Examples:
              countdown done tobacco-control/pharmacy-les --date 2009-07-14
              countdown done tobacco-control/pharmacy-les --date 2009-07-14 --note "Signed with 68 of 70"
              countdown done tobacco-control/pharmacy-les --date 2009-07-21 --correct

            Exit codes: 0 recorded, 1 the milestone or date is wrong or it is already
            done, 2 the command could not run.
            """)

    @OptionGroup var workspaceOptions: WorkspaceOptions
    @OptionGroup var outputOptions: OutputOptions

    @Argument(help: ArgumentHelp("The milestone, as PLAN/MILESTONE.", valueName: "PLAN/MILESTONE"))
    var milestone: String

    @Option(help: ArgumentHelp("The day it was done, YYYY-MM-DD.", valueName: "YYYY-MM-DD"))
    var date: String

    @Option(help: "A note kept with the completion.")
    var note: String?

    @Flag(help: "Replace the recorded completion of a milestone already done (the old one is kept in the history).")
    var correct = false

    func run() throws {
        let request = DoneRequest(milestone: milestone, date: date, note: note, correcting: correct)
        let result = try perform { () throws(WorkbenchError) in try workspaceOptions.workbench.done(request) }
        say(result.messages, quiet: outputOptions.quiet)
    }
}
