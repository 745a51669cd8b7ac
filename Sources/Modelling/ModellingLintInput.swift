import Common
import Foundation
import LifeTables
import PlanModel

/// What `countdown lint` needs from the mortality data: every plan's
/// modelled contribution for the rules, and any problem in the data itself
/// as diagnostics, so that one lint run reports everything.
public struct ModellingLintInput: Sendable {
    /// Modelled contributions by plan id (plans with no `impact` are left
    /// out); `nil` when the workspace names no usable mortality file.
    public var contributions: [String: ModelledContribution]?
    /// Problems in the mortality file, or in matching it to the area.
    public var diagnostics: [Diagnostic]
    /// The mortality file's text by displayed path, when it has problems.
    public var sources: [String: String]

    public init(
        contributions: [String: ModelledContribution]? = nil, diagnostics: [Diagnostic] = [],
        sources: [String: String] = [:]
    ) {
        self.contributions = contributions
        self.diagnostics = diagnostics
        self.sources = sources
    }

    /// Every plan's modelled contribution from a mortality file already
    /// read, or the problem matching the file to the area.
    public init(file: MortalityFile, config: WorkspaceConfig, plans: [Plan]) {
        self.init()
        guard let timing = EffectTiming(workspace: config) else { return }
        guard let model = ContributionModel(mortality: file.data, area: config.area.name, timing: timing) else {
            let names = file.data.populations
            let suggestion = Suggestion.hint(Suggestion.closest(to: config.area.name, in: names))
            diagnostics.append(
                Diagnostic(
                    rule: MortalityFile.ruleID,
                    message: "the mortality file \(file.display) has no rows for the area '\(config.area.name)'"
                        + suggestion,
                    location: config.locations["area"],
                    hint: "the area's name must match the population column; the file has: "
                        + names.joined(separator: ", ")))
            return
        }
        var byPlan: [String: ModelledContribution] = [:]
        for contribution in model.contributions(of: plans, in: config) {
            byPlan[contribution.planID] = contribution.summary(mortalityFile: file.display)
        }
        contributions = byPlan
    }
}
