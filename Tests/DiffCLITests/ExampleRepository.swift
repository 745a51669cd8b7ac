import Foundation

/// A git repository in a temporary folder holding a copy of the example
/// workspace (countdown.yaml, plans/, data/), committed on main.
final class ExampleRepository: Sendable {
    let path: String

    init() throws {
        path =
            FileManager.default.temporaryDirectory
            .appendingPathComponent("countdown-diff-cli-\(UUID().uuidString)").standardizedFileURL.path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        for item in ["countdown.yaml", "plans", "data"] {
            try FileManager.default.copyItem(
                atPath: CountdownProcess.repository + "/" + item, toPath: path + "/" + item)
        }
        try git("init", "-q", "-b", "main")
        try commit("The example workspace")
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// Replaces the `occurrence`-th (from 1) appearance of `old` in a file.
    func edit(_ relative: String, _ old: String, _ new: String, occurrence: Int = 1) throws {
        let file = path + "/" + relative
        let text = try String(contentsOfFile: file, encoding: .utf8)
        var parts = text.components(separatedBy: old)
        guard parts.count > occurrence else { throw EditFailed(file: relative, text: old) }
        let head = parts[0..<occurrence].joined(separator: old)
        parts.removeFirst(occurrence)
        try Data((head + new + parts.joined(separator: old)).utf8).write(to: URL(fileURLWithPath: file))
    }

    func copy(_ source: String, to relative: String) throws {
        try FileManager.default.copyItem(atPath: source, toPath: path + "/" + relative)
    }

    func commit(_ message: String) throws {
        try git("add", "-A")
        try git(
            "-c", "user.name=Test", "-c", "user.email=test@example.org", "-c", "commit.gpgsign=false", "commit", "-q",
            "--allow-empty", "-m", message)
    }

    @discardableResult
    func git(_ arguments: String...) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", path] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw GitFailed(arguments: arguments) }
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func countdown(_ arguments: String..., environment: [String: String] = [:]) throws -> CountdownProcess.Result {
        try CountdownProcess.run(arguments, in: path, environment: environment)
    }

    /// Two milestones of the tobacco plan slipped and a quitters target lowered, committed.
    func commitSlipsAndLoweredTarget() throws {
        let plan = "plans/tobacco-control.yaml"
        try edit(plan, "due: 2009-06-30", "due: 2009-09-30")
        try edit(plan, "due: 2010-06-30", "due: 2010-12-31")
        try edit(plan, "target: { date: 2011-03-31, value: 3400 }", "target: { date: 2011-03-31, value: 3000 }")
        try commit("Slip the pharmacy contract and the quit-rate audit; lower the quitters target")
    }

    struct EditFailed: Error {
        var file: String
        var text: String
    }

    struct GitFailed: Error {
        var arguments: [String]
    }
}
