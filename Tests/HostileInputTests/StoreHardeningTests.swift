import Foundation
import TestSupport
import Testing

/// Issue 16, the store: a committed countdown.yaml may not put it outside the
/// workspace (item 5); reading commands write nothing, so a read-only store can
/// be read and a refused one is left byte for byte (item 8); a damaged store
/// takes no writes (item 9).
@Suite(.serialized) struct StoreHardeningTests {
    /// A copy of the example workspace with its plans synced and its 2009/10 actuals imported.
    final class Example: TemporaryFolder, @unchecked Sendable {
        init(imported: Bool = true) throws {
            try super.init(prefix: "countdown-store-hardening")
            try copy(["countdown.yaml", "plans", "data"], from: SourceTree.root)
            if imported {
                try #require(try run(["sync"]).status == 0)
                try #require(try run(["import", "data/progress-2009-10.csv"]).status == 0)
            }
        }

        func run(_ arguments: [String], prefix: [String] = [], environment: [String: String] = [:]) throws
            -> Program.Result
        {
            try countdown.run(arguments, in: path, environment: environment, prefix: prefix)
        }

        func hash(_ relative: String) throws -> Data {
            try Data(contentsOf: URL(fileURLWithPath: path + "/" + relative))
        }
    }

    static let store = ".countdown/tracking.sqlite"
    static let setpriv = "/usr/bin/setpriv"

    @Test func aStoreOutsideTheWorkspaceIsRefusedUnlessTheUserNamesIt() throws {
        let example = try Example(imported: false)
        let outside = try TemporaryFolder(prefix: "countdown-outside")
        for written in [outside.path + "/x.sqlite", "../\((outside.path as NSString).lastPathComponent)/x.sqlite"] {
            let config = try example.read("countdown.yaml")
            try example.write(
                config + "\nstore: \(written)\n",
                to: "countdown.yaml")
            let lint = try example.run(["lint"])
            #expect(lint.status == 1)
            #expect(lint.stderr.contains("the store '\(written)' is outside the workspace folder"))
            let record = try example.run(["record", "tobacco-control/smoking-prevalence", "27", "--date", "2009-12-31"])
            #expect(record.status == 2, "\(record.stderr)")
            #expect(record.stderr.contains("COUNTDOWN_STORE"))
            #expect(!FileManager.default.fileExists(atPath: outside.path + "/x.sqlite"))
            try example.write(config, to: "countdown.yaml")
        }
        try? FileManager.default.removeItem(atPath: example.path + "/.countdown")
        // A link inside the workspace to a folder outside is refused the same way.
        try FileManager.default.createSymbolicLink(
            atPath: example.path + "/.countdown", withDestinationPath: outside.path)
        let linked = try example.run(["record", "tobacco-control/smoking-prevalence", "27", "--date", "2009-12-31"])
        #expect(linked.status == 2)
        #expect(linked.stderr.contains("leads through a link to"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: outside.path).isEmpty)
        try FileManager.default.removeItem(atPath: example.path + "/.countdown")
        // The user's own choice, from the environment, is honoured.
        let chosen = try example.run(
            ["record", "tobacco-control/smoking-prevalence", "27", "--date", "2009-12-31"],
            environment: ["COUNTDOWN_STORE": outside.path + "/mine.sqlite"])
        #expect(chosen.status == 0, "\(chosen.stderr)")
        #expect(FileManager.default.fileExists(atPath: outside.path + "/mine.sqlite"))
    }

