import ArgumentParser
import Foundation
import Tracking

struct DoneCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "done",
        abstract: "Record a milestone as done.",
        discussion: """
            A milestone is named PLAN/MILESTONE; the date is the day it was done, within
            the plan's period. A milestone already done is an error; --correct records a
            new date or note that supersedes the old one, which stays in the history
            (countdown history PLAN/MILESTONE).

            Examples:
              countdown done tobacco-control/pharmacy-les --date 2009-07-14
              countdown done tobacco-control/pharmacy-les --date 2009-07-14 --note "Signed with 68 of 70"
              countdown done tobacco-control/pharmacy-les --date 2009-07-21 --correct

            Exit codes: 0 recorded, 1 the milestone or date is wrong or it is already
            done, 2 the command could not run.
            """)

    @OptionGroup var workspaceOptions: WorkspaceOptions
    @OptionGroup var outputOptions: OutputOptions

    @Argument(help: ArgumentHelp("The milestone, as PLAN/MILESTONE.", valueName: "PLAN/MILESTONE"))
    var milestone: String

    @Option(help: ArgumentHelp("The day it was done, YYYY-MM-DD.", valueName: "YYYY-MM-DD"))
    var date: String

    @Option(help: "A note kept with the completion.")
    var note: String?

    @Flag(help: "Replace the recorded completion of a milestone already done (the old one is kept in the history).")
    var correct = false

    func run() throws {
        let workspace = try TrackingWorkspace(workspaceOptions)
        let entry: CompletionEntry
        do {
            entry = try workspace.catalog.completion(address: milestone, date: date, note: note)
        } catch {
            workspace.warnAboutSkippedPlans()
            throw fail(error)
        }
        let store = try workspace.openStore()
        let outcome = try CommandFailure.wrapStore { () throws(StoreError) in
            try store.complete(
                entry, provenance: Provenance(recordedBy: workspace.recordedBy, origin: "done"), correcting: correct)
        }
        switch outcome {
        case .failure(let problem):
            throw fail(problem)
        case .success(.added(let record)):
            printNote("Recorded \(entry.address) as done on \(entry.date) (#\(record.id ?? 0)).")
        case .success(.superseded(let old, let new)):
            printNote(
                "Recorded \(entry.address) as done on \(entry.date) (#\(new.id ?? 0)), superseding "
                    + "\(old.completed) (#\(old.id ?? 0), kept in the history).")
        case .success(.unchanged(let record)):
            printNote("Unchanged: \(entry.address) is already done on \(record.completed) (#\(record.id ?? 0)).")
        }
    }
}
