import Foundation
import PlanModel
import StableJSON

/// `--format gitlab`: GitLab's Code Quality report (a subset of the Code
/// Climate spec), read from `artifacts: reports: codequality:` into the merge
/// request widget. Each issue has `description`, `check_name`, `fingerprint`,
/// `severity` (info, minor, major, critical, blocker) and
/// `location.path` with `location.lines.begin`.
public enum GitLabRenderer {
    struct Issue: Encodable {
        var type = "issue"
        var description: String
        var checkName: String
        var fingerprint: String
        var severity: String
        var location: Location

        enum CodingKeys: String, CodingKey {
            case type, description, fingerprint, severity, location
            case checkName = "check_name"
        }
    }

    struct Location: Encodable {
        var path: String
        var lines: Lines
    }

    struct Lines: Encodable {
        var begin: Int
    }

    public static func severity(_ severity: Severity) -> String {
        switch severity {
        case .error: "major"
        case .warning: "minor"
        case .info: "info"
        }
    }

    public static func render(_ report: LintReport) -> String {
        var seen: [String: Int] = [:]
        let issues = report.diagnostics.map { diagnostic in
            // The fingerprint leaves out the line, so that a finding keeps its
            // identity when lines above it move; repeats are numbered.
            let identity = "\(diagnostic.rule)\u{0}\(diagnostic.location.file)\u{0}\(diagnostic.message)"
            let occurrence = seen[identity, default: 0]
            seen[identity] = occurrence + 1
            return Issue(
                description: diagnostic.hint.map { "\(diagnostic.message). \($0)" } ?? diagnostic.message,
                checkName: diagnostic.rule, fingerprint: fingerprint("\(identity)\u{0}\(occurrence)"),
                severity: severity(diagnostic.severity),
                location: Location(path: diagnostic.location.file, lines: Lines(begin: diagnostic.location.line)))
        }
        return StableJSONEncoder.text(issues, orElse: "[]")
    }

    /// 32 hex digits from two 64-bit FNV-1a hashes: stable across runs and
    /// machines (Swift's own hashing is seeded per process).
    static func fingerprint(_ text: String) -> String {
        func fnv1a(_ seed: UInt64) -> UInt64 {
            var hash = seed
            for byte in text.utf8 {
                hash ^= UInt64(byte)
                hash = hash &* 0x100_0000_01b3
            }
            return hash
        }
        func hex(_ value: UInt64) -> String {
            let digits = String(value, radix: 16)
            return String(repeating: "0", count: 16 - digits.count) + digits
        }
        return hex(fnv1a(0xcbf2_9ce4_8422_2325)) + hex(fnv1a(0x8422_2325_cbf2_9ce4))
    }
}
