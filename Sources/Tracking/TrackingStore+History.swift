import GRDB

extension TrackingStore {
    /// Everything ever recorded for a measure, superseded values included,
    /// by date and then in the order recorded.
    public func actualHistory(planID: String, measureID: String) throws(StoreError) -> [ActualRecord] {
        try read { db in
            try ActualRecord.filter { $0.planID == planID && $0.measureID == measureID }
                .order(ActualRecord.Columns.date, ActualRecord.Columns.id).fetchAll(db)
        }
    }

    /// Every completion ever recorded for a milestone, in the order recorded.
    public func completionHistory(planID: String, milestoneID: String) throws(StoreError) -> [CompletionRecord] {
        try read { db in
            try CompletionRecord.filter { $0.planID == planID && $0.milestoneID == milestoneID }
                .order(CompletionRecord.Columns.id).fetchAll(db)
        }
    }
}

/// `countdown history` as text: every entry with when, by whom, from where,
/// and what superseded it.
public enum HistoryTextRenderer {
    public static func render(address: String, actuals: [ActualRecord], unit: String?) -> String {
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

    public static func render(
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

    public static func render(planID: String, revisions: [PlanRevision]) -> String {
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
