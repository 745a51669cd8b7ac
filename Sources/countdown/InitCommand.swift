import ArgumentParser
import Common
import Foundation
import PlanLint
import PlanLoading
import PlanModel
import SystemIO

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
        let folder = URL(fileURLWithPath: directory).standardizedFileURL
        let config = folder.appendingPathComponent(WorkspaceLocator.configFileName)
        guard !FileManager.default.fileExists(atPath: config.path) else {
            throw CommandFailure(message: "\(config.path) already exists; countdown init never overwrites a workspace")
        }
        let name = area ?? folder.lastPathComponent.capitalized
        let id = PlanIdentifier.suggested(for: name) ?? "my-area"
        do {
            for sub in ["plans", "exports"] {
                try FileManager.default.createDirectory(
                    at: folder.appendingPathComponent(sub), withIntermediateDirectories: true)
            }
            try write(Scaffold.workspaceConfig(areaID: id, areaName: name, today: StatusCommand.today()), to: config)
            let gitignore = folder.appendingPathComponent(".gitignore")
            if !FileManager.default.fileExists(atPath: gitignore.path) {
                try write(Scaffold.gitignore, to: gitignore)
            }
        } catch {
            throw CommandFailure(message: "cannot write the workspace in \(folder.path): \(error.localizedDescription)")
        }
        printNote("created \(config.path), plans/ and exports/")
        printNote("next: edit countdown.yaml, then: countdown new PLAN-ID --contributor CONTRIBUTOR")
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
        guard PlanIdentifier.isValid(planID) else {
            let suggestion = PlanIdentifier.suggested(for: planID).map { ", such as '\($0)'" } ?? ""
            throw CommandFailure(
                message: "'\(planID)' is not a valid plan id: use lower-case letters, digits and '-'\(suggestion)")
        }
        let root = try CommandFailure.wrap { () throws(WorkspaceError) in try workspaceOptions.root() }
        let loaded = try CommandFailure.wrap { () throws(WorkspaceError) in
            try WorkspaceLoader().load(root: root, only: [])
        }
        guard let config = loaded.config else {
            throw CommandFailure(message: "countdown.yaml has errors; run countdown lint and fix them first")
        }
        guard let chosen = config.contributor(contributor) else {
            let ids = config.contributors.map(\.id)
            let suggestion = Suggestion.hint(Suggestion.closest(to: contributor, in: ids))
            throw CommandFailure(
                message: "unknown contributor '\(contributor)'\(suggestion); use one of: \(ids.joined(separator: ", "))"
            )
        }
        let file = URL(fileURLWithPath: root).appendingPathComponent("plans/\(planID).yaml")
        guard !FileManager.default.fileExists(atPath: file.path) else {
            throw CommandFailure(message: "\(file.path) already exists; countdown new never overwrites a plan")
        }
        do {
            try FileManager.default.createDirectory(
                at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try write(Scaffold.plan(id: planID, title: title, contributor: chosen, workspace: config), to: file)
        } catch {
            throw CommandFailure(message: "cannot write \(file.path): \(error.localizedDescription)")
        }
        printNote("created \(WorkspaceLoader().displayPath(file.path)); fill in the TODOs, then: countdown lint")
    }
}

/// Written whole to a temporary file and renamed into place, so a crash never
/// leaves half a file.
func write(_ text: String, to url: URL) throws {
    try AtomicFileWriter.write(Data(text.utf8), to: url.path)
}
