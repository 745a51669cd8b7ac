import Foundation

/// Where things are: this target's corpus, the other targets' fixtures it
/// reuses (named by path from Tests/), and the built executable.
enum Paths {
    static let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().path
    static let corpus = tests + "/HostileInputTests/Corpus"
    /// The loader's fixture workspace: organisations pct and council, board hwb.
    static let baseWorkspace = tests + "/PlanLoadingTests/Fixtures/workspace"
    static let basePlan = baseWorkspace + "/plans/valid.yaml"
    /// The executable sits beside the test bundle.
    static let executable = URL(fileURLWithPath: Bundle.main.bundlePath).appendingPathComponent("countdown").path
    static var isRoot: Bool { geteuid() == 0 }
}

/// A workspace in a temporary folder: the loader's fixture countdown.yaml and
/// an empty plans/ folder, removed when released.
final class TemporaryWorkspace: Sendable {
    let path: String

    init(config: String = Paths.baseWorkspace + "/countdown.yaml") throws {
        path =
            FileManager.default.temporaryDirectory.appendingPathComponent("countdown-hostile-\(UUID().uuidString)")
            .path
        try FileManager.default.createDirectory(atPath: path + "/plans", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: config, toPath: path + "/countdown.yaml")
    }

    deinit {
        // A test may leave a file unreadable or a folder unlistable.
        _ = try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path + "/plans")
        try? FileManager.default.removeItem(atPath: path)
    }

    func write(_ text: String, to relative: String) throws {
        try write(Data(text.utf8), to: relative)
    }

    func write(_ data: Data, to relative: String) throws {
        let url = URL(fileURLWithPath: path + "/" + relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    /// Runs countdown here, as a user would.
    func run(_ arguments: [String], timeout: Double = 60, prefix: [String] = []) throws -> CountdownRun {
        try CountdownRun(arguments, in: path, timeout: timeout, prefix: prefix)
    }
}

/// One run of the built `countdown`: its exit status, output and time.
struct CountdownRun {
    var status: Int32
    var stdout: String
    var stderr: String
    var seconds: Double

    struct TimedOut: Error, CustomStringConvertible {
        var arguments: [String]
        var description: String { "countdown \(arguments.joined(separator: " ")) did not finish" }
    }

    /// `prefix` runs countdown through another program (`setpriv …`).
    init(_ arguments: [String], in directory: String, timeout: Double, prefix: [String] = []) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: prefix.first ?? Paths.executable)
        process.arguments = prefix.isEmpty ? arguments : Array(prefix.dropFirst()) + [Paths.executable] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        process.environment = ProcessInfo.processInfo.environment.merging(["NO_COLOR": "1"]) { $1 }
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        let start = Date()
        try process.run()
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
        status = process.terminationStatus
        stdout = String(decoding: outData, as: UTF8.self)
        stderr = String(decoding: errData, as: UTF8.self)
        seconds = Date().timeIntervalSince(start)
    }
}
