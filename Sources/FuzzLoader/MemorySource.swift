import PlanLoading
import SystemIO

/// A workspace held in memory, so the fuzzer runs the loader exactly as
/// `countdown lint` does (the same `WorkspaceLoader.load`) without touching
/// the disk, and so paths that an input names (`diagnostic: /etc/passwd`)
/// lead nowhere.
struct MemorySource: WorkspaceSource {
    /// Files by absolute path.
    let files: [String: [UInt8]]

    func entry(at path: String) -> WorkspaceEntry? {
        if files[path] != nil { return .file }
        let prefix = path.hasSuffix("/") ? path : path + "/"
        return files.keys.contains { $0.hasPrefix(prefix) } ? .folder : nil
    }

    func contents(of path: String, limit: Int) -> Result<[UInt8], FileReader.Failure> {
        guard let bytes = files[path] else { return .failure(.system("No such file or directory")) }
        guard bytes.count <= limit else { return .failure(.tooLarge(bytes: bytes.count, limit: limit)) }
        return .success(bytes)
    }

    func names(in folder: String) -> [String]? {
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        let names = files.keys.filter { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count)) }
        return names.filter { !$0.contains("/") }
    }
}
