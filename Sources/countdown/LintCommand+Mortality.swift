import Modelling
import PlanLint
import PlanLoading

extension LintCommand {
    /// Lints `workspace` with its plans' contributions modelled from the
    /// mortality file countdown.yaml names, so that rules can compare them
    /// with the declared ones, and reports problems in that file with the rest.
    static func lintWithMortality(_ workspace: LoadedWorkspace, loader: WorkspaceLoader, strict: Bool) -> LintReport {
        let modelling = ModellingLintInput(workspace: workspace, displayPath: loader.displayPath)
        var linter = Linter(strict: strict)
        linter.modelledContributions = modelling.contributions
        var report = linter.lint(workspace)
        report.diagnostics = (report.diagnostics + modelling.diagnostics).sorted()
        report.sources.merge(modelling.sources) { kept, _ in kept }
        return report
    }
}
