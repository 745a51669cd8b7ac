import Foundation
import PlanLoading
import TestSupport

/// The fixture workspace copied to a temporary folder with the repository's
/// synthetic mortality file beside it, as a user would have it.
struct TestWorkspace {
    static let dataFile = SourceTree.root + "/data/mortality-2005-07.csv"
    static let fixture = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.path + "/workspace"

    let root: String

    /// A fresh copy; `edit` may change countdown.yaml's text first.
    init(editingConfig edit: (String) -> String = { $0 }) throws {
        root =
            FileManager.default.temporaryDirectory
            .appendingPathComponent("countdown-modelling-\(UUID().uuidString)").path
        try FileManager.default.copyItem(atPath: Self.fixture, toPath: root)
        try FileManager.default.copyItem(atPath: Self.dataFile, toPath: root + "/mortality.csv")
        let config = try String(contentsOfFile: root + "/countdown.yaml", encoding: .utf8)
        try edit(config).write(toFile: root + "/countdown.yaml", atomically: true, encoding: .utf8)
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: root)
    }

    func load() throws -> LoadedWorkspace {
        try WorkspaceLoader(displayBase: root).load(root: root)
    }
}
