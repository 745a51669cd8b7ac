/// Byte-level answers to the rules' questions about text, for ASCII text
/// (nearly every plan's). Each returns nil for other text, and the caller
/// then asks the Character-level code, which is the definition: for ASCII,
/// Characters are bytes (a CR-LF pair aside, which no answer here depends
/// on), only 0-9 are numbers and only A-Z and a-z are letters.
enum ASCIIText {
    static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    static func isLetter(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
    }

    static func lowercased(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
    }

    /// Runs `body` on the text's bytes when they are all ASCII.
    static func withBytes<R>(_ text: String, _ body: (Span<UInt8>) -> R) -> R? {
        let bytes = text.utf8.span
        var high: UInt8 = 0
        for index in bytes.indices { high |= bytes[index] }
        return high < 0x80 ? body(bytes) : nil
    }

    /// Whether the text has a digit (`contains(where: \.isNumber)`).
    static func containsDigit(_ text: String) -> Bool? {
        withBytes(text) { containsDigit($0) }
    }

    static func containsDigit(_ bytes: Span<UInt8>) -> Bool {
        for index in bytes.indices where isDigit(bytes[index]) { return true }
        return false
    }

    /// Where `word` (lower-case ASCII) first occurs in the lower-cased
    /// bytes at or after `start`, as a search of `text.lowercased()` finds it.
    static func firstOffset(of word: [UInt8], in bytes: Span<UInt8>, from start: Int = 0) -> Int? {
        let pattern = word.span
        let count = pattern.count
        guard count > 0 else { return start }
        guard bytes.count >= count else { return nil }
        var index = start
        while index <= bytes.count - count {
            if lowercased(bytes[index]) == pattern[0] {
                var offset = 1
                while offset < count && lowercased(bytes[index + offset]) == pattern[offset] { offset += 1 }
                if offset == count { return index }
            }
            index += 1
        }
        return nil
    }
}
