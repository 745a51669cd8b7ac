import PlanModel

/// `--format text`: a summary line, then each plan's changes one a line,
/// each starting with where it is (`file:line:col`), then the totals.
public enum ChangeTextRenderer {
    public static func render(_ changes: ChangeSet) -> String {
        var lines = [ChangeSummary.line(changes)]
        if !changes.notCompared.isEmpty {
            lines.append(
                "Not compared, because of errors (countdown lint shows them): "
                    + changes.notCompared.joined(separator: ", "))
        }
        for plan in changes.plans {
            lines.append("")
            lines.append("\(plan.id): \(plan.title) (\(ChangeSummary.fileText(plan)))")
            for change in ChangeSummary.ordered(plan.changes) { lines.append("  " + line(change)) }
        }
        if !changes.workspace.isEmpty || changes.contributions != nil {
            lines.append("")
            lines.append("Workspace:")
            // A total's change is its line below, with the severity and where the target is.
            for change in changes.workspace where change.kind != .contributionTotalChanged {
                lines.append("  " + line(change))
            }
            for total in changes.contributions?.totals ?? [] {
                let change = changes.workspace.first {
                    $0.kind == .contributionTotalChanged && $0.subject == "workspace/\(total.sex)"
                }
                let place = change?.location.map { "\($0): " } ?? ""
                let severity = change.map { "\($0.severity.rawValue): " } ?? ""
                lines.append("  " + place + severity + ChangeSummary.totalSentence(total))
            }
        }
        return lines.joined(separator: "\n")
    }

    static func line(_ change: Change) -> String {
        let place =
            if let location = change.location {
                "\(location): "
            } else if let before = change.beforeLocation {
                "(was \(before)) "
            } else {
                ""
            }
        return "\(place)\(change.severity.rawValue): \(ChangeSummary.flatten(change.sentence))"
    }
}
