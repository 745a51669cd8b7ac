import Common
import PlanChanges
import PlanLoading
import PlanModel
import SystemIO

/// `countdown diff`: which two versions of the plans to compare.
public struct DiffRequest: Sendable {
    public enum Sides: Sendable {
        /// Two git revisions of the workspace; nil before is the merge base with
        /// the default branch, nil after is the working tree.
        case revisions(before: String?, after: String?)
        /// Two workspace folders, outside git.
        case folders(before: String, after: String)
    }

    /// What makes a diff fail (exit 1).
    public enum FailOn: String, CaseIterable, Sendable {
        /// A target made less ambitious, a milestone slipped, a rating improved
        /// with unchanged evidence, the plans falling below the target, ….
        case weakening
        /// Any change at all.
        case any
    }

    public var sides: Sides
    public var failOn: FailOn?

    public init(sides: Sides, failOn: FailOn? = nil) {
        self.sides = sides
        self.failOn = failOn
    }
}

/// What changed, and each side's errors (plans in files with errors are not compared).
public struct DiffOutcome: Sendable {
    public var before: LoadedWorkspace
    public var after: LoadedWorkspace
    public var changes: ChangeSet
    public var messages: [Message]
    /// --fail-on found what it names, or the plans after have errors.
    public var failed: Bool
}

extension Workbench {
    /// Compares two versions of the plans through the change model.
    public func diff(_ request: DiffRequest) throws(WorkbenchError) -> DiffOutcome {
        let (before, after, labels) =
            switch request.sides {
            case .folders(let from, let to): try folders(from, to)
            case .revisions(let base, let head): try revisions(base: base, head: head)
            }
        var changes = PlanChanges.compare(
            before: before.plans, after: after.plans, beforeWorkspace: before.config, afterWorkspace: after.config,
            notReadBefore: before.filesWithErrors, notReadAfter: after.filesWithErrors)
        changes.from = labels.from
        changes.to = labels.to
        let failed =
            switch request.failOn {
            case .weakening?: changes.hasWeakening
            case .any?: !changes.isEmpty
            case nil: false
            }
        return DiffOutcome(
            before: before, after: after, changes: changes,
            messages: Self.errors(in: before, label: labels.from) + Self.errors(in: after, label: labels.to),
            failed: failed || !after.filesWithErrors.isEmpty)
    }

    private typealias Sides = (before: LoadedWorkspace, after: LoadedWorkspace, labels: (from: String, to: String))

    /// Two folders: each is loaded with paths shown relative to itself, so
    /// the same plan file has the same name on both sides.
    private func folders(_ from: String, _ to: String) throws(WorkbenchError) -> Sides {
        func load(_ path: String) throws(WorkbenchError) -> LoadedWorkspace {
            do {
                let root = try WorkspaceLocator.validate(path)
                return try WorkspaceLoader(displayBase: root).load(root: root)
            } catch {
                throw .cannotRun(error.description)
            }
        }
        return (try load(from), try load(to), (from, to))
    }

    /// Two revisions of the workspace found from here; the working tree when
    /// the after revision is not named.
    private func revisions(base: String?, head: String?) throws(WorkbenchError) -> Sides {
        let root = try root()
        do {
            let repository = try GitRepository(workspace: root)
            let loader = WorkspaceLoader()
            let baseCommit: String
            var fromLabel: String
            if let base {
                baseCommit = try repository.commit(base)
                fromLabel = "\(base) (\(repository.shortName(baseCommit)))"
                if base == repository.shortName(baseCommit) { fromLabel = base }
            } else {
                let found = try repository.defaultBase()
                baseCommit = found.commit
                fromLabel = "\(repository.shortName(found.commit)) (merge base with \(found.branch))"
            }
            let before = try loader.load(root: root, commit: baseCommit, in: repository)
            if let head {
                let headCommit = try repository.commit(head)
                let after = try loader.load(root: root, commit: headCommit, in: repository)
                let label =
                    head == repository.shortName(headCommit) ? head : "\(head) (\(repository.shortName(headCommit)))"
                return (before, after, (fromLabel, label))
            }
            return (before, try loader.load(root: root), (fromLabel, "the working tree"))
        } catch let error as GitError {
            throw .cannotRun(error.description)
        } catch let error as WorkspaceError {
            throw .cannotRun(error.description)
        } catch {
            throw .cannotRun(String(describing: error))
        }
    }

    /// Errors on one side are shown (their plans are not compared); warnings are lint's business.
    private static func errors(in side: LoadedWorkspace, label: String) -> [Message] {
        let errors = side.diagnostics.filter { $0.severity == .error }
        guard !errors.isEmpty else { return [] }
        return [
            .problem(
                "In \(label): \(count(errors.count, "error")) in \(count(side.filesWithErrors.count, "file")); "
                    + "plans in \(side.filesWithErrors.count == 1 ? "it are" : "them are") not compared "
                    + "(countdown lint shows the same):"),
            .findings(errors, sources: side.sources),
        ]
    }
}
