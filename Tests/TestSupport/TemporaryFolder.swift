import Foundation

/// A folder in the temporary directory, removed when released, so tests
/// never write a store or a file inside the repository.
open class TemporaryFolder: @unchecked Sendable {  // its one property never changes
    public let path: String

    /// An empty folder named `prefix-UUID`.
    public init(prefix: String = "countdown-test") throws {
        path =
            FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
            .standardizedFileURL.path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// Where a workspace here keeps its tracking store by default.
    public var store: String { path + "/.countdown/tracking.sqlite" }

    public func read(_ relative: String) throws -> String {
        try String(contentsOfFile: path + "/" + relative, encoding: .utf8)
    }

    public func write(_ text: String, to relative: String) throws {
        try write(Data(text.utf8), to: relative)
    }

    public func write(_ data: Data, to relative: String) throws {
        let url = URL(fileURLWithPath: path + "/" + relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    /// Copies `items` (files or folders) from `source` into this folder, under the same names.
    public func copy(_ items: [String], from source: String) throws {
        for item in items {
            try FileManager.default.copyItem(atPath: source + "/" + item, toPath: path + "/" + item)
        }
    }
}
