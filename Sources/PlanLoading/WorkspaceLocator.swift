import Foundation

/// Finds the workspace: the nearest folder, from the start folder upwards,
/// that holds `countdown.yaml`.
public enum WorkspaceLocator {
    public static let configFileName = "countdown.yaml"

    public static func find(from start: String) throws(WorkspaceError) -> String {
        var folder = URL(fileURLWithPath: start).standardizedFileURL
        while true {
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent(configFileName).path) {
                return folder.path
            }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { throw .notFound(searchedFrom: start) }
            folder = parent
        }
    }

    /// Checks an explicit `--workspace DIR`.
    public static func validate(_ path: String) throws(WorkspaceError) -> String {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .unreadablePath(path, reason: "no such folder")
        }
        guard isDirectory.boolValue else { throw .notADirectory(path) }
        let root = URL(fileURLWithPath: path).standardizedFileURL.path
        guard FileManager.default.fileExists(atPath: root + "/" + configFileName) else {
            throw .missingConfig(path)
        }
        return root
    }
}
