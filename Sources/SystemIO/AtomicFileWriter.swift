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

    /// A temporary name for a write to `path`: `.NAME.partial-PID-RANDOM` in
    /// the same folder (the process id lets a later run clear what a killed
    /// one left; the random part makes the name unguessable).
    public static func temporaryPath(for path: String) -> String {
        let name = (path as NSString).lastPathComponent
        let folder = (path as NSString).deletingLastPathComponent
        let random = String(UInt64.random(in: 0...UInt64.max), radix: 36)
        return "\(folder)/.\(name).partial-\(ProcessInfo.processInfo.processIdentifier)-\(random)"
    }

    /// Writes `bytes` to `path` (replacing a file there) through a temporary file.
    public static func write(_ bytes: Data, to path: String) throws(Failure) {
        let (temporary, descriptor) = try createTemporary(for: path)
        // Written straight to the temporary file (FileManager.createFile would
        // go through a temporary file of its own, which a kill leaves behind).
        if let reason = writeWhole(bytes, to: descriptor) {
            try? FileManager.default.removeItem(atPath: temporary)
            throw Failure(path: path, reason: "the temporary file \(temporary) cannot be written (\(reason))")
        }
        // rename replaces `path` itself, never a file a link at `path` points to.
        guard rename(temporary, path) == 0 else {
            let reason = SystemError.text(errno)
            try? FileManager.default.removeItem(atPath: temporary)
            throw Failure(path: path, reason: reason)
        }
    }

    /// A new temporary file beside `path`, created exclusively and never
    /// through a link (`O_EXCL | O_NOFOLLOW`): a file or link planted under a
    /// guessed name makes the open fail rather than write somewhere else.
    public static func createTemporary(for path: String) throws(Failure) -> (path: String, descriptor: Int32) {
        var reason = ""
        for _ in 0..<8 {
            let temporary = temporaryPath(for: path)
            let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o666)
            if descriptor >= 0 { return (temporary, descriptor) }
            reason = SystemError.text(errno)
            guard errno == EEXIST else { break }
        }
        throw Failure(path: path, reason: "no temporary file can be created beside it (\(reason))")
    }

    /// Writes every byte to the open file and closes it; the system's reason when that fails.
    static func writeWhole(_ bytes: Data, to descriptor: Int32) -> String? {
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
                let pid = Int32(entry.dropFirst(".\(name).partial-".count).prefix { $0 != "-" }),
                kill(pid, 0) != 0 && errno == ESRCH
            else { continue }
            try? FileManager.default.removeItem(atPath: folder + "/" + entry)
        }
    }
}
