import Foundation
import PlanModel
import StableJSON
import Tracking

/// Everything recorded for one address, as `countdown history` shows it.
public enum HistoryReport: Sendable {
    /// A plan's synced revisions.
    case revisions(planID: String, [PlanRevision])
    /// A measure's values, superseded ones included, in its unit.
    case actuals(address: String, [ActualRecord], unit: String?)
    /// A milestone's completions, and its due date in each synced revision.
    case completions(address: String, [CompletionRecord], dues: [(revision: PlanRevision, due: String)])
}

/// How `countdown history` writes a report.
public enum HistoryFormat: String, CaseIterable, Sendable {
    case text, json

    /// The report in this format, ending in a newline. Text shows any
    /// control character in a source or a note as `U+001B`; JSON escapes them.
    public func render(_ report: HistoryReport) -> String {
        switch (self, report) {
        case (.text, .revisions(let planID, let revisions)):
            ControlCharacters.neutralised(HistoryTextRenderer.render(planID: planID, revisions: revisions))
        case (.text, .actuals(let address, let actuals, let unit)):
            ControlCharacters.neutralised(HistoryTextRenderer.render(address: address, actuals: actuals, unit: unit))
        case (.text, .completions(let address, let completions, let dues)):
            ControlCharacters.neutralised(
                HistoryTextRenderer.render(address: address, completions: completions, dues: dues))
        case (.json, .revisions(_, let records)): encodeJSON(records) + "\n"
        case (.json, .actuals(_, let records, _)): encodeJSON(records) + "\n"
        case (.json, .completions(_, let records, _)): encodeJSON(records) + "\n"
        }
    }
}

/// JSON as every countdown command writes it: pretty, keys sorted, slashes plain.
func encodeJSON<T: Encodable>(_ value: T) -> String {
    StableJSONEncoder.text(value, orElse: "null")
}

/// `countdown history` as text: every entry with when, by whom, from where,
/// and what superseded it.
enum HistoryTextRenderer {
    static func render(address: String, actuals: [ActualRecord], unit: String?) -> String {
        guard !actuals.isEmpty else { return "Nothing has been recorded for \(address).\n" }
        let supersededBy = Dictionary(
            actuals.compactMap { record in record.supersedes.map { ($0, record.id ?? 0) } }, uniquingKeysWith: max)
        let superseded = supersededBy.count
        var lines = [
            "\(address): \(actuals.count) \(actuals.count == 1 ? "value" : "values") recorded"
                + (superseded > 0 ? ", \(superseded) superseded" : "")
        ]
        for record in actuals {
            let id = record.id ?? 0
            let value = ExchangeNumber.format(record.value) + (unit.map { $0 == "%" ? "%" : " " + $0 } ?? "")
            let state = supersededBy[id].map { "superseded by #\($0)" } ?? "current"
            var line = "#\(id)  \(record.date)  \(value)  \(state)"
            if let source = record.source { line += "  source: \(source)" }
            if let note = record.note { line += "  note: \(note)" }
            lines.append(line)
            lines.append(
                "    recorded \(record.recordedAt) by \(record.recordedBy) via \(record.origin)"
                    + (record.supersedes.map { ", replacing #\($0)" } ?? ""))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func render(
        address: String, completions: [CompletionRecord], dues: [(revision: PlanRevision, due: String)]
    ) -> String {
        var lines: [String] = []
        if completions.isEmpty {
            lines.append("\(address) has not been recorded as done.")
        } else {
            let supersededBy = Dictionary(
                completions.compactMap { record in record.supersedes.map { ($0, record.id ?? 0) } },
                uniquingKeysWith: max)
            lines.append(
                "\(address): \(completions.count) \(completions.count == 1 ? "completion" : "completions") recorded")
            for record in completions {
                let id = record.id ?? 0
                let state = supersededBy[id].map { "superseded by #\($0)" } ?? "current"
                lines.append("#\(id)  done \(record.completed)  \(state)" + (record.note.map { "  note: \($0)" } ?? ""))
                lines.append(
                    "    recorded \(record.recordedAt) by \(record.recordedBy) via \(record.origin)"
                        + (record.supersedes.map { ", replacing #\($0)" } ?? ""))
            }
        }
        if !dues.isEmpty {
            lines.append("Due date in each synced revision of the plan:")
            for item in dues {
                lines.append("  revision #\(item.revision.id ?? 0) (synced \(item.revision.syncedAt)): due \(item.due)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func render(planID: String, revisions: [PlanRevision]) -> String {
        guard !revisions.isEmpty else { return "Plan '\(planID)' has not been synced yet: run countdown sync.\n" }
        var lines = ["\(planID): \(revisions.count) \(revisions.count == 1 ? "revision" : "revisions") synced"]
        for revision in revisions {
            var line =
                "#\(revision.id ?? 0)  \(revision.syncedAt)  \(revision.file)  sha256 \(revision.contentHash.prefix(12))"
            if let commit = revision.gitCommit {
                line += "  commit \(commit.prefix(10))" + (revision.gitAuthor.map { " by \($0)" } ?? "")
            }
            lines.append(line)
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
