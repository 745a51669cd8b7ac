import Foundation
import TestSupport
import Testing

/// The user guide's pictures are made by scripts/guide_pictures.py from the
/// example workspace, not by hand: the script runs and writes every picture
/// the guide shows.
@Suite(.serialized)
struct GuideTests {
    static let guide = SourceTree.root + "/docs/guide.md"

    /// The pictures docs/guide.md shows, from its `![…](pictures/NAME.png)` links.
    static func picturesInGuide() throws -> [String] {
        let text = try String(contentsOfFile: guide, encoding: .utf8)
        return text.split(separator: "\n").compactMap { line in
            guard let start = line.range(of: "](pictures/"), let end = line.range(of: ".png)") else { return nil }
            return String(line[start.upperBound..<end.lowerBound]) + ".png"
        }
    }

    @Test func everyPictureInTheGuideIsCommitted() throws {
        let pictures = try Self.picturesInGuide()
        #expect(pictures.count == 3)
        for picture in pictures {
            #expect(FileManager.default.fileExists(atPath: SourceTree.root + "/docs/pictures/" + picture))
        }
    }

    @Test(.requires("chromium", "python3"))
    func theScriptMakesEveryPictureTheGuideShows() throws {
        _ = try Tool.path("chromium", installedBy: ".ci/run installs it (apt-get install chromium)")
        let python = try Tool.path("python3", installedBy: "the Debian package python3")
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("countdown-guide-\(getpid())")
        defer { try? FileManager.default.removeItem(at: out) }
        let result = try Program.run(
            python,
            [
                SourceTree.root + "/scripts/guide_pictures.py", "--countdown",
                countdown.executable.path, "--out", out.path,
            ])
        #expect(result.status == 0, Comment(rawValue: result.stderr))
        for picture in try Self.picturesInGuide() {
            let data = try Data(contentsOf: out.appendingPathComponent(picture))
            #expect(data.starts(with: [0x89, 0x50, 0x4E, 0x47]))  // a PNG
            #expect(data.count > 5_000)  // and not an empty page
        }
    }
}
