import Foundation
import TestSupport

/// The built countdown, as this target's tests run it, and their Fixtures.
let countdown = CountdownRunner(besideResourcesOf: .module, environment: ["NO_COLOR": "1"], timeout: 30)

extension CountdownRunner {
    /// A copy of the fixture workspace with the repository's mortality data,
    /// in a temporary folder; `edit` may change countdown.yaml first.
    func workspace(editingConfig edit: (String) -> String = { $0 }) throws -> String {
        let root = FileManager.default.temporaryDirectory
            .appendingPathComponent("countdown-le-\(UUID().uuidString)").path
        try FileManager.default.copyItem(atPath: fixtures + "/workspace", toPath: root)
        try FileManager.default.copyItem(
            atPath: SourceTree.root + "/data/mortality-2005-07.csv", toPath: root + "/mortality.csv")
        let config = try String(contentsOfFile: root + "/countdown.yaml", encoding: .utf8)
        try edit(config).write(toFile: root + "/countdown.yaml", atomically: true, encoding: .utf8)
        return root
    }

    /// An empty temporary folder: outside any workspace.
    func emptyFolder() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("countdown-le-\(UUID().uuidString)")
            .path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }
}
