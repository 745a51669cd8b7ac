import Crypto

/// Content hashes for plan revisions and report outputs: SHA-256 as 64
/// lowercase hex digits, through swift-crypto (BoringSSL's assembly on
/// Linux). A pack at national scale hashes about 150 MB of output; a
/// hand-written Swift digest took a tenth of the pack's time.
public enum SHA256 {
    /// The digest of `bytes` as 64 lowercase hex digits.
    public static func hex(_ bytes: some Collection<UInt8>) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(64)
        for byte in digest(bytes) {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// The 32 bytes of the digest.
    public static func digest(_ bytes: some Collection<UInt8>) -> [UInt8] {
        let digest =
            bytes.withContiguousStorageIfAvailable { Crypto.SHA256.hash(data: UnsafeRawBufferPointer($0)) }
            ?? Crypto.SHA256.hash(data: Array(bytes))
        return Array(digest)
    }
}
