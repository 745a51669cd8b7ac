import Foundation

/// The path work for plan files, done once per folder instead of once per file.
///
/// Each plan file needs its displayed path, whether it is countdown.yaml, and
/// (from the file system) whether it stays inside the workspace. Asked of
/// Foundation's URL for every file, that was five path standardisations and
/// a `realpath` (a system call per path component) per file. A plan is
/// `folder/name`, where `name` is one path component other than `.` and
/// `..`; its standardised path is the folder's with `/name` appended, and,
/// when the file itself is not a symbolic link (one `lstat`), so is its
/// real path. Anything else goes the general way.
struct PlanPaths: Sendable {
    private struct Folder: Sendable {
        /// Standardised relative to the display base (as `displayPath` does).
        var forDisplay: String
        /// Standardised relative to the current directory (as the confinement check does).
        var standardized: String
        /// With symbolic links followed; nil when it cannot be resolved.
        var real: String?
    }

    private let folders: [String: Folder]
    private let displayPrefix: String
    private let configPath: String
    private let rootWritten: String
    private let rootReal: String

    init(files: [String], root: String, displayBase: String) {
        var folders: [String: Folder] = [:]
        for file in files {
            guard let (folder, _) = Self.split(file), folders[folder] == nil else { continue }
            let standardized = WorkspaceConfinement.standardized(folder)
            folders[folder] = Folder(
                forDisplay: URL(fileURLWithPath: folder, relativeTo: URL(fileURLWithPath: displayBase))
                    .standardizedFileURL.path,
                standardized: standardized, real: WorkspaceConfinement.realPath(standardized))
        }
        self.folders = folders
        let base = URL(fileURLWithPath: displayBase).standardizedFileURL.path
        displayPrefix = base.hasSuffix("/") ? base : base + "/"
        configPath = root + "/" + WorkspaceLocator.configFileName
        rootWritten = WorkspaceConfinement.standardized(root)
        rootReal = WorkspaceConfinement.realPath(rootWritten) ?? rootWritten
    }

    /// `folder` and `name` of `folder/name`, when `name` is a plain component.
    private static func split(_ path: String) -> (folder: String, name: Substring)? {
        guard let slash = path.lastIndex(of: "/"), slash != path.startIndex else { return nil }
        let name = path[path.index(after: slash)...]
        guard !name.isEmpty, name != ".", name != ".." else { return nil }
        return (String(path[..<slash]), name)
    }

    private static func join(_ folder: String, _ name: Substring) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    /// `loader.displayPath(path)`.
    func display(_ path: String, loader: WorkspaceLoader) -> String {
        guard let (folder, name) = Self.split(path), let known = folders[folder] else {
            return loader.displayPath(path)
        }
        let absolute = Self.join(known.forDisplay, name)
        return absolute.hasPrefix(displayPrefix) ? String(absolute.dropFirst(displayPrefix.count)) : absolute
    }

    /// `loader.isConfig(path, root:)`.
    func isConfig(_ path: String, loader: WorkspaceLoader, root: String) -> Bool {
        guard let (folder, name) = Self.split(path), let known = folders[folder] else {
            return loader.isConfig(path, root: root)
        }
        return Self.join(known.standardized, name) == configPath
    }

    /// `WorkspaceConfinement.problem(reading: path, root: root)`.
    func confinementProblem(_ path: String, root: String) -> String? {
        guard let (folder, name) = Self.split(path), let known = folders[folder] else {
            return WorkspaceConfinement.problem(reading: path, root: root)
        }
        let written = Self.join(known.standardized, name)
        var info = stat()
        // No such file: the reader reports it in its own words.
        guard lstat(written, &info) == 0 else { return nil }
        let real: String
        if info.st_mode & S_IFMT == S_IFLNK {
            guard let resolved = WorkspaceConfinement.realPath(written) else { return nil }
            real = resolved
        } else {
            guard let folderReal = known.real else { return WorkspaceConfinement.problem(reading: path, root: root) }
            real = Self.join(folderReal, name)
        }
        return WorkspaceConfinement.problem(written: written, real: real, rootWritten: rootWritten, rootReal: rootReal)
    }
}
