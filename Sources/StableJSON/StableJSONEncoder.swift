import Foundation

/// Encodes `Encodable` values to the exact bytes of Foundation's
/// `JSONEncoder` with `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]`
/// (two-space indents, `"key" : value`, keys in `String` order, doubles in
/// their shortest form without a trailing `.0`), without building a tree of the document first.
///
/// Foundation's encoder builds a tree of boxed values and dictionaries for
/// the whole document before writing a byte; a status report at national
/// scale (a million actuals) spent more time there than on everything else.
/// This one writes into one byte buffer as values arrive: an array's
/// elements in place, an object's values in place, then the object's
/// region is rewritten once with its keys in order when the value that
/// owns it has finished encoding.
///
/// Everything countdown writes (structs, arrays, dictionaries with string
/// keys, optionals, strings, numbers, booleans) takes this path. A type
/// whose `encode(to:)` uses what the path does not support (nested or
/// super encoders, two containers from one encoder, `Date`, `Data`, `URL`)
/// is encoded by Foundation's encoder instead, so the bytes are the same
/// either way; `StableJSONTests` compares both on every shape we write.
public enum StableJSONEncoder {
    /// The JSON text of `value`, without a final line end (as `JSONEncoder`).
    public static func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
        let writer = JSONWriter()
        do {
            try writer.encodeValue(value, depth: 0)
            return writer.bytes
        } catch is UnsupportedByStableJSON {
            return Array(try foundationEncoder().encode(value))
        }
    }

    /// The JSON text as a `String`.
    public static func string<T: Encodable>(_ value: T) throws -> String {
        String(decoding: try encode(value), as: UTF8.self)
    }
}

/// Thrown inside the writer when a type needs what only Foundation's
/// encoder provides; never seen by callers.
struct UnsupportedByStableJSON: Error {}

/// The output buffer and the writing of primitives.
final class JSONWriter {
    var bytes: [UInt8] = []
    /// Where an object's values wait while its keys are put in order.
    var scratch: [UInt8] = []
    /// The keys of the objects being written, innermost last: an object's
    /// entries are appended as its values finish, so they stay together.
    var entries: [Entry] = []

    struct Entry {
        var key: String
        /// Tells apart a key written twice (the last one counts).
        var order: Int
        var start: Int
        var end: Int
    }

    init() {
        bytes.reserveCapacity(1 << 16)
    }

    func encodeValue<T: Encodable>(_ value: T, depth: Int) throws {
        // The common leaves skip the container machinery (comparing types is
        // cheaper than trying casts).
        if T.self == String.self {
            writeString(value as! String)
        } else if T.self == Double.self {
            try writeDouble(value as! Double)
        } else if T.self == Int.self {
            writeInteger(value as! Int)
        } else if T.self == Bool.self {
            writeRaw(value as! Bool ? "true" : "false")
        } else if let integer = Self.integer(value) {
            bytes.append(contentsOf: integer.utf8)
        } else if T.self == Float.self {
            let number = value as! Float
            try writeDouble(Double(number), text: number.description)
        } else if T.self == Date.self || T.self == Data.self || T.self == URL.self || T.self == Decimal.self {
            throw UnsupportedByStableJSON()
        } else {
            let slot = ValueSlot(writer: self, depth: depth)
            try value.encode(to: SlotEncoder(slot: slot))
            try slot.finish()
        }
    }

    /// Punctuation and words countdown writes itself (`" : "`, `null`).
    func writeRaw(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    func writeIndent(_ depth: Int) {
        bytes.append(0x0A)
        var remaining = depth * 2
        while remaining > 0 {
            let run = min(remaining, Self.spaces.count)
            bytes.append(contentsOf: Self.spaces[0..<run])
            remaining -= run
        }
    }

    static let spaces = [UInt8](repeating: 0x20, count: 64)

    func writeInteger<N: BinaryInteger>(_ number: N) {
        bytes.append(contentsOf: number.description.utf8)
    }

    /// The other integer types, as text; nil for anything else.
    static func integer<T>(_ value: T) -> String? {
        switch T.self {
        case is Int8.Type, is Int16.Type, is Int32.Type, is Int64.Type, is UInt.Type, is UInt8.Type, is UInt16.Type,
            is UInt32.Type, is UInt64.Type:
            (value as? any BinaryInteger).map { $0.description }
        default: nil
        }
    }

    func writeDouble(_ number: Double) throws {
        try writeDouble(number, text: number.description)
    }

    /// `text` is the number's shortest description (a `Float`'s own).
    func writeDouble(_ number: Double, text: String) throws {
        guard number.isFinite else {
            throw EncodingError.invalidValue(
                number, EncodingError.Context(codingPath: [], debugDescription: "\(number) is not valid JSON"))
        }
        var text = text
        if text.hasSuffix(".0") { text.removeLast(2) }
        bytes.append(contentsOf: text.utf8)
    }

    /// Quotes and escapes as Foundation does: `"`, `\`, and the control
    /// characters (short escapes where JSON has them, `\u00XX` otherwise);
    /// `/`, DEL and non-ASCII text are written as they are.
    func writeString(_ text: String) {
        bytes.append(0x22)
        let source = text.utf8.span
        // Most text needs no escape: found with a branch-free pass, then copied whole.
        var escapes: UInt8 = 0
        for index in source.indices {
            let byte = source[index]
            escapes |= (byte < 0x20 ? 1 : 0) | (byte == 0x22 ? 1 : 0) | (byte == 0x5C ? 1 : 0)
        }
        if escapes == 0 {
            bytes.append(contentsOf: text.utf8)
        } else {
            writeEscaped(source)
        }
        bytes.append(0x22)
    }

    private func writeEscaped(_ source: Span<UInt8>) {
        for index in source.indices {
            let byte = source[index]
            guard byte < 0x20 || byte == 0x22 || byte == 0x5C else {
                bytes.append(byte)
                continue
            }
            bytes.append(0x5C)
            switch byte {
            case 0x22: bytes.append(0x22)
            case 0x5C: bytes.append(0x5C)
            case 0x0A: bytes.append(0x6E)
            case 0x0D: bytes.append(0x72)
            case 0x09: bytes.append(0x74)
            case 0x08: bytes.append(0x62)
            case 0x0C: bytes.append(0x66)
            default:
                let hex = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: [0x75, 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]])
            }
        }
    }
}
