/// Every kind of change the comparison reports: a closed set, so that each
/// renderer and consumer handles every one (the raw value is the stable
/// name used in JSON and in GitHub annotation titles).
public enum ChangeKind: String, Sendable, Codable, CaseIterable {
    // Plans as a whole.
    case planAdded = "plan-added"
    case planRemoved = "plan-removed"
    /// A plan whose file could not be read on one side (it has schema
    /// errors there), so it is neither added nor removed: it was not compared.
    case planNotCompared = "plan-not-compared"
    /// `status` changed (draft, active, closed); closing is its own kind.
    case planStatusChanged = "plan-status-changed"
    case planClosed = "plan-closed"
    /// The same plan (by id) read from another file: renamed or moved folder.
    case planFileMoved = "plan-file-moved"
    /// Title, summary, contributor, board, reporting cadence or period.
    case planDetailsChanged = "plan-details-changed"

    // Measures: the outcome and the objectives.
    case targetChanged = "target-changed"
    case targetDateChanged = "target-date-changed"
    case baselineChanged = "baseline-changed"
    case trajectoryPointAdded = "trajectory-point-added"
    case trajectoryPointRemoved = "trajectory-point-removed"
    case trajectoryPointMoved = "trajectory-point-moved"
    case toleranceChanged = "tolerance-changed"
    /// The unit or the better direction changed: earlier figures may not compare.
    case measureRedefined = "measure-redefined"
    /// An objective's statement or the outcome's title, old and new text.
    case measureReworded = "measure-reworded"
    case objectiveAdded = "objective-added"
    case objectiveRemoved = "objective-removed"
    case ownerChanged = "owner-changed"

    // Milestones.
    case milestoneAdded = "milestone-added"
    case milestoneRemoved = "milestone-removed"
    /// The due date moved: later is a slip.
    case milestoneMoved = "milestone-moved"
    case milestoneReowned = "milestone-reowned"
    case milestoneRetitled = "milestone-retitled"

    // Interventions, leads and partners.
    case interventionAdded = "intervention-added"
    case interventionRemoved = "intervention-removed"
    /// Title or level.
    case interventionChanged = "intervention-changed"
    /// An objective or milestone now listed under another intervention.
    case regrouped = "regrouped"
    case leadChanged = "lead-changed"
    case partnerAdded = "partner-added"
    case partnerRemoved = "partner-removed"
    /// What the partner contributes, or how much.
    case partnerChanged = "partner-changed"

    // The Christmas Tree diagnostic.
    case ratingChanged = "rating-changed"
    case ratingEvidenceChanged = "rating-evidence-changed"
    /// The component's fraction (coverage, uptake, adherence).
    case ratingValueChanged = "rating-value-changed"
    case ratingAdded = "rating-added"
    case ratingRemoved = "rating-removed"

    // Risks.
    case riskAdded = "risk-added"
    case riskRemoved = "risk-removed"
    /// Likelihood or impact.
    case riskRescored = "risk-rescored"
    /// Description, mitigation or owner.
    case riskChanged = "risk-changed"

    // Life expectancy.
    /// A plan's declared contribution for a sex.
    case contributionChanged = "contribution-changed"
    case causesChanged = "causes-changed"
    /// The workspace's life-expectancy target (gap, percentage or date).
    case workspaceTargetChanged = "workspace-target-changed"
    /// The plans' total declared contribution against the target, for a sex.
    case contributionTotalChanged = "contribution-total-changed"
}
