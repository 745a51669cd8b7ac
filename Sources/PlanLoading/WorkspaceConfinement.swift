import Foundation

/// Which files a workspace may make countdown read.
///
/// Plans and countdown.yaml usually arrive through pull requests, and CI runs
/// `countdown lint` on them and shows what it prints to the author of the
/// pull request. A problem in a file is shown with its source line, so a
/// plan that is a symbolic link to `/proc/self/environ`, or a countdown.yaml
/// whose `diagnostic:` names `/etc/passwd`, would print the CI runner's
/// secrets. So the files a workspace names or holds are read only when they
/// lie inside the workspace folder, symbolic links followed. Files named on
/// the command line are the caller's choice and may be anywhere. SECURITY.md
/// has the threat model.
public enum WorkspaceConfinement {
    /// Why the file at `path`, found in or named by the workspace at `root`,
    /// may not be read; nil when it may (or when it does not exist: the
    /// caller reports that in its own words).
    public static func problem(reading path: String, root: String) -> String? {
        let written = standardized(path)
        let rootWritten = standardized(root)
        let rootReal = realPath(rootWritten) ?? rootWritten
        guard let real = realPath(written) else { return nil }
        return problem(written: written, real: real, rootWritten: rootWritten, rootReal: rootReal)
    }

    /// The decision, from the file's path as written and as resolved, and the root's.
    static func problem(written: String, real: String, rootWritten: String, rootReal: String) -> String? {
        if isInside(real, rootReal) { return nil }
        if isInside(written, rootWritten) || isInside(written, rootReal) {
            return "it is a link to \(real), outside the workspace folder; "
                + "countdown reads only files inside the workspace"
        }
        return nil
    }

    /// Why a path written in countdown.yaml (relative to `root`, or absolute)
    /// may not be read: nil when it names a place inside the workspace folder.
    public static func problem(naming written: String, root: String) -> String? {
        let path = standardized(written.hasPrefix("/") ? written : root + "/" + written)
        let rootWritten = standardized(root)
        if isInside(path, rootWritten) || realPath(rootWritten).map({ isInside(path, $0) }) == true {
            return problem(reading: path, root: root).map { "'\(written)' " + $0.dropFirst("it ".count) }
        }
        return "'\(written)' is outside the workspace folder; countdown reads only files inside the workspace"
    }

    /// Why countdown may not create or write `path` (relative to `root`, or
    /// absolute) for a workspace: nil when it, or the nearest folder above it
    /// that exists, lies inside the workspace folder with every symbolic link
    /// followed. A committed link (`exports/awhb -> /elsewhere`) must not send
    /// what countdown writes out of the workspace.
    public static func problem(writing written: String, root: String) -> String? {
        let path = standardized(written.hasPrefix("/") ? written : root + "/" + written)
        let rootWritten = standardized(root)
        let rootReal = realPath(rootWritten) ?? rootWritten
        guard isInside(path, rootWritten) || isInside(path, rootReal) else {
            return "'\(written)' is outside the workspace folder"
        }
        var existing = path
        while realPath(existing) == nil, existing != "/" {
            existing = (existing as NSString).deletingLastPathComponent
        }
        guard let real = realPath(existing), !isInside(real, rootReal) else { return nil }
        return "'\(written)' leads through a link to \(real), outside the workspace folder"
    }

    static func isInside(_ path: String, _ folder: String) -> Bool {
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        return path == folder || path.hasPrefix(prefix)
    }

    /// The absolute path with `.` and `..` resolved, symbolic links not followed.
    static func standardized(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }

    /// The path with every symbolic link followed; nil when it does not exist.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
