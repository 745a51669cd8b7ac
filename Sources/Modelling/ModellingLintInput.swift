import Common
import Foundation
import LifeTables
import PlanLoading
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

    /// Reads the mortality file named in the workspace's countdown.yaml and
    /// models every loaded plan. A missing file is left to the loader, which
    /// reports it at the `mortality:` value.
    public init(workspace: LoadedWorkspace, displayPath: (String) -> String) {
        self.init()
        guard let config = workspace.config, let goal = config.lifeExpectancy,
            let path = WorkspaceLoader.mortalityPath(config, root: workspace.root),
            FileManager.default.fileExists(atPath: path), let timing = EffectTiming(workspace: config)
        else { return }
        let file: MortalityFile
        switch MortalityFile.load(path: path, display: displayPath(path)) {
        case .success(let loaded): file = loaded
        case .failure(.unreadable(_, let reason)):
            diagnostics.append(
                Diagnostic(
                    rule: SchemaRule.unreadableFile.rawValue, message: "cannot read the mortality file: \(reason)",
                    location: goal.locations["mortality"]))
            return
        case .failure(let failure):
            diagnostics = failure.diagnostics
            sources = failure.sources
            return
        }
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
        for contribution in model.contributions(of: workspace.plans, in: config) {
            byPlan[contribution.planID] = contribution.summary(mortalityFile: file.display)
        }
        contributions = byPlan
    }
}
