import Foundation
import PlanModel
import Reporting
import TestSupport
import Testing
import Tracking
import Workbench

/// The use cases called as a front end calls them: request in, result out,
/// nothing printed, the user and the clock given rather than read.
@Suite struct WorkbenchTests {
    /// A copy of the example workspace, with the workbench a front end would make for it.
    final class Example: TemporaryFolder, @unchecked Sendable {
        init() throws {
            try super.init(prefix: "countdown-workbench")
            try copy(["countdown.yaml", "plans", "data"], from: SourceTree.root)
        }

        var workbench: Workbench {
            Workbench(
                selection: WorkspaceSelection(folder: path, searchFrom: "/"), user: "tester",
                today: Day(iso: "2010-03-31")!, now: { Date(timeIntervalSince1970: 1_270_000_000) })
        }
    }

    @Test func syncImportAndStatusReturnWhatTheCommandsPrint() throws {
        let example = try Example()
        let first = try example.workbench.sync()
        #expect(first.result?.stored.count == 7)
        guard case .note(let synced)? = first.messages.last else {
            Issue.record("no confirmation: \(first.messages.map(\.text))")
            return
        }
        #expect(synced.hasPrefix("Synced 7 new revisions: "))
        #expect(try example.workbench.sync().result?.stored.isEmpty == true)

        let imported = try example.workbench.importFiles(
            ImportRequest(files: [example.path + "/data/progress-2009-10.csv"]))
        #expect(!imported.failed)
        #expect(imported.results.first?.added ?? 0 > 100)

        // Today is the workbench's, not the machine's.
        let status = try example.workbench.status(StatusRequest(board: "awhb"))
        #expect(status.report.rules.asOf == Day(iso: "2010-03-31"))
        #expect(!status.report.plans.isEmpty)
        #expect(status.report.plans.allSatisfy { $0.board == "awhb" })

        // Who recorded comes from the workbench too.
        guard case .actuals(_, let records, _) = try example.workbench.history(of: "tobacco-control/smoking-prevalence")
        else {
            Issue.record("a measure's history is its actuals")
            return
        }
        #expect(!records.isEmpty && records.allSatisfy { $0.recordedBy == "tester" })
    }

    @Test func aWrongNameStopsWithTheProblemAndAClosestMatch() throws {
        let example = try Example()
        do {
            _ = try example.workbench.record(
                RecordRequest(measure: "tobacco-control/smoking-prevelance", value: "27", date: "2009-12-31"))
            Issue.record("a misspelt measure was recorded")
        } catch .stopped(let messages) {
            guard case .entry(let problem)? = messages.last else {
                Issue.record("no entry problem: \(messages.map(\.text))")
                return
            }
            #expect(problem.message.contains("did you mean 'tobacco-control/smoking-prevalence'?"))
        } catch {
            Issue.record("expected a problem with the entry, got \(error.description)")
        }
        do {
            _ = try example.workbench.status(StatusRequest(board: "awhbb"))
            Issue.record("an unknown board was accepted")
        } catch .cannotRun(let reason) {
            #expect(reason == "there is no board 'awhbb' (did you mean 'awhb'?)")
        } catch {
            Issue.record("expected cannotRun, got \(error.description)")
        }
    }

    @Test func aSyncWithErrorsIsRefusedWithTheFindings() throws {
        let example = try Example()
        let path = "plans/tobacco-control.yaml"
        try example.write(try example.read(path).replacingOccurrences(of: "milestones:", with: "milstones:"), to: path)
        let outcome = try example.workbench.sync()
        #expect(outcome.refused)
        guard case .findings(let findings, _)? = outcome.messages.first else {
            Issue.record("no findings: \(outcome.messages.map(\.text))")
            return
        }
        #expect(findings.contains { $0.rule == "unknown-key" })
        #expect(outcome.messages.last?.text.hasPrefix("sync refused: ") == true)
        // Nothing was written: the store was never created.
        #expect(!FileManager.default.fileExists(atPath: example.store))
    }
}
