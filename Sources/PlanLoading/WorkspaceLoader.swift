import Foundation
import LocatedYAML
import PlanModel

/// Reads a workspace: `countdown.yaml`, its framework, and the plans.
/// Never stops at the first problem: every file is read and checked, and
/// each problem becomes a diagnostic.
public struct WorkspaceLoader: Sendable {
    /// Paths in diagnostics are shown relative to this folder (the current
    /// directory), so they can be clicked and pasted.
    public var displayBase: String
    public var limits: ComposeLimits
    public var fileSizeLimit: Int

    public init(
        displayBase: String = FileManager.default.currentDirectoryPath, limits: ComposeLimits = ComposeLimits(),
        fileSizeLimit: Int = FileReader.defaultLimit
    ) {
        self.displayBase = displayBase
        self.limits = limits
        self.fileSizeLimit = fileSizeLimit
    }

    /// Loads the workspace at `root`. With `only`, checks those plan files
    /// (and folders of them) instead of every file under `plans/`; the
    /// workspace settings are still read for context.
    public func load(root: String, only paths: [String]? = nil) throws(WorkspaceError) -> LoadedWorkspace {
        var result = LoadedWorkspace(root: root)
        let configPath = root + "/" + WorkspaceLocator.configFileName
        let configRoot = read(configPath, into: &result)
        let context = context(from: configRoot, root: root, into: &result)
        if let configRoot {
            let display = displayPath(configPath)
            var validator = SchemaValidator(
                file: display, context: ValidationContext(), root: WorkspaceSchema.workspace)
            validator.validateRoot(configRoot, as: WorkspaceSchema.workspace)
            result.diagnostics += validator.diagnostics
            result.diagnostics += uniqueIDDiagnostics(configRoot, file: display)
            result.diagnostics += periodDiagnostics(configRoot, file: display)
            if validator.diagnostics.isEmpty { result.config = ModelDecoder(file: display).workspace(configRoot) }
            if let config = result.config { result.diagnostics += mortalityDiagnostics(config, root: root) }
        }
        let planPaths = paths ?? [root + "/plans"]
        var plans: [Plan] = []
        var planIDs: [(id: String, location: SourceLocation)] = []
        result.isPartial = paths != nil
        for path in try expand(planPaths) where !isConfig(path, root: root) {
            result.planFileCount += 1
            guard let node = read(path, into: &result) else { continue }
            let display = displayPath(path)
            var validator = SchemaValidator(file: display, context: context, root: PlanSchema.plan)
            validator.validateRoot(node, as: PlanSchema.plan)
            result.diagnostics += validator.diagnostics
            result.diagnostics += periodDiagnostics(node, file: display)
            if case .mapping(let mapping) = node, let idNode = mapping["id"], let id = ScalarReading.text(idNode) {
                planIDs.append(
                    (id, SourceLocation(file: display, line: idNode.position.line, column: idNode.position.column)))
            }
            let clean = validator.diagnostics.isEmpty && !result.diagnostics.contains { $0.location.file == display }
            if clean, let plan = ModelDecoder(file: display).plan(node) { plans.append(plan) }
        }
        result.diagnostics += duplicatePlanIDs(planIDs)
        result.plans = plans
        result.diagnostics.sort()
        return result
    }

    /// Reads and composes one file, recording its text and any problem.
    func read(_ path: String, into result: inout LoadedWorkspace) -> YAMLNode? {
        let display = displayPath(path)
        result.files.append(display)
        let bytes: [UInt8]
        switch FileReader.contents(of: path, limit: fileSizeLimit) {
        case .success(let contents): bytes = contents
        case .failure(let failure):
            let rule: SchemaRule = if case .tooLarge = failure { .inputLimits } else { .unreadableFile }
            result.diagnostics.append(
                Diagnostic(
                    rule: rule.rawValue, message: "cannot read this file: \(failure.reason)",
                    location: SourceLocation(file: display, line: 1, column: 1)))
            return nil
        }
        let composed = YAMLComposer.compose(bytes, limits: limits)
        result.sources[display] = String(decoding: bytes, as: UTF8.self)
        for problem in composed.problems {
            result.diagnostics.append(diagnostic(for: problem, file: display))
        }
        return composed.root
    }

    func diagnostic(for problem: YAMLProblem, file: String) -> Diagnostic {
        let rule: SchemaRule =
            switch problem.kind {
            case .syntax: .yamlSyntax
            case .encoding: .fileEncoding
            case .empty: .emptyFile
            case .limits: .inputLimits
            case .duplicateKey: .duplicateKey
            case .complexKey: .wrongType
            }
        func location(_ position: TextPosition) -> SourceLocation {
            SourceLocation(file: file, line: position.line, column: position.column)
        }
        return Diagnostic(
            rule: rule.rawValue, message: problem.message, location: location(problem.position), hint: problem.hint,
            notes: problem.related.map { [Diagnostic.Note(message: $0.message, location: location($0.position))] } ?? []
        )
    }

    /// Plan files: `*.yaml` and `*.yml` directly in each folder, sorted; files as given.
    func expand(_ paths: [String]) throws(WorkspaceError) -> [String] {
        var files: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                if path.hasSuffix("/plans") { continue }  // a workspace with no plans yet
                throw .unreadablePath(path, reason: "no such file or folder")
            }
            guard isDirectory.boolValue else {
                files.append(path)
                continue
            }
            let names: [String]
            do {
                names = try FileManager.default.contentsOfDirectory(atPath: path)
            } catch {
                throw .unreadablePath(path, reason: "the folder cannot be listed")
            }
            files += names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
                .map { path + "/" + $0 }
        }
        return files
    }

    func isConfig(_ path: String, root: String) -> Bool {
        URL(fileURLWithPath: path).standardizedFileURL.path == root + "/" + WorkspaceLocator.configFileName
    }

    /// `path` relative to the display base when it lies under it.
    public func displayPath(_ path: String) -> String {
        let absolute = URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: displayBase))
            .standardizedFileURL.path
        let base = URL(fileURLWithPath: displayBase).standardizedFileURL.path
        let prefix = base.hasSuffix("/") ? base : base + "/"
        return absolute.hasPrefix(prefix) ? String(absolute.dropFirst(prefix.count)) : absolute
    }
}