    @Test(
        .enabled(
            if: geteuid() != 0 || Tool.isCI || FileManager.default.isExecutableFile(atPath: setpriv),
            "running as root, and setpriv is missing to run countdown as another user"))
    func aReadOnlyStoreCanBeReadAndIsNotWritten() throws {
        let example = try Example()
        // Root writes whatever the permissions, so as root countdown runs as nobody.
        let asNobody = geteuid() == 0 ? [Self.setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"] : []
        let exports = try TemporaryFolder(prefix: "countdown-readonly-export")
        for folder in [example.path, exports.path] {
            try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: folder)
        }
        for file in [Self.store, Self.store + ".lock"] {
            try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: example.path + "/" + file)
        }
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: example.path + "/.countdown")
        defer {
            _ = try? FileManager.default.setAttributes(
                [.posixPermissions: 0o755], ofItemAtPath: example.path + "/.countdown")
        }
        let before = try example.hash(Self.store)
        let status = try example.run(["status", "--as-of", "2010-03-31"], prefix: asNobody)
        #expect(status.status == 0, "\(status.stderr)")
        #expect(status.stdout.contains("Status at 2010-03-31"))
        let history = try example.run(["history", "tobacco-control/smoking-prevalence"], prefix: asNobody)
        #expect(history.status == 0, "\(history.stderr)")
        #expect(history.stdout.contains("values recorded"))
        let export = try example.run(["export", "--out", exports.path + "/out"], prefix: asNobody)
        #expect(export.status == 0, "\(export.stderr)")
        #expect(try String(contentsOfFile: exports.path + "/out/actuals.csv", encoding: .utf8).contains("tobacco"))
        #expect(try example.hash(Self.store) == before)
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: example.path + "/.countdown").sorted()
                == ["tracking.sqlite", "tracking.sqlite.lock"])
    }

    @Test(.requires("sqlite3")) func aStoreFromANewerCountdownIsLeftByteForByte() throws {
        let example = try Example()
        _ = try Program.run(
            try Tool.path("sqlite3", installedBy: "apt-get install sqlite3"),
            [example.path + "/" + Self.store, "INSERT INTO grdb_migrations VALUES ('v99-from-the-future')"],
            in: example.path)
        let before = try example.hash(Self.store)
        for arguments in [["status"], ["history", "tobacco-control"], ["sync"], ["export", "--out", "out"]] {
            let run = try example.run(arguments)
            #expect(run.status == 2, "\(arguments)")
            #expect(run.stderr.contains("written by a newer countdown"), "\(arguments): \(run.stderr)")
            #expect(try example.hash(Self.store) == before, "\(arguments) changed the store")
        }
    }

    @Test(.requires("sqlite3")) func aDamagedStoreTakesNoWrites() throws {
        let example = try Example()
        let sqlite3 = try Tool.path("sqlite3", installedBy: "apt-get install sqlite3")
        let file = example.path + "/" + Self.store
        _ = try Program.run(sqlite3, [file, "PRAGMA wal_checkpoint(TRUNCATE)"], in: example.path)
        // Damage the cells of the actuals' own index, a page no status read needs.
        let root = try Program.run(
            sqlite3, [file, "SELECT rootpage FROM sqlite_master WHERE name = 'actual_key'"],
            in: example.path
        ).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let page = try #require(Int(root))
        let handle = try FileHandle(forUpdating: URL(fileURLWithPath: file))
        try handle.seek(toOffset: UInt64((page - 1) * 4096 + 3500))
        try handle.write(contentsOf: Data(repeating: 7, count: 596))
        try handle.close()
        #expect(try Program.run(sqlite3, [file, "PRAGMA integrity_check"], in: example.path).stdout != "ok\n")
        let before = try example.hash(Self.store)
        for arguments in [
            ["record", "tobacco-control/smoking-prevalence", "27.2", "--date", "2009-12-31"], ["sync"],
            ["import", "data/milestones-2009-10.csv"],
            ["done", "tobacco-control/pharmacy-les", "--date", "2009-07-14"],
        ] {
            let run = try example.run(arguments)
            #expect(run.status == 2, "\(arguments) wrote into a damaged store")
            #expect(run.stderr.contains("is damaged"), "\(arguments): \(run.stderr)")
            #expect(run.stderr.contains(".recover"))
            #expect(try example.hash(Self.store) == before, "\(arguments) changed the store")
        }
    }

    /// Item 11: a folder the user names keeps its files unless --force says otherwise.
    @Test func exportDoesNotSilentlyReplaceFilesInANamedFolder() throws {
        let example = try Example()
        try example.write("precious,data\n", to: "backup/actuals.csv")
        let refused = try example.run(["export", "--out", "backup"])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("backup/actuals.csv exists already"))
        #expect(refused.stderr.contains("--force"))
        #expect(try example.read("backup/actuals.csv") == "precious,data\n")
        let forced = try example.run(["export", "--out", "backup", "--force"])
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(forced.stderr.contains("replacing the file that was there"))
        #expect(try example.read("backup/actuals.csv").hasPrefix("measure,date,value,source,note"))
        // The workspace's own exports/progress is countdown's: a second export replaces it, and says so.
        #expect(try example.run(["export"]).status == 0)
        let again = try example.run(["export"])
        #expect(again.status == 0)
        #expect(again.stderr.contains("replacing the file that was there"))
    }

    /// Item 10: numbers that a Double cannot hold exactly are refused, not
    /// rounded; a file that is not UTF-8 says where.
    @Test func inexactNumbersAndBadBytesAreRefusedWithWhere() throws {
        let example = try Example(imported: false)
        for number in ["123456789012345678", "99999999999999999999", "1.00000000000000001"] {
            let run = try example.run(["record", "tobacco-control/rm-quitters", number, "--date", "2009-12-31"])
            #expect(run.status == 1, "\(number)")
            #expect(run.stderr.contains("more digits than countdown can keep exactly"), "\(number): \(run.stderr)")
        }
        #expect(
            try example.run(["record", "tobacco-control/rm-quitters", "0017.50", "--date", "2009-12-31"]).status == 0)
        try example.write(
            "measure,date,value,source,note\ntobacco-control/rm-quitters,2009-12-31,123456789012345678,,\n",
            to: "big.csv")
        let big = try example.run(["import", "big.csv"])
        #expect(big.status == 1)
        #expect(big.stderr.contains("big.csv:2:40: error: '123456789012345678' has more digits"))
        var latin1 = Data("measure,date,value,source,note\ntobacco-control/rm-quitters,2009-12-31,12,caf".utf8)
        latin1.append(0xE9)
        latin1.append(contentsOf: Data(",\n".utf8))
        try example.write(latin1, to: "latin1.csv")
        let bad = try example.run(["import", "latin1.csv"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("line 2, byte 77 of the file is not UTF-8"), "\(bad.stderr)")
    }

    /// Item 10: a NUL (or another control character) in a source or note is refused, so
    /// that what history and export show is what was stored.
    @Test func aNoteWithANulByteIsRefused() throws {
        let example = try Example(imported: false)
        var file = Data("measure,date,value,source,note\ntobacco-control/rm-quitters,2009-12-31,12,return,cut".utf8)
        file.append(0)
        file.append(contentsOf: Data("here\n".utf8))
        try example.write(file, to: "nul.csv")
        let run = try example.run(["import", "nul.csv"])
        #expect(run.status == 1, "\(run.stderr)")
        #expect(run.stderr.contains("the note holds the control character U+0000"), "\(run.stderr)")
        let record = try example.run([
            "record", "tobacco-control/rm-quitters", "12", "--date", "2009-12-31", "--source", "IHS \u{1B}[2J",
        ])
        #expect(record.status == 1)
        #expect(record.stderr.contains("the source holds the control character U+001B"))
    }
}
