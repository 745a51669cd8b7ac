import Foundation
import Testing

/// Golden files, re-recorded deliberately with RECORD_SNAPSHOTS=1 (which
/// fails the test, so a re-recording is never silent).
public struct Snapshot: Sendable {
    public let folder: URL

    /// The Snapshots folder beside `file` (pass `#filePath`).
    public init(besideFile file: String) {
        folder = URL(fileURLWithPath: file).deletingLastPathComponent().appendingPathComponent("Snapshots")
    }

    public func assert(_ text: String, named name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation)
        throws
    {
        let url = folder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
            Issue.record(
                "re-recorded \(name): check the change, then run the tests again without RECORD_SNAPSHOTS",
                sourceLocation: sourceLocation)
            return
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            Issue.record(
                "no snapshot \(name): run the tests with RECORD_SNAPSHOTS=1 to record it",
                sourceLocation: sourceLocation)
            return
        }
        #expect(
            text == String(decoding: data, as: UTF8.self),
            "the output differs from Snapshots/\(name); RECORD_SNAPSHOTS=1 re-records it",
            sourceLocation: sourceLocation)
    }
}
