import Foundation

/// The one way countdown runs git: `git -C FOLDER ARGUMENTS` through
/// `/usr/bin/env` (the installed git understands the repository's own
/// settings), never prompting, in the C locale so that messages can be read.
///
/// Foundation's `Process` rather than swift-subprocess: its API is async
/// only, and every caller (loading a revision, syncing) is synchronous.
public struct GitRunner: Sendable {
    /// Why a git run gave no output.
    public enum Failure: Error, Sendable, Equatable {
        /// git could not be started (not installed, or not on PATH).
        case notInstalled
        /// git ran and exited with `status`; `message` is its standard error, trimmed.
        case failed(status: Int32, message: String)
    }

    /// The folder git runs in.
    public let folder: String

    public init(folder: String) {
        self.folder = folder
    }

    /// git's standard output; `input`, when given, is its standard input.
    public func run(_ arguments: [String], input: Data? = nil) throws(Failure) -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", folder] + arguments
        var environment = ProcessInfo.processInfo.environment
        environment["GIT_TERMINAL_PROMPT"] = "0"
        environment["LC_ALL"] = "C"
        process.environment = environment
        let output = Pipe()
        let errors = Pipe()
        let feed = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = input == nil ? FileHandle.nullDevice : feed
        do {
            try process.run()
        } catch {
            throw .notInstalled
        }
        if let input {
            // Written from another thread, so that git's output cannot fill its pipe while we write.
            let writer = feed.fileHandleForWriting
            DispatchQueue.global().async {
                writer.write(input)
                try? writer.close()
            }
        }
        let errorReader = errors.fileHandleForReading
        let group = DispatchGroup()
        nonisolated(unsafe) var errorData = Data()
        DispatchQueue.global().async(group: group) { errorData = errorReader.readDataToEndOfFile() }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        if process.terminationReason == .exit && process.terminationStatus == 127 { throw .notInstalled }
        guard process.terminationStatus == 0 else {
            let message = String(decoding: errorData, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            throw .failed(status: process.terminationStatus, message: message)
        }
        return data
    }

    /// git's standard output as text, trimmed unless asked not to; nil when git fails.
    public func text(_ arguments: [String], trim: Bool = true) -> String? {
        guard let data = try? run(arguments) else { return nil }
        let text = String(decoding: data, as: UTF8.self)
        return trim ? text.trimmingCharacters(in: .whitespacesAndNewlines) : text
    }
}
