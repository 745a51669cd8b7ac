import Common
import Foundation
import PlanLint
import PlanLoading
import PlanModel
import SystemIO

/// `countdown init`: a new workspace.
public struct InitRequest: Sendable {
    /// The folder for the workspace (absolute).
    public var folder: String
    /// The area's name, as reports show it (default: the folder's name).
    public var area: String?

    public init(folder: String, area: String? = nil) {
        self.folder = folder
        self.area = area
    }
}

/// `countdown new`: a plan skeleton.
public struct NewPlanRequest: Sendable {
    public var planID: String
    public var contributor: String
    public var title: String?

    public init(planID: String, contributor: String, title: String? = nil) {
        self.planID = planID
        self.contributor = contributor
        self.title = title
    }
}

extension Workbench {
    /// Writes countdown.yaml with comments, plans/, exports/ and a .gitignore; never overwrites a workspace.
    public func initialise(_ request: InitRequest) throws(WorkbenchError) -> [Message] {
        let folder = URL(fileURLWithPath: request.folder).standardizedFileURL
        let config = folder.appendingPathComponent(WorkspaceLocator.configFileName)
        guard !FileManager.default.fileExists(atPath: config.path) else {
            throw .cannotRun("\(config.path) already exists; countdown init never overwrites a workspace")
        }
        let name = request.area ?? folder.lastPathComponent.capitalized
        let id = PlanIdentifier.suggested(for: name) ?? "my-area"
        do {
            for sub in ["plans", "exports"] {
                try FileManager.default.createDirectory(
                    at: folder.appendingPathComponent(sub), withIntermediateDirectories: true)
            }
            try Self.write(Scaffold.workspaceConfig(areaID: id, areaName: name, today: today), to: config)
            let gitignore = folder.appendingPathComponent(".gitignore")
            if !FileManager.default.fileExists(atPath: gitignore.path) {
                try Self.write(Scaffold.gitignore, to: gitignore)
            }
        } catch {
            throw .cannotRun("cannot write the workspace in \(folder.path): \(error.localizedDescription)")
        }
        return [
            .note("created \(config.path), plans/ and exports/"),
            .note("next: edit countdown.yaml, then: countdown new PLAN-ID --contributor CONTRIBUTOR"),
        ]
    }

    /// Writes a plan skeleton in plans/, with a TODO wherever the plan needs its own words.
    public func newPlan(_ request: NewPlanRequest) throws(WorkbenchError) -> [Message] {
        let planID = request.planID
        guard PlanIdentifier.isValid(planID) else {
            let suggestion = PlanIdentifier.suggested(for: planID).map { ", such as '\($0)'" } ?? ""
            throw .cannotRun("'\(planID)' is not a valid plan id: use lower-case letters, digits and '-'\(suggestion)")
        }
        let root = try root()
        let loaded = try OpenedWorkspace.load(root: root, loader: WorkspaceLoader(), only: [])
        guard let config = loaded.config else {
            throw .cannotRun("countdown.yaml has errors; run countdown lint and fix them first")
        }
        guard let chosen = config.contributor(request.contributor) else {
            let ids = config.contributors.map(\.id)
            let suggestion =
                Suggestion.hint(Suggestion.closest(to: request.contributor, in: ids))
            throw .cannotRun(
                "unknown contributor '\(request.contributor)'\(suggestion); use one of: \(ids.joined(separator: ", "))")
        }
        let file = URL(fileURLWithPath: root).appendingPathComponent("plans/\(planID).yaml")
        if let refusal = WorkspaceConfinement.problem(writing: file.path, root: root) {
            throw .cannotRun("cannot write the plan: \(refusal); countdown writes only inside the workspace")
        }
        guard !FileManager.default.fileExists(atPath: file.path) else {
            throw .cannotRun("\(file.path) already exists; countdown new never overwrites a plan")
        }
        do {
            try FileManager.default.createDirectory(
                at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Self.write(
                Scaffold.plan(id: planID, title: request.title, contributor: chosen, workspace: config), to: file)
        } catch {
            throw .cannotRun("cannot write \(file.path): \(error.localizedDescription)")
        }
        return [.note("created \(WorkspaceLoader().displayPath(file.path)); fill in the TODOs, then: countdown lint")]
    }

    /// Written whole to a temporary file and renamed into place, so a crash never
    /// leaves half a file.
    static func write(_ text: String, to url: URL) throws {
        try AtomicFileWriter.write(Data(text.utf8), to: url.path)
    }
}
