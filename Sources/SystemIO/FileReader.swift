import Foundation

#if canImport(Glibc)
    import Glibc
    private let systemRead = Glibc.read
#elseif canImport(Darwin)
    import Darwin
    private let systemRead = Darwin.read
#endif

/// Reads a whole file, so that a failure comes with the system's reason
/// ("Permission denied", "Too many levels of symbolic links"), and refuses
/// what is not a regular file before reading a byte.
public enum FileReader {
    public enum Failure: Error, Equatable {
        case system(String)
        case isDirectory
        /// A named pipe, socket or device: reading one could block forever
        /// (a pipe with no writer) or never end (`/dev/zero`).
        case notRegularFile(kind: String)
        case tooLarge(bytes: Int, limit: Int)

        public var reason: String {
            switch self {
            case .system(let reason): reason
            case .isDirectory: "it is a folder, not a file"
            case .notRegularFile(let kind): "it is \(kind), not a file"
            case .tooLarge(let bytes, let limit):
                "it is \(megabytes(bytes)); plan files are limited to \(megabytes(limit))"
            }
        }

        private func megabytes(_ bytes: Int) -> String {
            if bytes < 1_048_576 { return "\(bytes) bytes" }
            let tenths = (bytes * 10 + 524_288) / 1_048_576
            return "\(tenths / 10).\(tenths % 10) MB"
        }
    }

    /// Plan files are about 10 kB; 16 MB leaves room for any real one and
    /// refuses a runaway or hostile file before reading it.
    public static let defaultLimit = 16 * 1_048_576

    public static func contents(of path: String, limit: Int = defaultLimit) -> Result<[UInt8], Failure> {
        // O_NONBLOCK: opening a named pipe for reading otherwise waits for a
        // writer that may never come. Only regular files are read.
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { return .failure(.system(SystemError.text(errno))) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return .failure(.system(SystemError.text(errno))) }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: return .failure(.isDirectory)
        case S_IFIFO: return .failure(.notRegularFile(kind: "a named pipe"))
        case S_IFSOCK: return .failure(.notRegularFile(kind: "a socket"))
        default: return .failure(.notRegularFile(kind: "a device"))
        }
        let expected = Int(info.st_size)
        if expected > limit { return .failure(.tooLarge(bytes: expected, limit: limit)) }
        // Read straight into an array of the file's size (one more byte, to
        // see a file that grew since fstat); the rest, if any, in chunks. The
        // arrays are lent to read(2) for the call only, which writes at most their size.
        var bytes = [UInt8](repeating: 0, count: expected + 1)
        var first = systemRead(descriptor, &bytes, bytes.count)
        while first < 0 && errno == EINTR { first = systemRead(descriptor, &bytes, bytes.count) }
        guard first >= 0 else { return .failure(.system(SystemError.text(errno))) }
        bytes.removeSubrange(first...)
        if first > limit { return .failure(.tooLarge(bytes: first, limit: limit)) }
        // One byte settles the usual case (the end of the file); a file still
        // growing is read on in chunks.
        var chunk = [UInt8](repeating: 0, count: 1)
        while true {
            let count = systemRead(descriptor, &chunk, chunk.count)
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(.system(SystemError.text(errno)))
            }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[0..<count])
            if chunk.count == 1 { chunk = [UInt8](repeating: 0, count: 65_536) }
            if bytes.count > limit { return .failure(.tooLarge(bytes: bytes.count, limit: limit)) }
        }
        return .success(bytes)
    }
}

/// The system's wording of a failure, as `strerror` gives it.
enum SystemError {
    static func text(_ code: Int32) -> String {
        String(cString: strerror(code))
    }

}
