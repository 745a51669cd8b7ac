import Foundation
import Tracking

/// Writes a pack's files into a board's folder, each atomically: the text
/// goes to a temporary file beside its destination, which is then renamed
/// over it, so a reader (or a sync to a shared drive) never sees half a file.
public enum PackWriter {
    /// A file that could not be written, with the reason.
    public struct WriteError: Error, Sendable, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "cannot write \(path): \(reason)" }
    }

    /// Writes `files` into `folder` (created when missing) and returns each
    /// file's SHA-256 by name.
    public static func write(_ files: [RenderedFile], into folder: String) throws(WriteError) -> [String: String] {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw WriteError(path: folder, reason: "the folder cannot be created (\(error.localizedDescription))")
        }
        removeAbandonedPartials(of: files.map(\.name), in: folder)
        var hashes: [String: String] = [:]
        for file in files {
            // Names come from the renderer (a safe stem and a fixed suffix); refuse anything else.
            guard !file.name.contains("/"), !file.name.hasPrefix("."), !file.name.isEmpty else {
                throw WriteError(path: folder + "/" + file.name, reason: "not a plain file name")
            }
            // Written and hashed from the text's own bytes: a national pack is
            // hundreds of megabytes, and each copy of it costs.
            var text = file.text
            let failure: WriteError? = text.withUTF8 { bytes in
                do throws(WriteError) {
                    try writeAtomically(bytes, to: folder + "/" + file.name)
                } catch {
                    return error
                }
                hashes[file.name] = SHA256.hex(bytes)
                return nil
            }
            if let failure { throw failure }
        }
        return hashes
    }

    /// Writes every byte to a new file at `path` (replacing one there).
    static func writeWhole(_ bytes: UnsafeBufferPointer<UInt8>, to path: String) -> Bool {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { return false }
        var offset = 0
        while offset < bytes.count {
            let written = Foundation.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else {
                close(descriptor)
                return false
            }
            offset += written
        }
        return close(descriptor) == 0
    }

    /// A run killed while writing leaves its temporary `.NAME.partial-PID`
    /// behind. Those of the files about to be written are removed when the
    /// process that made them is gone (a live one may still rename its own),
    /// so the folder ends up holding whole files only.
    static func removeAbandonedPartials(of names: [String], in folder: String) {
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] {
            guard let name = names.first(where: { entry.hasPrefix(".\($0).partial-") }),
                let pid = Int32(entry.dropFirst(".\(name).partial-".count)),
                kill(pid, 0) != 0 && errno == ESRCH
            else { continue }
            try? FileManager.default.removeItem(atPath: folder + "/" + entry)
        }
    }

    static func writeAtomically(_ bytes: UnsafeBufferPointer<UInt8>, to path: String) throws(WriteError) {
        let name = (path as NSString).lastPathComponent
        let folder = (path as NSString).deletingLastPathComponent
        let temporary = "\(folder)/.\(name).partial-\(ProcessInfo.processInfo.processIdentifier)"
        // Written straight to the temporary name (FileManager.createFile would
        // go through a temporary file of its own, which a kill leaves behind).
        guard writeWhole(bytes, to: temporary) else {
            try? FileManager.default.removeItem(atPath: temporary)
            throw WriteError(path: path, reason: "the temporary file \(temporary) cannot be written")
        }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(atPath: temporary)
            throw WriteError(path: path, reason: reason)
        }
    }
}
