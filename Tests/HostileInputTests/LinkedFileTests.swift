import Foundation
import TestSupport
import Testing

/// Issue 16, items 2 and 4: files and folders that are links out of the
/// workspace are neither read nor written through.
@Suite struct LinkedFileTests {
    @Test func aTemplateThatIsALinkOutOfTheWorkspaceIsRefused() throws {
        let example = try StoreHardeningTests.Example()
        let secret = try TemporaryFolder(prefix: "countdown-secret")
        try secret.write("CI_TOKEN=hunter2\n", to: "environ")
        try FileManager.default.createDirectory(atPath: example.path + "/templates", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(
            atPath: example.path + "/templates/report.md.mustache", withDestinationPath: secret.path + "/environ")
        let run = try example.run(["report", "--as-of", "2010-03-31", "--board", "awhb", "--format", "md"])
        #expect(run.status == 1, "\(run.stderr)")
        #expect(run.stderr.contains("templates/report.md.mustache:1:1: error: it is a link to"))
        #expect(run.stderr.contains("[unreadable-file]"))
        #expect(!run.stderr.contains("hunter2") && !run.stdout.contains("hunter2"))
        #expect(!FileManager.default.fileExists(atPath: example.path + "/exports/awhb/2010-03-31"))
    }

    /// Item 1: temporary files are made exclusively and never through a link, so links planted
    /// under the names a run would once have used (`.NAME.partial-PID`) write nothing through.
    @Test func plantedTemporaryLinksDoNotRedirectAWrite() throws {
        let example = try StoreHardeningTests.Example()
        let victim = try TemporaryFolder(prefix: "countdown-victim")
        try victim.write("precious\n", to: "victim.txt")
        let folder = example.path + "/exports/awhb/2010-03-31"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let next = ProcessInfo.processInfo.processIdentifier
        for pid in next..<(next + 400) {
            try FileManager.default.createSymbolicLink(
                atPath: folder + "/.awhb-2010-03-31.md.partial-\(pid)", withDestinationPath: victim.path + "/victim.txt"
            )
        }
        let run = try example.run(["report", "--as-of", "2010-03-31", "--board", "awhb", "--format", "md"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try victim.read("victim.txt") == "precious\n")
        #expect(try example.read("exports/awhb/2010-03-31/awhb-2010-03-31.md").hasPrefix("# "))
        let export = try example.run(["export"])
        #expect(export.status == 0, "\(export.stderr)")
        #expect(try victim.read("victim.txt") == "precious\n")
    }

    @Test func aBoardOrExportFolderThatIsALinkOutOfTheWorkspaceIsNotWrittenThrough() throws {
        let example = try StoreHardeningTests.Example()
        let elsewhere = try TemporaryFolder(prefix: "countdown-elsewhere")
        try FileManager.default.createDirectory(atPath: example.path + "/exports", withIntermediateDirectories: true)
        for link in ["exports/awhb", "exports/progress"] {
            try FileManager.default.createSymbolicLink(
                atPath: example.path + "/" + link, withDestinationPath: elsewhere.path)
        }
        let report = try example.run(["report", "--as-of", "2010-03-31", "--board", "awhb", "--format", "md"])
        #expect(report.status == 2, "\(report.stderr)")
        #expect(report.stderr.contains("leads through a link to"))
        let export = try example.run(["export"])
        #expect(export.status == 2, "\(export.stderr)")
        #expect(export.stderr.contains("leads through a link to"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere.path).isEmpty)
        // A folder the user names is theirs, wherever it is.
        let named = try example.run([
            "report", "--as-of", "2010-03-31", "--board", "awhb", "--format", "md", "--out", elsewhere.path + "/packs",
        ])
        #expect(named.status == 0, "\(named.stderr)")
        #expect(FileManager.default.fileExists(atPath: elsewhere.path + "/packs/awhb/2010-03-31/awhb-2010-03-31.md"))
    }
}

/// Issue 16, item 7: a pack with thousands of overdue milestones lists every
/// one with its own owner. Its time, which grew with the square of their
/// number, is measured by the benchmark (W6 in bench/run.py prints its growth).
@Suite struct ManyOverdueMilestonesTests {
    @Test func everyOverdueMilestoneIsAnExceptionWithItsOwner() throws {
        let folder = try TemporaryFolder(prefix: "countdown-overdue")
        _ = try Program.run(
            try Tool.path("python3", installedBy: "apt-get install python3"),
            [SourceTree.root + "/bench/generate_overdue.py", SourceTree.root, folder.path + "/w", "2000"],
            in: folder.path)
        let run = try countdown.run(
            ["report", "--as-of", "2010-03-31", "--board", "awhb", "--format", "md"], in: folder.path + "/w",
            timeout: 300)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("6 plans, 2084 exceptions"), "\(run.stderr)")
        let pack = try folder.read("w/exports/awhb/2010-03-31/awhb-2010-03-31.md")
        let rows = pack.split(separator: "\n").filter { $0.contains("(tobacco-control/extra-") }
        #expect(rows.count == 2000)
        #expect(
            rows.allSatisfy {
                $0.hasSuffix("| Head of Primary Care Contracting, NHS Manchester (Manchester Primary Care Trust) |")
            })
    }
}
