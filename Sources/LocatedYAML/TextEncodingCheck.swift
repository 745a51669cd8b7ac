/// Checks that bytes are UTF-8 text before libyaml sees them, so that the
/// problem is named with a line and column instead of a byte offset.
enum TextEncodingCheck {
    /// Windows editors' "Unicode" is UTF-16, which starts with a byte-order mark.
    static func byteOrderProblem(in bytes: [UInt8]) -> YAMLProblem? {
        guard bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) else {
            return nil
        }
        return YAMLProblem(
            kind: .encoding, message: "the file is saved as UTF-16 text, not UTF-8",
            position: TextPosition(line: 1, column: 1),
            hint: "save the file as UTF-8 in your editor (\"Save with encoding\" → UTF-8)")
    }

    static func problem(in bytes: [UInt8]) -> YAMLProblem? {
        if let problem = byteOrderProblem(in: bytes) { return problem }
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                if encoded.count == 1 && encoded.first == 0 {
                    return YAMLProblem(
                        kind: .encoding,
                        message: "this is not a text file (it contains a NUL byte)",
                        position: position(ofByte: offset, in: bytes),
                        hint: "plan files are YAML text saved as UTF-8; check that the right file was named")
                }
                offset += encoded.count
            case .error(let length):
                _ = length
                return YAMLProblem(
                    kind: .encoding,
                    message:
                        "the file is not valid UTF-8 text (byte 0x\(hex(bytes[offset])) cannot start or continue a character here)",
                    position: position(ofByte: offset, in: bytes),
                    hint: "save the file as UTF-8 in your editor (\"Save with encoding\" → UTF-8)")
            case .emptyInput:
                return nil
            }
        }
    }

    /// The 1-based line and column (in Unicode scalars) of a byte offset,
    /// valid even when the bytes after it are not.
    static func position(ofByte offset: Int, in bytes: [UInt8]) -> TextPosition {
        var line = 1
        var lineStart = 0
        var index = 0
        while index < offset && index < bytes.count {
            if bytes[index] == UInt8(ascii: "\n") {
                line += 1
                lineStart = index + 1
            }
            index += 1
        }
        // Continuation bytes (10xxxxxx) do not start a scalar.
        let column = bytes[lineStart..<min(offset, bytes.count)].reduce(1) { count, byte in
            byte & 0xC0 == 0x80 ? count : count + 1
        }
        return TextPosition(line: line, column: column)
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
    }
}
