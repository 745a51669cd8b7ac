import Foundation
import SystemIO

/// A workspace as a git commit holds it, read with `git ls-tree` and
/// `git cat-file` so that no checkout, index or working file is touched.
///
/// The loader asks for the working-tree paths (the workspace folder joined
/// with `plans/…`); they map to the same paths in the commit, so
/// diagnostics and locations name the files exactly as the working tree
/// does. Plan files and countdown.yaml are read in one `git cat-file
/// --batch` call; anything else countdown.yaml names is read when asked for.
public struct GitRevisionSource: WorkspaceSource {
    struct Blob: Sendable, Hashable {
        var object: String
        var size: Int?
        var isLink: Bool
    }

    public let repository: GitRepository
    /// The commit read, in full.
    public let commit: String
    let blobs: [String: Blob]
    let folders: [String: Set<String>]
    let prefetched: [String: [UInt8]]

    /// Lists the commit's tree and reads the workspace's plan files from it.
    public init(repository: GitRepository, commit: String) throws(GitError) {
        self.repository = repository
        self.commit = commit
        let listing = try repository.run(["ls-tree", "-r", "-z", "-l", "--full-tree", commit])
        var blobs: [String: Blob] = [:]
        var folders: [String: Set<String>] = [:]
        for record in listing.split(separator: 0) {
            let line = String(decoding: record, as: UTF8.self)
            guard let tab = line.firstIndex(of: "\t") else { continue }
            let fields = line[..<tab].split(separator: " ", omittingEmptySubsequences: true)
            let path = String(line[line.index(after: tab)...])
            guard fields.count == 4, fields[1] == "blob" else { continue }
            blobs[path] = Blob(object: String(fields[2]), size: Int(fields[3]), isLink: fields[0] == "120000")
            // Record each folder on the way down, with the names it holds.
            var components = path.split(separator: "/").map(String.init)
            var name = components.removeLast()
            while true {
                let folder = components.joined(separator: "/")
                let isNew = folders[folder] == nil
                folders[folder, default: []].insert(name)
                guard isNew, let last = components.popLast() else { break }
                name = last
            }
        }
        self.blobs = blobs
        self.folders = folders
        let prefix = repository.workspacePrefix
        let wanted = blobs.filter { path, blob in
            guard !blob.isLink, path.hasPrefix(prefix) else { return false }
            let inWorkspace = String(path.dropFirst(prefix.count))
            return inWorkspace == WorkspaceLocator.configFileName
                || (inWorkspace.hasPrefix("plans/") && (path.hasSuffix(".yaml") || path.hasSuffix(".yml")))
        }
        prefetched = try Self.batch(wanted.mapValues(\.object), repository: repository)
    }

    public func entry(at path: String) -> WorkspaceEntry? {
        guard let inRepository = repository.repositoryPath(of: path) else { return nil }
        if blobs[inRepository] != nil { return .file }
        return folders[inRepository] != nil ? .folder : nil
    }

    public func contents(of path: String, limit: Int) -> Result<[UInt8], FileReader.Failure> {
        guard let inRepository = repository.repositoryPath(of: path) else {
            return .failure(.system("it is outside the git repository"))
        }
        if folders[inRepository] != nil { return .failure(.isDirectory) }
        guard let blob = blobs[inRepository] else {
            return .failure(.system("the commit \(repository.shortName(commit)) has no such file"))
        }
        if blob.isLink { return .failure(.system("it is a symbolic link in git; countdown reads files, not links")) }
        if let size = blob.size, size > limit { return .failure(.tooLarge(bytes: size, limit: limit)) }
        if let bytes = prefetched[inRepository] { return .success(bytes) }
        do {
            return .success([UInt8](try repository.run(["cat-file", "blob", blob.object])))
        } catch {
            return .failure(.system(error.description))
        }
    }

    /// Repository paths of the files called `name`, sorted.
    public func files(named name: String) -> [String] {
        blobs.keys.filter { $0 == name || $0.hasSuffix("/" + name) }.sorted()
    }

    public func names(in folder: String) -> [String]? {
        guard let inRepository = repository.repositoryPath(of: folder) else { return nil }
        return folders[inRepository].map { Array($0) }
    }

    /// Reads many blobs in one `git cat-file --batch`: each answer is a
    /// header line `OBJECT blob SIZE`, the bytes, and a newline.
    static func batch(_ objects: [String: String], repository: GitRepository) throws(GitError) -> [String: [UInt8]] {
        guard !objects.isEmpty else { return [:] }
        let order = objects.keys.sorted()
        let input = Data(order.map { objects[$0]! + "\n" }.joined().utf8)
        let output = [UInt8](try GitRepository.run(["cat-file", "--batch"], in: repository.workTree, input: input))
        var contents: [String: [UInt8]] = [:]
        var position = 0
        for path in order {
            guard let newline = output[position...].firstIndex(of: UInt8(ascii: "\n")) else { break }
            let header = String(decoding: output[position..<newline], as: UTF8.self).split(separator: " ")
            position = newline + 1
            guard header.count == 3, let size = Int(header[2]), position + size <= output.count else { continue }
            contents[path] = Array(output[position..<position + size])
            position += size + 1
        }
        return contents
    }
}
