import Foundation

/// Bytes to standard output without a copy as a `String` (a status report
/// at national scale is a hundred megabytes). What `print` buffered is
/// flushed first, so the two never come out of order.
enum StandardOutput {
    static func write(_ bytes: [UInt8]) {
        fflush(nil)
        bytes.withUnsafeBufferPointer { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(1, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 && errno == EINTR { continue }
                // A closed pipe (`| head`) ends the output; there is no one to tell.
                guard written > 0 else { return }
                offset += written
            }
        }
    }
}
