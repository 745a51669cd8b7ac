import Foundation
import TestSupport
import Testing

@testable import Reporting

/// The HTML pack rendered by a real browser: headless Chromium (Debian's
/// `chromium`, which .ci/run installs) draws it to a PNG, and dumps the
/// document after load. With CI=true a missing browser fails the test;
/// elsewhere the test is skipped.
struct ChromiumRenderTests {
    @Test(.requires("chromium"))
    func theHTMLPackRendersAndNoPlanTextRuns() throws {
        let chromium = try Tool.path("chromium", installedBy: ".ci/run installs it (apt-get install -y chromium)")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("countdown-html-\(UUID())").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let html = ReportRenderer().html(try ReportFixture.report())
        let page = folder + "/pack.html"
        try Data(html.utf8).write(to: URL(fileURLWithPath: page))
        try Data("<!DOCTYPE html><html><body></body></html>".utf8).write(
            to: URL(fileURLWithPath: folder + "/blank.html"))

        let shot = try Self.run(
            chromium, ["--screenshot=\(folder)/pack.png", "--window-size=1200,3000", "file://\(page)"])
        #expect(shot.status == 0, "chromium failed: \(shot.stderr)")
        let blank = try Self.run(
            chromium, ["--screenshot=\(folder)/blank.png", "--window-size=1200,3000", "file://\(folder)/blank.html"])
        #expect(blank.status == 0)
        let png = try #require(FileManager.default.contents(atPath: folder + "/pack.png"))
        let empty = try #require(FileManager.default.contents(atPath: folder + "/blank.png"))
        let size = try #require(Self.pngSize(png), "not a PNG")
        #expect(size.0 == 1200 && size.1 == 3000)
        // A page of text, tables and charts compresses far worse than an empty one.
        #expect(png.count > 4 * empty.count, "the pack rendered as \(png.count) bytes, an empty page as \(empty.count)")

        // The document after load: the title is text, and the script in it never ran.
        let dump = try Self.run(chromium, ["--dump-dom", "file://\(page)"])
        #expect(dump.status == 0)
        #expect(dump.stdout.contains("<h1>Delivery plans: progress report</h1>"))
        #expect(dump.stdout.contains("&lt;script&gt;document.documentElement.setAttribute("))
        #expect(dump.stdout.contains("<html lang=\"en-GB\"><head>"), "the document element changed")
        #expect(!dump.stdout.contains("data-script-ran=\"yes\""), "a script in a plan title ran")
        #expect(!dump.stdout.lowercased().contains("<script"))
    }

    static func run(_ chromium: String, _ arguments: [String]) throws -> Program.Result {
        // No sandbox: tests may run as root in a container, where Chromium's sandbox cannot start.
        try Program.run(
            chromium,
            ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run"] + arguments,
            timeout: 120)
    }

    /// Width and height from a PNG's IHDR chunk.
    static func pngSize(_ data: Data) -> (Int, Int)? {
        let bytes = [UInt8](data.prefix(24))
        guard bytes.count == 24, bytes[0..<8] == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A],
            bytes[12..<16] == [0x49, 0x48, 0x44, 0x52]
        else { return nil }
        func integer(_ offset: Int) -> Int { bytes[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) } }
        return (integer(16), integer(20))
    }
}
