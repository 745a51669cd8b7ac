import Foundation
import PlanLoading
import TestSupport

/// The fixture workspace copied to a temporary folder with the repository's
/// synthetic mortality file beside it, as a user would have it.
struct TestWorkspace {
    static let dataFile = MortalityWorkspace.dataFile
    static let fixture = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.path + "/workspace"

    let root: String

    /// A fresh copy; `edit` may change countdown.yaml's text first.
    init(editingConfig edit: (String) -> String = { $0 }) throws {
        root = try MortalityWorkspace.copy(Self.fixture, prefix: "countdown-modelling", editingConfig: edit)
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: root)
    }

    func load() throws -> LoadedWorkspace {
        try WorkspaceLoader(displayBase: root).load(root: root)
    }
}
