import Foundation
import TestSupport

/// A copy of a workspace in a temporary folder, so tracking tests never
/// write a store (`.countdown/`) inside the repository.
final class WorkspaceCopy: TemporaryFolder, @unchecked Sendable {
    /// Copies the example workspace (countdown.yaml, plans/, data/) from the repository.
    static func example() throws -> WorkspaceCopy {
        let copy = try WorkspaceCopy()
        try copy.copy(["countdown.yaml", "plans", "data"], from: SourceTree.root)
        return copy
    }

    /// An empty folder; `write` fills it.
    init() throws { try super.init(prefix: "countdown-cli-tracking") }

    /// Runs countdown in this workspace.
    @discardableResult
    func run(_ arguments: [String], timeout: Double = 120) throws -> Program.Result {
        try countdown.run(arguments, in: path, environment: ["NO_COLOR": "1"], timeout: timeout)
    }
}
