import Foundation
import PlanChanges
import PlanLoading
import TestSupport
import Testing
import Tracking

/// "Changes since the last report" compares plans read back from the store
/// with plans read from their files: the round trip must add no change of
/// its own, or every pack would report phantom changes.
struct SnapshotRoundTripTests {
    static let repository = SourceTree.root

    @Test(arguments: [repository, ReportFixture.root])
    func aStoredPlanComparesEqualToItsFile(_ root: String) throws {
        let workspace = try WorkspaceLoader(displayBase: root).load(root: root)
        #expect(!workspace.plans.isEmpty)
        for plan in workspace.plans {
            let stored = try #require(PlanSnapshot(plan).plan(file: plan.file), "\(plan.id) does not read back")
            let change = PlanChanges.compare(before: stored, after: plan)
            #expect(change == nil, "\(plan.id): \(change?.changes.map(\.sentence) ?? [])")
        }
    }
}
