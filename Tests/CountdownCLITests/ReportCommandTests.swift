import Foundation
import TestSupport
import Testing
import Tracking

/// `countdown report` as a user runs it, and the example packs kept in the
/// repository's exports/.
@Suite(.serialized)
struct ReportCommandTests {
    static let exports = SourceTree.root + "/exports"
    static let asOf = "2010-03-31"
    /// The example's boards: only their folders are compared (exports/ may hold other things,
    /// such as `countdown export`'s progress/).
    static let boards = ["awhb", "children-board"]

    /// The repository's exports/ holds the example workspace's packs at
    /// 2010-03-31, made by the README's command: sync, import the sample
    /// progress, report. This test makes them again in a copy and fails when
    /// any file differs, is missing or is left over. RECORD_SNAPSHOTS=1
    /// rewrites exports/ (and fails, so that it is never silent).
    @Test func theExamplePacksInExportsAreUpToDate() throws {
        let workspace = try WorkspaceCopy.example()
        #expect(try workspace.run(["sync"]).status == 0)
        let imported = try workspace.run(["import", "data/progress-2009-10.csv", "data/milestones-2009-10.csv"])
        #expect(imported.status == 0, "\(imported.stderr)")
        let report = try workspace.run(["report", "--as-of", Self.asOf])
        #expect(report.status == 0, "\(report.stderr)")
        #expect(report.stdout.isEmpty)
        #expect(report.stderr.contains("Wrote exports/awhb/2010-03-31/: 7 files for Adult Wellbeing and Health Board"))
        let made = try Self.packs(in: workspace.path + "/exports")
        #expect(made.count == 14, "two boards, seven files each")

        // Byte-identical when run again.
        #expect(try workspace.run(["report", "--as-of", Self.asOf]).status == 0)
        #expect(try Self.packs(in: workspace.path + "/exports") == made)

        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
            for board in Self.boards { try? FileManager.default.removeItem(atPath: Self.exports + "/" + board) }
            for (name, data) in made {
                let path = Self.exports + "/" + name
                try FileManager.default.createDirectory(
                    atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                try data.write(to: URL(fileURLWithPath: path))
            }
            Issue.record("re-recorded exports/: check the change, then run the tests again without RECORD_SNAPSHOTS")
            return
        }
        let pinned = try Self.packs(in: Self.exports)
        let stale = Set(made.keys).symmetricDifference(pinned.keys).union(
            made.keys.filter { pinned[$0] != nil && pinned[$0] != made[$0] })
        #expect(
            stale.isEmpty,
            """
            exports/ is stale: \(stale.sorted().joined(separator: ", ")) differ. Make them again with the README's \
            command, or run the tests with RECORD_SNAPSHOTS=1
            """)
    }

    @Test func eachRunIsRecordedInTheStore() throws {
        let workspace = try WorkspaceCopy.example()
        #expect(try workspace.run(["sync"]).status == 0)
        let result = try workspace.run(["report", "--board", "awhb", "--as-of", "2009-12-31", "--format", "md,json"])
        #expect(result.status == 0, "\(result.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: workspace.path + "/exports/awhb/2009-12-31")
        #expect(files.sorted() == ["awhb-2009-12-31.json", "awhb-2009-12-31.md"])
        #expect(!FileManager.default.fileExists(atPath: workspace.path + "/exports/children-board"))
        let store = try SQLiteStore.open(path: workspace.store)
        let runs = try store.reportRuns(board: "awhb")
        #expect(runs.map(\.asOf) == ["2009-12-31"])
        #expect(runs.first?.formats == "json,md")
        #expect(runs.first?.outputHashes.keys.sorted() == ["awhb-2009-12-31.json", "awhb-2009-12-31.md"])
    }

    @Test func outWritesElsewhereAndTheWorkspaceExportsAreLeftAlone() throws {
        let workspace = try WorkspaceCopy.example()
        let out = workspace.path + "/elsewhere"
        let result = try workspace.run(["report", "--as-of", "2010-03-31", "--format", "csv", "--out", out])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: out + "/awhb/2010-03-31/awhb-2010-03-31-summary.csv"))
        #expect(!FileManager.default.fileExists(atPath: workspace.path + "/exports/awhb"))
    }

    @Test func mistakesAreExplained() throws {
        let workspace = try WorkspaceCopy.example()
        let board = try workspace.run(["report", "--board", "awbh"])
        #expect(board.status == 2)
        #expect(board.stderr.contains("there is no board 'awbh' (did you mean 'awhb'?)"))
        let format = try workspace.run(["report", "--format", "pdf"])
        #expect(format.status == 2)
        #expect(format.stderr.contains("--format"))
        let date = try workspace.run(["report", "--as-of", "31/03/2010"])
        #expect(date.status == 2)
        try workspace.write("{{#plans}}\n<p>{{title}}\n", to: "templates/report.html.mustache")
        let template = try workspace.run(["report", "--as-of", "2010-03-31"])
        #expect(template.status == 1)
        #expect(template.stderr.contains("templates/report.html.mustache:"))
        #expect(template.stderr.contains("[report-template]"))
    }

    @Test func theBuiltInTemplatesCanBeWrittenOutToStartFrom() throws {
        let workspace = try WorkspaceCopy.example()
        let result = try workspace.run(["report", "--write-templates", "templates"])
        #expect(result.status == 0, "\(result.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: workspace.path + "/templates").sorted()
        #expect(files == ["report.css.mustache", "report.html.mustache", "report.md.mustache"])
        // Written out unchanged, they give the same packs as the built-in ones.
        try workspace.write(
            try workspace.read("templates/report.css.mustache") + "\nh1 { letter-spacing: 0; }\n",
            to: "templates/report.css.mustache")
        let report = try workspace.run(["report", "--as-of", "2010-03-31", "--format", "html"])
        #expect(report.status == 0, "\(report.stderr)")
        let html = try workspace.read("exports/awhb/2010-03-31/awhb-2010-03-31.html")
        #expect(html.contains("h1 { letter-spacing: 0; }"))
    }

    /// Every file in the example boards' folders under `folder`, by path relative to it.
    static func packs(in folder: String) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for board in boards {
            guard let enumerator = FileManager.default.enumerator(atPath: folder + "/" + board) else { continue }
            while let item = enumerator.nextObject() as? String {
                var isFolder: ObjCBool = false
                let path = folder + "/" + board + "/" + item
                guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue,
                    !(item as NSString).lastPathComponent.hasPrefix(".")
                else { continue }
                files[board + "/" + item] = FileManager.default.contents(atPath: path)
            }
        }
        return files
    }
}
