import Foundation

/// Runs the built `countdown` executable, as a user would (the same helper
/// as CountdownCLITests', which is not importable from another test target).
struct CountdownProcess {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The executable sits beside this test target's resource bundle.
    static let executable = Bundle.module.bundleURL.deletingLastPathComponent().appendingPathComponent("countdown")
    static let fixtures = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.path
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    static func run(_ arguments: [String], in directory: String, timeout: Double = 30) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        process.environment = ProcessInfo.processInfo.environment.merging(["NO_COLOR": "1"]) { $1 }
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        // Read both pipes while the process runs, so a full pipe cannot block it.
        let group = DispatchGroup()
        nonisolated(unsafe) var outData = Data()
        nonisolated(unsafe) var errData = Data()
        DispatchQueue.global().async(group: group) { outData = output.fileHandleForReading.readDataToEndOfFile() }
        DispatchQueue.global().async(group: group) { errData = error.fileHandleForReading.readDataToEndOfFile() }
        if group.wait(timeout: .now() + timeout) == .timedOut {
            process.terminate()
            throw TimedOut(arguments: arguments)
        }
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }

    struct TimedOut: Error {
        var arguments: [String]
    }

    /// A copy of the fixture workspace with the repository's mortality data,
    /// in a temporary folder; `edit` may change countdown.yaml first.
    static func workspace(editingConfig edit: (String) -> String = { $0 }) throws -> String {
        let root = FileManager.default.temporaryDirectory
            .appendingPathComponent("countdown-le-\(UUID().uuidString)").path
        try FileManager.default.copyItem(atPath: fixtures + "/workspace", toPath: root)
        try FileManager.default.copyItem(
            atPath: repository + "/data/mortality-2005-07.csv", toPath: root + "/mortality.csv")
        let config = try String(contentsOfFile: root + "/countdown.yaml", encoding: .utf8)
        try edit(config).write(toFile: root + "/countdown.yaml", atomically: true, encoding: .utf8)
        return root
    }

    /// An empty temporary folder: outside any workspace.
    static func emptyFolder() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("countdown-le-\(UUID().uuidString)")
            .path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }
}
