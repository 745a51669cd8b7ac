import ArgumentParser
import Foundation
import PlanLoading

/// `--workspace DIR`, shared by every command that works on a workspace.
struct WorkspaceOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp("The workspace folder (default: found from the current folder upwards).", valueName: "DIR"))
    var workspace: String?

    func root() throws(WorkspaceError) -> String {
        if let workspace { return try WorkspaceLocator.validate(workspace) }
        return try WorkspaceLocator.find(from: FileManager.default.currentDirectoryPath)
    }
}

/// Writes to standard error without buffering surprises.
func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}
