import ArgumentParser
import Foundation
import Workbench

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Start a new workspace: countdown.yaml with comments, plans/, exports/ and a .gitignore.",
        discussion: """
            Examples:
              countdown init                       in the current folder
              countdown init salford --area Salford
            Then: edit countdown.yaml, and write a plan with countdown new PLAN-ID --contributor C.
            """)

    @Argument(help: ArgumentHelp("The folder for the workspace (default: the current folder).", valueName: "DIR"))
    var directory: String = "."

    @Option(help: "The area's name, as reports show it (default: the folder's name).")
    var area: String?

    @OptionGroup var outputOptions: OutputOptions

    func run() throws {
        let request = InitRequest(folder: URL(fileURLWithPath: directory).standardizedFileURL.path, area: area)
        let messages = try perform { () throws(WorkbenchError) in
            // No workspace yet: only today is needed.
            try Workbench(
                selection: WorkspaceSelection(folder: nil, searchFrom: directory), user: WorkspaceOptions.user,
                today: WorkspaceOptions.today()
            ).initialise(request)
        }
        say(messages, quiet: outputOptions.quiet)
    }
}

struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Write a plan skeleton in plans/, with a TODO wherever the plan needs its own words.",
        discussion: """
            Examples:
              countdown new tobacco-control --contributor tobacco-control
              countdown new winter-deaths --contributor seasonal-excess-deaths --title "Seasonal excess deaths"
            Then fill in the TODOs; countdown lint lists the ones left.
            """)

    @OptionGroup var workspaceOptions: WorkspaceOptions
    @OptionGroup var outputOptions: OutputOptions

    @Argument(help: "The plan's id: lower-case letters, digits and '-', e.g. tobacco-control.")
    var planID: String

    @Option(
        help: "The contributor to the gap the plan addresses, e.g. tobacco-control (countdown new --help lists them).")
    var contributor: String

    @Option(help: "The plan's title (default: a TODO to fill in).")
    var title: String?

    func run() throws {
        let request = NewPlanRequest(planID: planID, contributor: contributor, title: title)
        let messages = try perform { () throws(WorkbenchError) in try workspaceOptions.workbench.newPlan(request) }
        say(messages, quiet: outputOptions.quiet)
    }
}
