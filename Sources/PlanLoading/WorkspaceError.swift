/// Why a command could not run on a workspace at all (exit code 2).
public enum WorkspaceError: Error, Equatable, CustomStringConvertible {
    case notFound(searchedFrom: String)
    case notADirectory(String)
    case missingConfig(String)
    case unreadablePath(String, reason: String)

    public var description: String {
        switch self {
        case .notFound(let start):
            "no countdown.yaml in \(start) or any folder above it; run countdown in a workspace, or pass --workspace DIR"
        case .notADirectory(let path):
            "--workspace \(path) is not a folder"
        case .missingConfig(let path):
            "\(path) has no countdown.yaml; pass the folder that holds it"
        case .unreadablePath(let path, let reason):
            "cannot read \(path): \(reason)"
        }
    }
}
