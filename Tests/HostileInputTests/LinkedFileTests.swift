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
}
