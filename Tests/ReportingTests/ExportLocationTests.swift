import Foundation
import Testing

@testable import Reporting

/// No board id can put a file outside the exports folder.
struct ExportLocationTests {
    static let hostile = [
        "..", "../..", "../../etc", "/etc/passwd", "a/../../b", ".hidden", "", ".", "~root", "a\u{0}b", "évaluation",
        "C:\\Windows", String(repeating: "x", count: 300), "%2e%2e",
    ]

    @Test(arguments: hostile)
    func aHostileBoardIdStaysInsideTheExportsFolder(_ board: String) throws {
        let exports = "/tmp/countdown-exports"
        let folder = try #require(
            ExportLocation.folder(exports: exports, board: board, asOf: ReportFixture.asOf))
        #expect(folder.hasPrefix(exports + "/"))
        let relative = folder.dropFirst(exports.count + 1)
        let parts = relative.split(separator: "/")
        #expect(parts.count == 2, "\(folder) is not EXPORTS/BOARD/DATE")
        #expect(parts.last == "2010-03-31")
        #expect(parts.first.map { !$0.hasPrefix(".") && $0.count <= 100 } == true)
        let stem = ExportLocation.fileStem(board: board, asOf: ReportFixture.asOf)
        #expect(!stem.contains("/") && !stem.hasPrefix("."))
    }

    @Test func ordinaryIdsAreKeptAsTheyAre() {
        #expect(ExportLocation.component("awhb") == "awhb")
        #expect(ExportLocation.component("children-board_2") == "children-board_2")
        #expect(ExportLocation.component("a/b") == "a%2Fb")
        #expect(ExportLocation.component("") == "board")
    }

    @Test func twoLongIdsDoNotCollide() {
        let a = String(repeating: "x", count: 200) + "a"
        let b = String(repeating: "x", count: 200) + "b"
        #expect(ExportLocation.component(a) != ExportLocation.component(b))
    }

    @Test func packFilesAreWrittenWholeAndNothingElseIsLeft() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("countdown-pack-\(UUID())").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let hashes = try PackWriter.write(
            [RenderedFile(name: "a.md", text: "one"), RenderedFile(name: "b.csv", text: "two")], into: folder)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == ["a.md", "b.csv"])
        #expect(hashes["a.md"] == "7692c3ad3540bb803c020b3aee66cd8887123234ea0c6e7143c0add73ff431ed")
        #expect(throws: PackWriter.WriteError.self) {
            try PackWriter.write([RenderedFile(name: "../escape.md", text: "x")], into: folder)
        }
    }
}
