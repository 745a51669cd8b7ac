#if canImport(Glibc)
    import Glibc
    private let systemRead = Glibc.read
#elseif canImport(Darwin)
    import Darwin
    private let systemRead = Darwin.read
#endif

/// Reads a whole file with POSIX calls, so that a failure comes with the
/// system's reason ("Permission denied", "Too many levels of symbolic links").
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
        guard descriptor >= 0 else { return .failure(.system(errorText())) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return .failure(.system(errorText())) }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: return .failure(.isDirectory)
        case S_IFIFO: return .failure(.notRegularFile(kind: "a named pipe"))
        case S_IFSOCK: return .failure(.notRegularFile(kind: "a socket"))
        default: return .failure(.notRegularFile(kind: "a device"))
        }
        if Int(info.st_size) > limit { return .failure(.tooLarge(bytes: Int(info.st_size), limit: limit)) }
        // Read straight into an array of the file's size (one more byte, to
        // see the end of the file in the same loop); only a file that grew
        // since fstat goes on in chunks.
        let expected = Int(info.st_size)
        var failure: Failure?
        var reachedEnd = false
        var bytes = [UInt8](unsafeUninitializedCapacity: expected + 1) { buffer, count in
            while count < buffer.count {
                let read = systemRead(descriptor, buffer.baseAddress! + count, buffer.count - count)
                if read < 0 {
                    if errno == EINTR { continue }
                    failure = .system(errorText())
                    return
                }
                if read == 0 {
                    reachedEnd = true
                    return
                }
                count += read
            }
        }
        if let failure { return .failure(failure) }
        if bytes.count > limit { return .failure(.tooLarge(bytes: bytes.count, limit: limit)) }
        if !reachedEnd {
            var chunk = [UInt8](repeating: 0, count: 65_536)
            while true {
                let count = chunk.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress, $0.count) }
                if count < 0 {
                    if errno == EINTR { continue }
                    return .failure(.system(errorText()))
                }
                if count == 0 { break }
                bytes.append(contentsOf: chunk[0..<count])
                if bytes.count > limit { return .failure(.tooLarge(bytes: bytes.count, limit: limit)) }
            }
        }
        return .success(bytes)
    }

    private static func errorText() -> String {
        String(cString: strerror(errno))
    }
}
