import Foundation

/// The built `countdown` executable, run as a user would, with the
/// environment and time limit a test target gives every run.
public struct CountdownRunner: Sendable {
    public let executable: URL
    /// The test target's Fixtures folder, when it has one.
    public let fixtures: String
    let environment: [String: String]
    let timeout: Double?

    /// The executable beside a test target's resource bundle (SwiftPM builds both into one folder).
    public init(besideResourcesOf bundle: Bundle, environment: [String: String] = [:], timeout: Double? = nil) {
        executable = bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("countdown")
        fixtures = bundle.url(forResource: "Fixtures", withExtension: nil)?.path ?? ""
        self.environment = environment
        self.timeout = timeout
    }

    public init(executable: URL, environment: [String: String] = [:], timeout: Double? = nil) {
        self.executable = executable
        fixtures = ""
        self.environment = environment
        self.timeout = timeout
    }

    /// Runs countdown in `directory`; `environment` is laid over the target's. `prefix` runs it
    /// through another program (`setpriv …`).
    public func run(
        _ arguments: [String], in directory: String, environment: [String: String] = [:], timeout: Double? = nil,
        prefix: [String] = []
    ) throws -> Program.Result {
        try Program.run(
            prefix.first ?? executable.path,
            prefix.isEmpty ? arguments : prefix.dropFirst() + [executable.path] + arguments,
            in: directory, environment: self.environment.merging(environment) { $1 }, timeout: timeout ?? self.timeout)
    }

    /// Starts countdown in `directory` with its output thrown away, for a test that kills it.
    public func start(_ arguments: [String], in directory: String) throws -> Process {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }
}
