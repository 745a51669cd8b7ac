import Foundation

/// Bytes to standard output without a copy as a `String` (a status report
/// at national scale is a hundred megabytes). What `print` buffered is
/// flushed first, so the two never come out of order.
enum StandardOutput {
    static func write(_ bytes: [UInt8]) {
        fflush(nil)
        var remaining = bytes[...]
        while !remaining.isEmpty {
            // A partial write (a pipe's buffer full) is rare: the rest is then written from a copy.
            let chunk = remaining.startIndex == 0 ? bytes : Array(remaining)
            let written = Foundation.write(1, chunk, chunk.count)
            if written < 0 && errno == EINTR { continue }
            // A closed pipe (`| head`) ends the output; there is no one to tell.
            guard written > 0 else { return }
            remaining = remaining.dropFirst(written)
        }
    }
}
