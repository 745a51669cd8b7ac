import Foundation
import TestSupport

/// Where things are: this target's corpus, the other targets' fixtures it
/// reuses (named by path from Tests/), and the built executable.
enum Paths {
    static let tests = SourceTree.root + "/Tests"
    static let corpus = tests + "/HostileInputTests/Corpus"
    /// The loader's fixture workspace: organisations pct and council, board hwb.
    static let baseWorkspace = tests + "/PlanLoadingTests/Fixtures/workspace"
    static let basePlan = baseWorkspace + "/plans/valid.yaml"
    static var isRoot: Bool { geteuid() == 0 }
}

/// The built countdown, beside the test bundle (this target has no resources to find it by).
let countdown = CountdownRunner(
    executable: URL(fileURLWithPath: Bundle.main.bundlePath).appendingPathComponent("countdown"),
    environment: ["NO_COLOR": "1"], timeout: 60)

/// A workspace in a temporary folder: the loader's fixture countdown.yaml and
/// an empty plans/ folder, removed when released.
final class TemporaryWorkspace: TemporaryFolder, @unchecked Sendable {
    init(config: String = Paths.baseWorkspace + "/countdown.yaml") throws {
        try super.init(prefix: "countdown-hostile")
        try FileManager.default.createDirectory(atPath: path + "/plans", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: config, toPath: path + "/countdown.yaml")
    }

    deinit {
        // A test may leave a file unreadable or a folder unlistable.
        _ = try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path + "/plans")
    }

    /// Runs countdown here, as a user would; `prefix` runs it through another program (`setpriv …`).
    func run(_ arguments: [String], timeout: Double = 60, prefix: [String] = []) throws -> Program.Result {
        try countdown.run(arguments, in: path, timeout: timeout, prefix: prefix)
    }
}
