import Foundation

/// The one place countdown writes a file: the bytes go to a temporary file
/// beside the destination, which is then renamed over it, so a reader (or a
/// sync to a shared drive) never sees half a file.
public enum AtomicFileWriter {
    /// A file that could not be written, with the reason.
    public struct Failure: Error, Sendable, CustomStringConvertible, LocalizedError {
        public var path: String
        public var reason: String
        public var description: String { "cannot write \(path): \(reason)" }
        public var errorDescription: String? { reason }

        public init(path: String, reason: String) {
            (self.path, self.reason) = (path, reason)
        }
    }

    /// The temporary name a write to `path` uses: `.NAME.partial-PID` in the same folder.
    public static func temporaryPath(for path: String) -> String {
        let name = (path as NSString).lastPathComponent
        let folder = (path as NSString).deletingLastPathComponent
        return "\(folder)/.\(name).partial-\(ProcessInfo.processInfo.processIdentifier)"
    }

    /// Writes `bytes` to `path` (replacing a file there) through a temporary file.
    public static func write(_ bytes: Data, to path: String) throws(Failure) {
        let temporary = temporaryPath(for: path)
        // Written straight to the temporary name (FileManager.createFile would
        // go through a temporary file of its own, which a kill leaves behind).
        if let reason = writeWhole(bytes, to: temporary) {
            try? FileManager.default.removeItem(atPath: temporary)
            throw Failure(path: path, reason: "the temporary file \(temporary) cannot be written (\(reason))")
        }
        guard rename(temporary, path) == 0 else {
            let reason = SystemError.text(errno)
            try? FileManager.default.removeItem(atPath: temporary)
            throw Failure(path: path, reason: reason)
        }
    }

    /// Writes every byte to a new file at `path` (replacing one there); the
    /// system's reason when that fails.
    static func writeWhole(_ bytes: Data, to path: String) -> String? {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { return SystemError.text(errno) }
        let file = FileHandle(fileDescriptor: descriptor, closeOnDealloc: false)
        do {
            try file.write(contentsOf: bytes)
        } catch {
            close(descriptor)
            return error.localizedDescription
        }
        return close(descriptor) == 0 ? nil : SystemError.text(errno)
    }

    /// A run killed while writing leaves its temporary `.NAME.partial-PID`
    /// behind. Those of `names` are removed from `folder` when the process
    /// that made them is gone (a live one may still rename its own).
    public static func removeAbandonedPartials(of names: [String], in folder: String) {
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] {
            guard let name = names.first(where: { entry.hasPrefix(".\($0).partial-") }),
                let pid = Int32(entry.dropFirst(".\(name).partial-".count)),
                kill(pid, 0) != 0 && errno == ESRCH
            else { continue }
            try? FileManager.default.removeItem(atPath: folder + "/" + entry)
        }
    }
}
