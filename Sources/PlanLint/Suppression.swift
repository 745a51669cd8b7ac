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
    /// much cheaper than a Character-level search on long texts.
    func containsBytes(of needle: String) -> Bool {
        let pattern = Array(needle.utf8)
        guard let first = pattern.first else { return true }
        return withContiguousStorageIfAvailable { bytes -> Bool in
            guard bytes.count >= pattern.count else { return false }
            var index = 0
            let last = bytes.count - pattern.count
            while index <= last {
                if bytes[index] == first {
                    var offset = 1
                    while offset < pattern.count && bytes[index + offset] == pattern[offset] { offset += 1 }
                    if offset == pattern.count { return true }
                }
                index += 1
            }
            return false
        } ?? String(self).contains(needle)
    }
}
