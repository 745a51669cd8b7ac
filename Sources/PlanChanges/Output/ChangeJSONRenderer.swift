import Foundation
import StableJSON

/// `--format json`: the change set itself, with a version and the counts,
/// keys sorted, so the same change gives the same bytes.
public enum ChangeJSONRenderer {
    /// Bumped when a field changes meaning or goes; new fields may appear.
    public static let version = 1

    struct Document: Encodable {
        var version: Int
        var from: String
        var to: String
        var counts: SeverityCounts
        var plans: [PlanChange]
        var workspace: [Change]
        var contributions: ContributionTotals?
        var unchangedPlans: Int
        var notCompared: [String]
    }

    public static func render(_ changes: ChangeSet) -> String {
        let document = Document(
            version: version, from: changes.from, to: changes.to, counts: changes.counts, plans: changes.plans,
            workspace: changes.workspace, contributions: changes.contributions, unchangedPlans: changes.unchangedPlans,
            notCompared: changes.notCompared)
        return StableJSONEncoder.text(document, orElse: "{}")
    }
}
