import Common
import Modelling
import PlanLint
import PlanLoading
import SystemIO

/// `countdown lint`: what to check.
public struct LintRequest: Sendable {
    /// Plan files or folders to check; empty for the whole workspace.
    public var paths: [String]
    /// Warnings count as errors.
    public var strict: Bool

    public init(paths: [String] = [], strict: Bool = false) {
        self.paths = paths
        self.strict = strict
    }
}

/// What lint found, and the workspace it read (kept for as long as the
/// report is: a national workspace's plans are freed only at the end).
public struct LintResult: Sendable {
    public var report: LintReport
    public var workspace: LoadedWorkspace
}

extension Workbench {
    /// Lints the workspace (or the named files, with the workspace for context).
    public func lint(_ request: LintRequest) throws(WorkbenchError) -> LintResult {
        let root = try root()
        let loader = WorkspaceLoader()
        let workspace = try OpenedWorkspace.load(
            root: root, loader: loader, only: request.paths.isEmpty ? nil : request.paths)
        return LintResult(report: Self.lint(workspace, loader: loader, strict: request.strict), workspace: workspace)
    }

    /// Lints `workspace` with its plans' contributions modelled from the
    /// mortality file countdown.yaml names, so that rules can compare them
    /// with the declared ones, and reports problems in that file with the rest.
    static func lint(_ workspace: LoadedWorkspace, loader: WorkspaceLoader, strict: Bool) -> LintReport {
        let modelling = ModellingLintInput(workspace: workspace, displayPath: loader.displayPath)
        var linter = Linter(strict: strict)
        linter.modelledContributions = modelling.contributions
        var report = linter.lint(workspace)
        report.diagnostics = (report.diagnostics + modelling.diagnostics).sorted()
        report.sources.merge(modelling.sources) { kept, _ in kept }
        return report
    }
}
