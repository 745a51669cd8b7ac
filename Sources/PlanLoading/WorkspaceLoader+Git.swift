import Foundation
import PlanModel

extension WorkspaceLoader {
    /// Loads the workspace at `root` (a folder in the working tree) as
    /// `commit` holds it, through a `GitRevisionSource`: the same checks,
    /// and the same file names in diagnostics, as loading the folder.
    ///
    /// When the commit has no countdown.yaml there, the workspace may have
    /// moved folder since (a repository reorganised): it is looked for where
    /// the commit's only countdown.yaml is, or where git's rename detection
    /// says the current one came from, and loaded from there, so its plans
    /// show as moved files rather than added. A commit from before the
    /// workspace existed gives an empty workspace, so everything counts as added.
    public func load(root: String, commit: String, in repository: GitRepository) throws -> LoadedWorkspace {
        let revision = try GitRevisionSource(repository: repository, commit: commit)
        let configName = WorkspaceLocator.configFileName
        var folder = root
        if revision.entry(at: root + "/" + configName) != .file {
            guard let previous = previousFolder(of: root, in: revision) else { return LoadedWorkspace(root: root) }
            folder = previous
        }
        var loader = self
        loader.source = revision
        return try loader.load(root: folder)
    }

    /// Where the workspace now at `root` was in the revision, as a working-tree path.
    private func previousFolder(of root: String, in revision: GitRevisionSource) -> String? {
        let repository = revision.repository
        let configName = WorkspaceLocator.configFileName
        let candidates = revision.files(named: configName)
        var found: String?
        if candidates.count == 1 {
            found = candidates[0]
        } else if let current = repository.repositoryPath(of: root + "/" + configName),
            let renamed = try? repository.renameSource(of: current, since: revision.commit),
            candidates.contains(renamed)
        {
            found = renamed
        }
        guard let found else { return nil }
        let folder = String(found.dropLast(configName.count)).trimmingCharacters(in: CharacterSet(charactersIn: "/"))
        return folder.isEmpty ? repository.workTree : repository.workTree + "/" + folder
    }
}

extension LoadedWorkspace {
    /// Files read with errors that gave no plan: plan files that failed
    /// their schema checks (and countdown.yaml or a framework file with
    /// errors, which no plan comes from). A comparison reports a plan from
    /// one of these as "not compared" rather than added or removed.
    public var filesWithErrors: Set<String> {
        let planFiles = Set(plans.map(\.file))
        return Set(diagnostics.filter { $0.severity == .error }.map(\.location.file)).subtracting(planFiles)
    }

    /// There is no countdown.yaml: the folder or commit holds no workspace.
    public var hasConfig: Bool { !files.isEmpty }
}
