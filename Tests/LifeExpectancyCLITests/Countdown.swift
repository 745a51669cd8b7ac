import Foundation
import TestSupport

/// The built countdown, as this target's tests run it, and their Fixtures.
let countdown = CountdownRunner(besideResourcesOf: .module, environment: ["NO_COLOR": "1"], timeout: 30)

extension CountdownRunner {
    /// A copy of the fixture workspace with the repository's mortality data,
    /// in a temporary folder; `edit` may change countdown.yaml first.
    func workspace(editingConfig edit: (String) -> String = { $0 }) throws -> String {
        try MortalityWorkspace.copy(fixtures + "/workspace", prefix: "countdown-le", editingConfig: edit)
    }

    /// An empty temporary folder: outside any workspace.
    func emptyFolder() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("countdown-le-\(UUID().uuidString)")
            .path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }
}
