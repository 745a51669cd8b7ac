import Foundation
import TestSupport
import Testing

/// End to end: sync, record, done, history, import, export and status.
@Suite(.serialized)
struct TrackingCommandTests {
    static let snapshots = Snapshot(besideFile: #filePath)

    /// `countdown status --as-of 2010-03-31` on the example workspace, with the
    /// sample progress in data/ and a milestone moved twice across revisions,
    /// pinned in Snapshots/. RECORD_SNAPSHOTS=1 re-records it (and fails, so a
    /// re-recording is never silent).
    @Test func theExampleWorkspaceStatusIsPinned() throws {
        let workspace = try WorkspaceCopy.example()
        let plan = try workspace.read("plans/tobacco-control.yaml")
        // Two earlier revisions: opt-out referral was first due 2010-01-29, then 2010-02-26.
        for due in ["2010-01-29", "2010-02-26"] {
            try workspace.write(
                Self.moving("hospital-opt-out-referral", in: plan, to: due), to: "plans/tobacco-control.yaml")
            #expect(try workspace.run(["sync"]).status == 0)
        }
        try workspace.write(plan, to: "plans/tobacco-control.yaml")
        let sync = try workspace.run(["sync"])
        #expect(sync.status == 0)
        #expect(sync.stderr == "Synced 1 new revision: tobacco-control; 6 unchanged.\n")
        let imported = try workspace.run(["import", "data/progress-2009-10.csv", "data/milestones-2009-10.csv"])
        #expect(imported.status == 0, "\(imported.stderr)")
        let status = try workspace.run(["status", "--as-of", "2010-03-31"])
        #expect(status.status == 0)
        for state in ["green  ", "amber  ", "red  ", "stale  ", "overdue  ", "done  ", "due-soon  "] {
            #expect(status.stdout.contains("    " + state), "no \(state)measure or milestone")
        }
        #expect(status.stdout.contains("moved twice, +61 days"))
        try Self.snapshots.assert(status.stdout, named: "status-2010-03-31.txt")
        // The same inputs and date give the same bytes.
        #expect(try workspace.run(["status", "--as-of", "2010-03-31"]).stdout == status.stdout)
        let json = try workspace.run(["status", "--as-of", "2010-03-31", "--format", "json", "--board", "awhb"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect((object["plans"] as? [Any])?.count == 6)
    }

    @Test func syncRefusesAWorkspaceWithErrors() throws {
        let result = try countdown.run(
            ["sync", "--workspace", countdown.fixtures + "/broken"], in: "/", environment: ["NO_COLOR": "1"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("error: board 'hbw' is not declared"))
        #expect(result.stderr.contains("sync refused: 2 errors in the workspace"))
        #expect(!FileManager.default.fileExists(atPath: countdown.fixtures + "/broken/.countdown"))
    }

    @Test func recordDoneAndHistory() throws {
        let workspace = try WorkspaceCopy.example()
        let first = try workspace.run(["record", "tobacco-control/smoking-prevalence", "28.1", "--date", "2009-09-30"])
        #expect(first.status == 0)
        #expect(first.stderr == "Recorded tobacco-control/smoking-prevalence = 28.1% on 2009-09-30 (#1).\n")
        let second = try workspace.run([
            "record", "tobacco-control/smoking-prevalence", "28.4", "--date", "2009-09-30", "--source", "IHS Q2",
        ])
        #expect(second.stderr.contains("superseding 28.1% (#1, kept in the history)"))
        let history = try workspace.run(["history", "tobacco-control/smoking-prevalence"])
        #expect(history.status == 0)
        #expect(history.stdout.contains("#1  2009-09-30  28.1%  superseded by #2"))
        #expect(history.stdout.contains("#2  2009-09-30  28.4%  current  source: IHS Q2"))

        let typo = try workspace.run(["record", "tobacco-control/smoking-prevalance", "28", "--date", "2009-09-30"])
        #expect(typo.status == 1)
        #expect(typo.stderr.contains("did you mean 'tobacco-control/smoking-prevalence'?"))
        let notANumber = try workspace.run([
            "record", "tobacco-control/smoking-prevalence", "28%", "--date", "2009-09-30",
        ])
        #expect(notANumber.status == 1)
        #expect(notANumber.stderr.contains("'28%' is not a number [invalid-number]"))
        let outside = try workspace.run(["record", "tobacco-control/smoking-prevalence", "28", "--date", "2012-01-01"])
        #expect(outside.status == 1)
        #expect(outside.stderr.contains("outside plan 'tobacco-control'"))

        #expect(try workspace.run(["done", "tobacco-control/pharmacy-les", "--date", "2009-07-14"]).status == 0)
        let twice = try workspace.run(["done", "tobacco-control/pharmacy-les", "--date", "2009-07-20"])
        #expect(twice.status == 1)
        #expect(twice.stderr.contains("is already done, on 2009-07-14 [already-done]"))
        let corrected = try workspace.run(["done", "tobacco-control/pharmacy-les", "--date", "2009-07-20", "--correct"])
        #expect(corrected.status == 0)
        let milestone = try workspace.run(["history", "tobacco-control/pharmacy-les"])
        #expect(milestone.stdout.contains("#1  done 2009-07-14  superseded by #2"))
    }

    @Test func badRowsAreListedAndNothingIsImported() throws {
        let workspace = try WorkspaceCopy.example()
        try workspace.write(
            """
            measure,date,value,source,note
            tobacco-control/smoking-prevalence,2009-09-30,28.1,IHS,
            tobacco-control/rm-quitter,2009-09-30,1710,,
            tobacco-control/all-quitters,2009-09-30,"5,480",,

            """, to: "returns.csv")
        let result = try workspace.run(["import", "returns.csv"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("returns.csv:3:1: error: plan 'tobacco-control' has no measure 'rm-quitter'"))
        #expect(result.stderr.contains("returns.csv:4:41: error: '5,480' is not a number [invalid-number]"))
        #expect(
            result.stderr.hasSuffix(
                "returns.csv: nothing imported: 2 bad rows of 3 (fix them, or use --skip-bad to import the good rows).\n"
            ))
        #expect(try workspace.run(["export", "--out", "out"]).status == 0)
        #expect(try workspace.read("out/actuals.csv") == "measure,date,value,source,note\n")
        let skipped = try workspace.run(["import", "returns.csv", "--skip-bad"])
        #expect(skipped.status == 1)
        #expect(skipped.stderr.contains("1 added, 0 superseded, 0 unchanged, 2 bad rows skipped"))
        let again = try workspace.run(["import", "returns.csv", "--skip-bad"])
        #expect(again.stderr.contains("0 added, 0 superseded, 1 unchanged"))
    }

    @Test func exportedFilesImportIntoAFreshStoreExactly() throws {
        let workspace = try WorkspaceCopy.example()
        #expect(try workspace.run(["import", "data/progress-2009-10.csv", "data/milestones-2009-10.csv"]).status == 0)
        #expect(
            try workspace.run([
                "record", "cancer/bowel-uptake", "45.3", "--date", "2009-12-31", "--note", "revised, \"final\"",
            ]).status == 0)
        let export = try workspace.run(["export", "--out", "first"])
        #expect(export.status == 0)
        #expect(export.stderr.contains("first/actuals.csv (127 rows)"))
        let fresh = try WorkspaceCopy.example()
        try fresh.write(try workspace.read("first/actuals.csv"), to: "in/actuals.csv")
        try fresh.write(try workspace.read("first/milestones.csv"), to: "in/milestones.csv")
        #expect(try fresh.run(["import", "in/actuals.csv", "in/milestones.csv"]).status == 0)
        #expect(try fresh.run(["export", "--out", "second"]).status == 0)
        #expect(try fresh.read("second/actuals.csv") == (try workspace.read("first/actuals.csv")))
        #expect(try fresh.read("second/milestones.csv") == (try workspace.read("first/milestones.csv")))
    }

    @Test func everyTrackingCommandExplainsItselfWithExamples() throws {
        for command in ["sync", "record", "done", "history", "import", "export", "status"] {
            let help = try countdown.run([command, "--help"], in: "/")
            #expect(help.status == 0)
            #expect(help.stdout.contains("Examples:"), "\(command)")
            #expect(help.stdout.contains("--workspace"), "\(command)")
        }
        let badDate = try countdown.run(["status", "--as-of", "31/03/2010"], in: SourceTree.root)
        #expect(badDate.status == 2)
        let badBoard = try countdown.run(["status", "--board", "awbh"], in: SourceTree.root)
        #expect(badBoard.status == 2)
        #expect(badBoard.stderr == "countdown: there is no board 'awbh' (did you mean 'awhb'?)\n")
    }

    /// The plan text with one milestone's due date changed.
    static func moving(_ milestone: String, in plan: String, to due: String) -> String {
        var lines = plan.components(separatedBy: "\n")
        guard let start = lines.firstIndex(where: { $0.hasSuffix("- id: \(milestone)") }),
            let dueLine = lines[start...].firstIndex(where: { $0.contains("due: ") })
        else { return plan }
        let indent = lines[dueLine].prefix { $0 == " " }
        lines[dueLine] = indent + "due: " + due
        return lines.joined(separator: "\n")
    }
}
