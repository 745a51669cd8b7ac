import Foundation
import SystemIO

/// Where a workspace's files are read from: a folder on disk (the default),
/// or a git revision (`GitRevisionSource`), so that `countdown diff` can
/// load the plans as they were in any commit without a checkout.
///
/// Paths are the loader's own: the workspace folder's path joined with
/// `countdown.yaml`, `plans/…` and the paths countdown.yaml names. A source
/// that is not a folder maps them onto what it holds, so diagnostics and
/// locations name the same files whichever source they came from.
public protocol WorkspaceSource: Sendable {
    /// What is at `path`: a file, a folder, or nil when nothing is.
    func entry(at path: String) -> WorkspaceEntry?
    /// The bytes of the file at `path`, refused above `limit` bytes.
    func contents(of path: String, limit: Int) -> Result<[UInt8], FileReader.Failure>
    /// The names in the folder at `path`, in any order; nil when it cannot be listed.
    func names(in folder: String) -> [String]?
}

public enum WorkspaceEntry: Sendable, Hashable {
    case file, folder
}

/// The file system: the working tree as it is now, uncommitted edits included.
public struct FileSystemSource: WorkspaceSource {
    public init() {}

    public func entry(at path: String) -> WorkspaceEntry? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return nil }
        return isDirectory.boolValue ? .folder : .file
    }

    public func contents(of path: String, limit: Int) -> Result<[UInt8], FileReader.Failure> {
        FileReader.contents(of: path, limit: limit)
    }

    public func names(in folder: String) -> [String]? {
        try? FileManager.default.contentsOfDirectory(atPath: folder)
    }
}
