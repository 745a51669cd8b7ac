import Common
import Foundation
import Modelling
import PlanLoading
import PlanModel
import SystemIO

extension MortalityFile {
    /// National files for every local area run to tens of megabytes; this
    /// refuses a runaway file before reading it.
    public static let sizeLimit = 512 * 1_048_576

    /// Reads and checks the file at `path`, shown to the user as `display`.
    public static func load(path: String, display: String) -> Result<MortalityFile, Failure> {
        switch FileReader.contents(of: path, limit: sizeLimit) {
        case .success(let bytes): return parse(bytes: bytes, display: display)
        case .failure(.tooLarge(let size, _)):
            return .failure(
                .unreadable(
                    display: display,
                    reason: "it is \(size / 1_048_576) MB; mortality files are limited to \(sizeLimit / 1_048_576) MB"))
        case .failure(let failure): return .failure(.unreadable(display: display, reason: failure.reason))
        }
    }
}

extension ModellingLintInput {
    /// Reads the mortality file named in the workspace's countdown.yaml and
    /// models every loaded plan. A missing file is left to the loader, which
    /// reports it at the `mortality:` value.
    public init(workspace: LoadedWorkspace, displayPath: (String) -> String) {
        self.init()
        guard let config = workspace.config, let goal = config.lifeExpectancy,
            let path = WorkspaceLoader.mortalityPath(config, root: workspace.root),
            FileManager.default.fileExists(atPath: path), EffectTiming(workspace: config) != nil
        else { return }
        switch MortalityFile.load(path: path, display: displayPath(path)) {
        case .success(let file): self.init(file: file, config: config, plans: workspace.plans)
        case .failure(.unreadable(_, let reason)):
            diagnostics.append(
                Diagnostic(
                    rule: SchemaRule.unreadableFile.rawValue, message: "cannot read the mortality file: \(reason)",
                    location: goal.locations["mortality"]))
        case .failure(let failure):
            diagnostics = failure.diagnostics
            sources = failure.sources
        }
    }
}
