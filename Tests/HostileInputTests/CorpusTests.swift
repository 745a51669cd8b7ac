import Common
import Foundation
import PlanLoading
import PlanModel
import TestSupport
import Testing
import Tracking

/// Every case of the corpus (Corpus/manifest.json) gives exactly the errors
/// it lists, at their rule, file, line and column, with its message: once
/// through the library, as a test of the loader or the importer, and once
/// through the built `countdown`, as a user meets it (exit code, output, and
/// for imports, nothing written). No case may crash or hang the command.
struct CorpusTests {
    @Test func theCorpusIsLargeAndNamesEachCaseOnce() {
        #expect(CorpusCase.all.count >= 60)
        #expect(Set(CorpusCase.all.map(\.name)).count == CorpusCase.all.count)
        for corpusCase in CorpusCase.all where corpusCase.file != nil {
            #expect(FileManager.default.fileExists(atPath: Paths.tests + "/" + corpusCase.file!), "\(corpusCase.name)")
        }
    }

    @Test(arguments: CorpusCase.all.filter { !$0.isCSV && $0.generator != "unreadable-plan" })
    func planOrWorkspaceFile(_ corpusCase: CorpusCase) throws {
        try checkPlanOrWorkspaceFile(corpusCase)
    }

    /// Root reads files whatever their permissions, so as root countdown meets the
    /// unreadable plan as nobody, through setpriv (util-linux).
    @Test(
        .enabled(
            if: !Paths.isRoot || Tool.isCI || FileManager.default.isExecutableFile(atPath: Self.setpriv),
            "running as root, and setpriv is missing to run countdown as another user"),
        arguments: CorpusCase.all.filter { $0.generator == "unreadable-plan" })
    func unreadablePlanFile(_ corpusCase: CorpusCase) throws {
        try checkPlanOrWorkspaceFile(corpusCase)
    }

    static let setpriv = "/usr/bin/setpriv"

    func checkPlanOrWorkspaceFile(_ corpusCase: CorpusCase) throws {
        let workspace = try TemporaryWorkspace(
            config: corpusCase.kind == "config"
                ? Paths.tests + "/" + corpusCase.file!
                : Paths.baseWorkspace
                    + "/countdown.yaml")
        guard try place(corpusCase, in: workspace) else { return }
        var asNobody: [String] = []
        if corpusCase.generator == "unreadable-plan" && Paths.isRoot {
            // Root reads files whatever their permissions: the in-process check
            // cannot show the refusal, so only the command is run, as nobody.
            try #require(
                FileManager.default.isExecutableFile(atPath: Self.setpriv),
                "running as root, and setpriv is missing to run countdown as another user")
            print("\(corpusCase.name): running as root, so the library check is skipped; countdown runs as nobody")
            asNobody = [Self.setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"]
            try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: workspace.path)
        } else {
            let loaded = try WorkspaceLoader(displayBase: workspace.path).load(root: workspace.path)
            let errors = loaded.diagnostics.filter { $0.severity == .error }
            #expect(errors.map { "\($0.rule) \($0.location)" } == corpusCase.errors)
            if let message = corpusCase.message { #expect(errors.first?.message.hasPrefix(message) == true) }
            if corpusCase.errors.isEmpty { #expect(!loaded.plans.isEmpty, "the plan must load") }
        }
        let run = try workspace.run(["lint", "--format", "json"], prefix: asNobody)
        if run.seconds > 2 { print("\(corpusCase.name): countdown lint took \(String(format: "%.1f", run.seconds)) s") }
        #expect(run.status == corpusCase.exit, "\(run.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let errors = try #require(json["diagnostics"] as? [[String: Any]]).filter {
            $0["severity"] as? String == "error"
        }
        #expect(errors.map(Self.describe) == corpusCase.errors)
        if let message = corpusCase.message {
            #expect((errors.first?["message"] as? String)?.hasPrefix(message) == true)
        }
    }

    @Test(arguments: CorpusCase.all.filter(\.isCSV))
    func importFile(_ corpusCase: CorpusCase) throws {
        let workspace = try TemporaryWorkspace()
        try FileManager.default.copyItem(atPath: Paths.basePlan, toPath: workspace.path + "/plans/valid.yaml")
        guard try place(corpusCase, in: workspace) else { return }
        let name = corpusCase.workspaceName
        if corpusCase.exit != 2 {
            let text = try String(contentsOfFile: workspace.path + "/" + name, encoding: .utf8)
            let loaded = try WorkspaceLoader(displayBase: workspace.path).load(root: workspace.path)
            let catalog = PlanCatalog(plans: loaded.plans, workspace: try #require(loaded.config))
            let file = ImportFile(text: text, file: name, catalog: catalog)
            #expect(file.problems.map { "\($0.rule) \($0.location)" } == corpusCase.errors)
            if let message = corpusCase.message { #expect(file.problems.first?.message.contains(message) == true) }
        }
        let run = try workspace.run(["import", name])
        #expect(run.status == corpusCase.exit, "\(run.stderr)")
        let reported = run.stderr.split(separator: "\n").compactMap(Self.reportedError)
        #expect(reported == corpusCase.errors)
        if let message = corpusCase.message { #expect(run.stderr.contains(message), "\(run.stderr)") }
        // A file with any bad row writes nothing; a good one writes every row.
        let store = try SQLiteStore.openIfPresent(path: workspace.path + "/.countdown/tracking.sqlite")
        let rows = try store.map { try Self.rowCount($0.exportActuals()) + Self.rowCount($0.exportMilestones()) } ?? 0
        #expect(rows == (corpusCase.added ?? 0))
    }

    /// Puts the case's file where it belongs; false when it cannot be made here.
    func place(_ corpusCase: CorpusCase, in workspace: TemporaryWorkspace) throws -> Bool {
        let manager = FileManager.default
        let folder = corpusCase.isCSV ? workspace.path : workspace.path + "/plans"
        switch corpusCase.kind {
        case "config":
            try manager.copyItem(atPath: Paths.basePlan, toPath: workspace.path + "/plans/valid.yaml")
        case "folder":
            let source = Paths.tests + "/" + corpusCase.file!
            for name in try manager.contentsOfDirectory(atPath: source) {
                try manager.copyItem(atPath: source + "/" + name, toPath: folder + "/" + name)
            }
        case "generated", "generated-csv":
            if case .skipped(let reason) = try GeneratedInputs.make(
                corpusCase.generator!, at: folder + "/" + corpusCase.workspaceName)
            {
                print("skipped \(corpusCase.name): \(reason)")
                return false
            }
        default:
            try manager.copyItem(
                atPath: Paths.tests + "/" + corpusCase.file!, toPath: folder + "/" + corpusCase.workspaceName)
        }
        return true
    }

    static func describe(_ diagnostic: [String: Any]) -> String {
        let location = diagnostic["location"] as? [String: Any] ?? [:]
        return
            "\(diagnostic["rule"] ?? "?") \(location["file"] ?? "?"):\(location["line"] ?? 0):\(location["column"] ?? 0)"
    }

    /// `RULE FILE:LINE:COLUMN` from a line `FILE:LINE:COLUMN: error: MESSAGE [RULE]`.
    static func reportedError(_ line: Substring) -> String? {
        guard let marker = line.range(of: ": error: "), line.hasSuffix("]"),
            let open = line.lastIndex(of: "[")
        else { return nil }
        let rule = line[line.index(after: open)..<line.index(before: line.endIndex)]
        return "\(rule) \(line[..<marker.lowerBound])"
    }

    static func rowCount(_ csv: String) -> Int {
        CSVReader(csv).rows.count - 1
    }
}
