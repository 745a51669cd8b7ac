import Foundation

/// Runs a program (countdown, git, python, a validator, a browser) and
/// captures what it writes: the one process runner of the tests.
public enum Program {
    /// One run: its exit status, its output and how long it took.
    public struct Result: Sendable {
        public var status: Int32
        public var stdout: String
        public var stderr: String
        public var seconds: Double
    }

    public struct TimedOut: Error, CustomStringConvertible {
        public var executable: String
        public var arguments: [String]
        public var description: String {
            "\((executable as NSString).lastPathComponent) \(arguments.joined(separator: " ")) did not finish"
        }
    }

    /// Runs `executable` to its end; `environment` is laid over this process's own. With a
    /// `timeout` (seconds), a run still going then is terminated and `TimedOut` thrown.
    public static func run(
        _ executable: String, _ arguments: [String], in directory: String? = nil,
        environment: [String: String] = [:], timeout: Double? = nil
    ) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        let start = Date()
        try process.run()
        // Read both pipes while the process runs, so a full pipe cannot block it.
        let group = DispatchGroup()
        nonisolated(unsafe) var outData = Data()
        nonisolated(unsafe) var errData = Data()
        DispatchQueue.global().async(group: group) { outData = output.fileHandleForReading.readDataToEndOfFile() }
        DispatchQueue.global().async(group: group) { errData = error.fileHandleForReading.readDataToEndOfFile() }
        if group.wait(timeout: timeout.map { .now() + $0 } ?? .distantFuture) == .timedOut {
            process.terminate()
            throw TimedOut(executable: executable, arguments: arguments)
        }
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self), seconds: Date().timeIntervalSince(start))
    }

    /// Where `name` is on PATH, if it is installed.
    public static func find(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        return path.split(separator: ":").map { "\($0)/\(name)" }.first {
            FileManager.default.isExecutableFile(atPath: $0)
        }
    }
}
