import Common
import Foundation
import PlanModel

extension WorkspaceLoader {
    /// The absolute path of the mortality file countdown.yaml names under
    /// `life_expectancy.mortality` (relative to the workspace folder unless
    /// absolute), or `nil` when it names none or names a place outside the
    /// workspace folder (WorkspaceConfinement; `mortalityDiagnostics` reports it).
    public static func mortalityPath(_ config: WorkspaceConfig, root: String) -> String? {
        guard let path = config.lifeExpectancy?.mortality,
            WorkspaceConfinement.problem(naming: path, root: root) == nil
        else { return nil }
        return path.hasPrefix("/") ? path : root + "/" + path
    }

    /// A named mortality file must exist and be a file: otherwise an error
    /// at the `mortality:` value, with the closest CSV file in that folder
    /// as a suggestion. Its contents are checked by whoever reads it.
    func mortalityDiagnostics(_ config: WorkspaceConfig, root: String) -> [Diagnostic] {
        guard let goal = config.lifeExpectancy, let written = goal.mortality else { return [] }
        if let refusal = WorkspaceConfinement.problem(naming: written, root: root) {
            return [
                Diagnostic(
                    rule: SchemaRule.unreadableFile.rawValue, message: "the mortality file \(refusal)",
                    location: goal.locations["mortality"],
                    hint: "keep the mortality file in the workspace, or pass it to countdown gap with --mortality")
            ]
        }
        guard let path = Self.mortalityPath(config, root: root) else { return [] }
        let entry = source.entry(at: path)
        if entry == .file { return [] }
        let exists = entry != nil
        let folder = (path as NSString).deletingLastPathComponent
        let csvFiles = (source.names(in: folder) ?? [])
            .filter { $0.lowercased().hasSuffix(".csv") }.sorted()
        let name = (path as NSString).lastPathComponent
        let suggestion = Suggestion.hint(Suggestion.closest(to: name, in: csvFiles))
        let problem = exists ? "is a folder, not a file" : "does not exist\(suggestion)"
        return [
            Diagnostic(
                rule: SchemaRule.unreadableFile.rawValue,
                message: "mortality file '\(written)' \(problem)",
                location: goal.locations["mortality"],
                hint: "give the path of the mortality CSV file relative to the workspace folder, or remove 'mortality:'"
            )
        ]
    }

    /// `store:` names where countdown writes: a committed countdown.yaml is
    /// not trusted to put it outside the workspace (COUNTDOWN_STORE is the
    /// user's way to keep a store elsewhere).
    func storeDiagnostics(_ config: WorkspaceConfig, root: String) -> [Diagnostic] {
        guard let refusal = WorkspaceConfinement.problem(writing: config.store, root: root) else { return [] }
        return [
            Diagnostic(
                rule: SchemaRule.unreadableFile.rawValue,
                message: "the store \(refusal); countdown keeps the "
                    + "store inside the workspace", location: config.locations["store"],
                hint: "write a path inside the workspace (the default is .countdown/tracking.sqlite), or set "
                    + "COUNTDOWN_STORE to keep the store elsewhere")
        ]
    }
}
