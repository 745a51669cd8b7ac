import Foundation
import PlanModel

/// `# countdown: ignore[rule-id, other-rule] reason` silences those rules'
/// findings on the comment's own line and on the line after it. A reason is
/// required: a silenced finding should say why it is acceptable.
public struct Suppression: Sendable, Hashable {
    public var location: SourceLocation
    public var rules: [String]
    public var reason: String

    static let marker = "countdown: ignore["

    /// Every suppression comment in a file's text.
    static func parse(_ text: String, file: String) -> [Suppression] {
        // Most files have no ignore comment: look for the marker's bytes first.
        guard text.utf8.containsBytes(of: marker) else { return [] }
        var result: [Suppression] = []
        for (index, line) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            guard let hash = line.firstIndex(of: "#"), let start = line[hash...].range(of: marker),
                let close = line[start.upperBound...].firstIndex(of: "]")
            else { continue }
            let rules = line[start.upperBound..<close].split(separator: ",").map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            let reason = line[line.index(after: close)...].trimmingCharacters(in: .whitespaces)
            let column = line[..<hash].unicodeScalars.count + 1
            result.append(
                Suppression(
                    location: SourceLocation(file: file, line: index + 1, column: column), rules: rules,
                    reason: reason))
        }
        return result
    }

    func covers(_ diagnostic: Diagnostic) -> Bool {
        diagnostic.location.file == location.file && rules.contains(diagnostic.rule)
            && (diagnostic.location.line == location.line || diagnostic.location.line == location.line + 1)
    }
}

extension String.UTF8View {
    /// Whether `needle`'s UTF-8 bytes occur in this view: a plain byte scan,
    /// much cheaper than a Character-level search on long texts. Blocks
    /// without the needle's last byte (rare in plan text for the needles
    /// used: '[' of an ignore comment, 'O' of TODO) are passed over by a
    /// branch-free test, which the compiler vectorises.
    func containsBytes(of needle: String) -> Bool {
        let pattern = needle.utf8.span
        let bytes = span
        let count = pattern.count
        guard count > 0 else { return true }
        guard bytes.count >= count else { return false }
        let last = pattern[count - 1]
        var blockStart = 0
        while blockStart < bytes.count {
            let blockEnd = bytes.count - blockStart > 64 ? blockStart + 64 : bytes.count
            if Self.contains(last, in: bytes.extracting(blockStart..<blockEnd)) {
                for end in Swift.max(blockStart, count - 1)..<blockEnd where bytes[end] == last {
                    let start = end - (count - 1)
                    var offset = 0
                    while offset < count - 1 && bytes[start + offset] == pattern[offset] { offset += 1 }
                    if offset == count - 1 { return true }
                }
            }
            blockStart = blockEnd
        }
        return false
    }

    /// Kept out of line: inlined, the loop is no longer vectorised.
    @inline(never)
    private static func contains(_ byte: UInt8, in bytes: Span<UInt8>) -> Bool {
        var seen: UInt8 = 0
        for index in bytes.indices { seen |= bytes[index] == byte ? 1 : 0 }
        return seen != 0
    }
}
