import Foundation

/// A copy of a workspace in a temporary folder, so tracking tests never
/// write a store (`.countdown/`) inside the repository.
final class WorkspaceCopy: Sendable {
    let path: String

    /// Copies the example workspace (countdown.yaml, plans/, data/) from the repository.
    static func example() throws -> WorkspaceCopy {
        let copy = try WorkspaceCopy()
        for item in ["countdown.yaml", "plans", "data"] {
            try FileManager.default.copyItem(
                atPath: CountdownProcess.repository + "/" + item, toPath: copy.path + "/" + item)
        }
        return copy
    }

    /// An empty folder; `write` fills it.
    init() throws {
        path =
            FileManager.default.temporaryDirectory
            .appendingPathComponent("countdown-cli-tracking-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    var store: String { path + "/.countdown/tracking.sqlite" }

    func write(_ text: String, to relative: String) throws {
        let url = URL(fileURLWithPath: path + "/" + relative)
        try FileManager.default.createDirectory(
            at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func read(_ relative: String) throws -> String {
        try String(contentsOfFile: path + "/" + relative, encoding: .utf8)
    }

    /// Runs countdown in this workspace.
    @discardableResult
    func run(_ arguments: [String], timeout: Double = 120) throws -> CountdownProcess.Result {
        try CountdownProcess.run(arguments, in: path, environment: ["NO_COLOR": "1"], timeout: timeout)
    }
}
