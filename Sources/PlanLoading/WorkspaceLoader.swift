import Common
import Foundation
import LocatedYAML
import PlanModel
import SystemIO

/// Reads a workspace: `countdown.yaml`, its framework, and the plans.
/// Never stops at the first problem: every file is read and checked, and
/// each problem becomes a diagnostic.
public struct WorkspaceLoader: Sendable {
    /// Paths in diagnostics are shown relative to this folder (the current
    /// directory), so they can be clicked and pasted.
    public var displayBase: String
    public var limits: ComposeLimits
    public var fileSizeLimit: Int
    /// Where files are read from: the file system, or a git revision.
    public var source: any WorkspaceSource

    public init(
        displayBase: String = FileManager.default.currentDirectoryPath, limits: ComposeLimits = ComposeLimits(),
        fileSizeLimit: Int = FileReader.defaultLimit, source: any WorkspaceSource = FileSystemSource()
    ) {
        self.displayBase = displayBase
        self.limits = limits
        self.fileSizeLimit = fileSizeLimit
        self.source = source
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
            var validator = SchemaValidator(file: display, context: ValidationContext(), schema: .workspace)
            validator.validateRoot(configRoot)
            result.diagnostics += validator.diagnostics
            result.diagnostics += uniqueIDDiagnostics(configRoot, file: display)
            // A period that ends before it starts would make every date in every plan look wrong.
            let periodProblems = periodDiagnostics(configRoot, file: display)
            result.diagnostics += periodProblems
            if validator.diagnostics.isEmpty && periodProblems.isEmpty {
                result.config = ModelDecoder(file: display, storage: configRoot.storage).workspace(configRoot.id)
            }
            if let config = result.config {
                result.diagnostics += mortalityDiagnostics(config, root: root) + storeDiagnostics(config, root: root)
            }
        }
        let planPaths = paths ?? [root + "/plans"]
        var plans: [Plan] = []
        var planIDs: [(id: String, location: SourceLocation)] = []
        result.isPartial = paths != nil
        let listed = try expand(planPaths)
        let shortcuts = PlanPaths(files: listed, root: root, displayBase: displayBase)
        let files = listed.filter { !shortcuts.isConfig($0, loader: self, root: root) }
        // Each plan file is read and checked on its own, so the files are
        // shared out across the cores; results are merged in file order.
        let loaded = ConcurrentMap.map(files) { loadPlan($0, context: context, root: root, paths: shortcuts) }
        for file in loaded {
            result.planFileCount += 1
            result.files.append(file.reading.display)
            if let text = file.reading.text { result.sources[file.reading.display] = text }
            result.diagnostics += file.reading.diagnostics + file.diagnostics
            if let id = file.id { planIDs.append(id) }
            if let plan = file.plan { plans.append(plan) }
        }
        result.diagnostics += duplicatePlanIDs(planIDs)
        result.plans = plans
        result.diagnostics.sort()
        return result
    }

    /// One file read and composed: its text, its tree and any problem.
    struct FileReading: Sendable {
        var display: String
        var text: String?
        var node: YAMLNode?
        var diagnostics: [Diagnostic] = []
    }

    /// One plan file read, checked and, when clean, decoded.
    struct PlanFile: Sendable {
        var reading: FileReading
        var diagnostics: [Diagnostic] = []
        var id: (id: String, location: SourceLocation)?
        var plan: Plan?
    }

    /// With `root`, a file inside the workspace that links out of it is refused
    /// (WorkspaceConfinement says why).
    func readFile(_ path: String, root: String? = nil, paths: PlanPaths? = nil) -> FileReading {
        var reading = FileReading(display: paths?.display(path, loader: self) ?? displayPath(path))
        if let root, source is FileSystemSource,
            let refusal = paths.map({ $0.confinementProblem(path, root: root) })
                ?? WorkspaceConfinement.problem(reading: path, root: root)
        {
            reading.diagnostics.append(
                Diagnostic(
                    rule: SchemaRule.unreadableFile.rawValue, message: "cannot read this file: \(refusal)",
                    location: SourceLocation(file: reading.display, line: 1, column: 1)))
            return reading
        }
        let bytes: [UInt8]
        switch source.contents(of: path, limit: fileSizeLimit) {
        case .success(let contents): bytes = contents
        case .failure(let failure):
            let rule: SchemaRule = if case .tooLarge = failure { .inputLimits } else { .unreadableFile }
            reading.diagnostics.append(
                Diagnostic(
                    rule: rule.rawValue, message: "cannot read this file: \(failure.reason)",
                    location: SourceLocation(file: reading.display, line: 1, column: 1)))
            return reading
        }
        let composed = YAMLComposer.compose(bytes, limits: limits)
        reading.text = String(decoding: bytes, as: UTF8.self)
        reading.node = composed.root
        reading.diagnostics = composed.problems.map { diagnostic(for: $0, file: reading.display) }
        return reading
    }

    /// Reads and composes one file, recording its text and any problem.
    func read(_ path: String, into result: inout LoadedWorkspace) -> YAMLNode? {
        let reading = readFile(path, root: result.root)
        result.files.append(reading.display)
        if let text = reading.text { result.sources[reading.display] = text }
        result.diagnostics += reading.diagnostics
        return reading.node
    }

    func loadPlan(_ path: String, context: ValidationContext, root: String? = nil, paths: PlanPaths? = nil) -> PlanFile
    {
        var file = PlanFile(reading: readFile(path, root: root, paths: paths))
        guard let node = file.reading.node else { return file }
        let display = file.reading.display
        var validator = SchemaValidator(file: display, context: context, schema: .plan)
        validator.validateRoot(node)
        file.diagnostics = validator.diagnostics + periodDiagnostics(node, file: display)
        if case .mapping(let mapping) = node, let idNode = mapping["id"], let id = ScalarReading.text(idNode) {
            file.id = (id, SourceLocation(file: display, line: idNode.position.line, column: idNode.position.column))
        }
        if file.diagnostics.isEmpty && file.reading.diagnostics.isEmpty {
            file.plan = ModelDecoder(file: display, storage: node.storage).plan(node.id)
        }
        // The tree is not needed once checked and decoded: free it here, on
        // this worker, rather than keep every file's tree until the end.
        file.reading.node = nil
        return file
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
            guard let entry = source.entry(at: path) else {
                if path.hasSuffix("/plans") { continue }  // a workspace with no plans yet
                throw .unreadablePath(path, reason: "no such file or folder")
            }
            guard entry == .folder else {
                files.append(path)
                continue
            }
            guard let names = source.names(in: path) else {
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
