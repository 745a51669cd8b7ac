import Crypto
import Foundation

/// Content hashes for plan revisions and report outputs: SHA-256 as 64
/// lowercase hex digits, through swift-crypto (BoringSSL's assembly on
/// Linux; BENCHMARKS.md says why not a hand-written digest).
public enum SHA256 {
    /// The digest of `bytes` as 64 lowercase hex digits.
    public static func hex(_ bytes: some DataProtocol) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(64)
        for byte in digest(bytes) {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// The digest of a text's UTF-8 bytes.
    public static func hex(_ text: String) -> String {
        hex(Data(text.utf8))
    }

    /// The 32 bytes of the digest.
    public static func digest(_ bytes: some DataProtocol) -> [UInt8] {
        Array(Crypto.SHA256.hash(data: bytes))
    }
}
