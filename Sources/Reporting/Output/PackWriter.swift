import Foundation
import SystemIO
import Tracking

/// Writes a pack's files into a board's folder, each atomically (SystemIO's
/// `AtomicFileWriter`), and hashes what it wrote.
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
        AtomicFileWriter.removeAbandonedPartials(of: files.map(\.name), in: folder)
        var hashes: [String: String] = [:]
        for file in files {
            // Names come from the renderer (a safe stem and a fixed suffix); refuse anything else.
            guard !file.name.contains("/"), !file.name.hasPrefix("."), !file.name.isEmpty else {
                throw WriteError(path: folder + "/" + file.name, reason: "not a plain file name")
            }
            // One copy of the text's bytes, written and hashed from the same buffer.
            let bytes = Data(file.text.utf8)
            do {
                try AtomicFileWriter.write(bytes, to: folder + "/" + file.name)
            } catch {
                throw WriteError(path: error.path, reason: error.reason)
            }
            hashes[file.name] = SHA256.hex(bytes)
        }
        return hashes
    }
}
