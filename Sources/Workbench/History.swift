import Common
import PlanModel
import Reporting
import SystemIO
import Tracking

extension Workbench {
    /// Everything ever recorded for `address`: PLAN (its synced revisions),
    /// PLAN/MEASURE (its values) or PLAN/MILESTONE (its completions and due dates).
    public func history(of address: String) throws(WorkbenchError) -> HistoryReport {
        let workspace = try open()
        let store = try workspace.openStoreIfPresent(self)
        let catalog = workspace.catalog
        let parts = address.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        if parts.count == 1 {
            let revisions = try storeCall { () throws(StoreError) in try store?.revisions(of: address) ?? [] }
            if revisions.isEmpty, catalog.plan(address) == nil {
                throw .stopped([.entry(Self.unknownPlan(address, in: catalog))])
            }
            return .revisions(planID: address, revisions)
        }
        guard parts.count == 2 else { throw .stopped([.entry(Self.unknownPlan(address, in: catalog))]) }
        let (planID, id) = (parts[0], parts[1])
        let plan = catalog.plan(planID)
        let actuals = try storeCall { () throws(StoreError) in
            try store?.actualHistory(planID: planID, measureID: id) ?? []
        }
        let completions = try storeCall { () throws(StoreError) in
            try store?.completionHistory(planID: planID, milestoneID: id) ?? []
        }
        let isMeasure = plan?.measures.contains { $0.id == id } ?? false
        let isMilestone = plan?.milestones.contains { $0.id == id } ?? false
        if isMilestone || (!isMeasure && !completions.isEmpty) {
            let revisions = try storeCall { () throws(StoreError) in try store?.revisions(of: planID) ?? [] }
            let dues = revisions.compactMap { revision in
                revision.plan?.milestoneDues[id].map { (revision: revision, due: $0.description) }
            }
            return .completions(address: address, completions, dues: dues)
        }
        if isMeasure || !actuals.isEmpty {
            return .actuals(address: address, actuals, unit: plan?.measures.first { $0.id == id }?.unit)
        }
        // Neither in the plans nor in the store: explain with the measure check's "did you mean".
        do {
            _ = try catalog.measure(address)
            return .actuals(address: address, [], unit: nil)
        } catch {
            guard let plan else { throw .stopped([.entry(error)]) }
            let ids = plan.measures.map(\.id) + plan.milestones.map(\.id)
            let suggestion = Suggestion.closest(to: id, in: ids)
            throw .stopped([
                .entry(
                    EntryProblem(
                        rule: "unknown-address",
                        message: "plan '\(planID)' has no measure or milestone '\(id)'"
                            + Suggestion.hint(suggestion.map { "\(planID)/\($0)" }),
                        hint: suggestion == nil
                            ? "its measures and milestones are: " + ids.joined(separator: ", ") : nil
                    ))
            ])
        }
    }

    static func unknownPlan(_ address: String, in catalog: PlanCatalog) -> EntryProblem {
        let suggestion = Suggestion.closest(to: address, in: catalog.plans.map(\.id))
        return EntryProblem(
            rule: "unknown-plan",
            message: "there is no plan '\(address)'" + Suggestion.hint(suggestion),
            hint: "name a plan, or a measure or milestone as PLAN/ID")
    }
}
