import ArgumentParser
import Common
import Foundation
import PlanModel
import StableJSON
import Tracking

enum DataFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "Show everything ever recorded for a measure or a milestone, or a plan's revisions.",
        discussion: """
            Nothing recorded is ever erased: a correction supersedes an entry, and both
            are listed, each with when it was recorded, by whom, from where (record,
            done, or the import file and line), and what superseded it. For a milestone,
            its due date in each synced revision is listed too.

            Examples:
              countdown history tobacco-control/smoking-prevalence    a measure's values
              countdown history tobacco-control/pharmacy-les          a milestone's completions and due dates
              countdown history tobacco-control                       the plan's synced revisions
              countdown history tobacco-control/rm-quitters --format json

            Exit codes: 0 shown, 1 no such plan, measure or milestone, 2 the command
            could not run.
            """)

    @OptionGroup var workspaceOptions: WorkspaceOptions

    @Argument(help: ArgumentHelp("PLAN/MEASURE, PLAN/MILESTONE or PLAN.", valueName: "ADDRESS"))
    var address: String

    @Option(help: "Output format: text or json.")
    var format: DataFormat = .text

    func run() throws {
        let workspace = try TrackingWorkspace(workspaceOptions)
        let store = try workspace.openStoreIfPresent()
        let catalog = workspace.catalog
        let parts = address.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        if parts.count == 1 {
            let revisions = try CommandFailure.wrapStore { () throws(StoreError) in
                try store?.revisions(of: address) ?? []
            }
            if revisions.isEmpty, catalog.plan(address) == nil {
                throw fail(unknownPlan(catalog))
            }
            emit(revisions, text: HistoryTextRenderer.render(planID: address, revisions: revisions))
            return
        }
        guard parts.count == 2 else { throw fail(unknownPlan(catalog)) }
        let (planID, id) = (parts[0], parts[1])
        let plan = catalog.plan(planID)
        let actuals = try CommandFailure.wrapStore { () throws(StoreError) in
            try store?.actualHistory(planID: planID, measureID: id) ?? []
        }
        let completions = try CommandFailure.wrapStore { () throws(StoreError) in
            try store?.completionHistory(planID: planID, milestoneID: id) ?? []
        }
        let isMeasure = plan?.measures.contains { $0.id == id } ?? false
        let isMilestone = plan?.milestones.contains { $0.id == id } ?? false
        if isMilestone || (!isMeasure && !completions.isEmpty) {
            let revisions = try CommandFailure.wrapStore { () throws(StoreError) in
                try store?.revisions(of: planID) ?? []
            }
            let dues = revisions.compactMap { revision in
                revision.plan?.milestoneDues[id].map { (revision: revision, due: $0.description) }
            }
            emit(completions, text: HistoryTextRenderer.render(address: address, completions: completions, dues: dues))
        } else if isMeasure || !actuals.isEmpty {
            let unit = plan?.measures.first { $0.id == id }?.unit
            emit(actuals, text: HistoryTextRenderer.render(address: address, actuals: actuals, unit: unit))
        } else {
            // Neither in the plans nor in the store: explain with the measure check's "did you mean".
            do {
                _ = try catalog.measure(address)
            } catch {
                var problem = error
                if let plan {
                    let ids = plan.measures.map(\.id) + plan.milestones.map(\.id)
                    let suggestion = Suggestion.closest(to: id, in: ids)
                    problem = EntryProblem(
                        rule: "unknown-address",
                        message: "plan '\(planID)' has no measure or milestone '\(id)'"
                            + Suggestion.hint(suggestion.map { "\(planID)/\($0)" }),
                        hint: suggestion == nil
                            ? "its measures and milestones are: " + ids.joined(separator: ", ") : nil)
                }
                throw fail(problem)
            }
        }
    }

    private func unknownPlan(_ catalog: PlanCatalog) -> EntryProblem {
        let suggestion = Suggestion.closest(to: address, in: catalog.plans.map(\.id))
        return EntryProblem(
            rule: "unknown-plan",
            message: "there is no plan '\(address)'" + Suggestion.hint(suggestion),
            hint: "name a plan, or a measure or milestone as PLAN/ID")
    }

    private func emit<T: Encodable>(_ records: [T], text: String) {
        switch format {
        case .text: print(text, terminator: "")
        case .json: print(encodeJSON(records))
        }
    }
}

/// JSON as every countdown command writes it: pretty, keys sorted, slashes plain.
func encodeJSON<T: Encodable>(_ value: T) -> String {
    StableJSONEncoder.text(value, orElse: "null")
}
