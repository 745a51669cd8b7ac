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

/// How output should look on this terminal.
enum Terminal {
    /// Colour only on a terminal, and never when NO_COLOR is set (no-color.org).
    static func wantsColour(fileDescriptor: Int32) -> Bool {
        let noColour = ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        return !noColour && isatty(fileDescriptor) == 1
    }
}

/// Writes to standard error without buffering surprises.
func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}
