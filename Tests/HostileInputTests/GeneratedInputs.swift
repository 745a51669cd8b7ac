import Foundation

/// The corpus cases made at test time: files too big to commit (100 MB),
/// nesting 20,000 levels deep, alias bombs, and paths that are not files
/// (a folder, links, a named pipe, a device, a file nobody may read).
enum GeneratedInputs {
    enum Outcome {
        case made
        /// The case cannot be set up here (the reason is printed).
        case skipped(String)
    }

    /// Makes `path` for `generator`.
    static func make(_ generator: String, at path: String) throws -> Outcome {
        let manager = FileManager.default
        switch generator {
        case "deep-flow-sequence-20000":
            try write("a: " + String(repeating: "[", count: 20_000) + String(repeating: "]", count: 20_000), path)
        case "deep-flow-mapping-20000":
            try write("a: " + String(repeating: "{b: ", count: 20_000) + String(repeating: "}", count: 20_000), path)
        case "deep-block-sequence-20000":
            try write("a:\n" + String(repeating: "- ", count: 20_000) + "x\n", path)
        case "deep-mixed-flow-20000":
            try write("a: " + String(repeating: "[{b: ", count: 10_000) + String(repeating: "}]", count: 10_000), path)
        case "alias-bomb-mappings":
            // Ten keys a level, nine levels: 10^9 values if expanded.
            var text = "a: &a {" + (0..<10).map { "k\($0): 1" }.joined(separator: ", ") + "}\n"
            for (name, previous) in zip("bcdefghij", "abcdefghi") {
                text += "\(name): &\(name) {" + (0..<10).map { "k\($0): *\(previous)" }.joined(separator: ", ") + "}\n"
            }
            try write(text, path)
        case "alias-bomb-wide":
            // One list of 1,000 values, named 200 times: 200,000 values.
            try write(
                "a: &a [" + Array(repeating: "x", count: 1000).joined(separator: ", ") + "]\nb: ["
                    + Array(repeating: "*a", count: 200).joined(separator: ", ") + "]\n", path)
        case "file-100mb":
            try writeRepeated("# a plan file grown out of all proportion\n", toBytes: 100 * 1_048_576, path)
        case "file-just-under-limit":
            // A valid plan whose summary makes the file 15.5 MB, under the 16 MB limit: it is read in full.
            let plan = try String(contentsOfFile: Paths.basePlan, encoding: .utf8)
            let summary = "summary: \"" + String(repeating: "Reduce smoking. ", count: 1_015_808) + "\"\n"
            try write(plan.replacingOccurrences(of: "summary: 1.10\n", with: summary), path)
        case "folder-as-plan", "csv-folder":
            try manager.createDirectory(atPath: path, withIntermediateDirectories: true)
        case "unreadable-plan":
            try write(String(contentsOfFile: Paths.basePlan, encoding: .utf8), path)
            try manager.setAttributes([.posixPermissions: 0], ofItemAtPath: path)
        case "symlink-loop":
            try manager.createSymbolicLink(
                atPath: path, withDestinationPath: URL(fileURLWithPath: path).lastPathComponent)
        case "dangling-symlink":
            try manager.createSymbolicLink(atPath: path, withDestinationPath: "no-such-plan.yaml")
        case "named-pipe", "csv-named-pipe":
            guard mkfifo(path, 0o644) == 0 else {
                return .skipped("mkfifo failed: \(String(cString: strerror(errno)))")
            }
        case "device-link":
            try manager.createSymbolicLink(atPath: path, withDestinationPath: "/dev/zero")
        case "symlink-outside-workspace":
            try manager.createSymbolicLink(atPath: path, withDestinationPath: "/etc/passwd")
        case "csv-missing":
            break
        default:
            throw UnknownGenerator(name: generator)
        }
        return .made
    }

    struct UnknownGenerator: Error {
        var name: String
    }

    static func write(_ text: String, _ path: String) throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    static func writeRepeated(_ line: String, toBytes total: Int, _ path: String) throws {
        let chunk = Data(String(repeating: line, count: 1_048_576 / line.utf8.count + 1).utf8.prefix(1_048_576))
        _ = FileManager.default.createFile(atPath: path, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        defer { try? handle.close() }
        for _ in 0..<(total / chunk.count) { try handle.write(contentsOf: chunk) }
    }
}
