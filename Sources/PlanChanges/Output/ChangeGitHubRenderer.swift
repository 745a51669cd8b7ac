import PlanModel

/// `--format github`: one workflow command per change, so that each shows
/// as an annotation on the pull request's changed line. Weakening changes
/// are warnings (errors when the run fails on them), the others notices.
///
///     ::warning file=plans/tobacco-control.yaml,line=82,col=14,title=countdown diff%3A milestone-moved::Milestone …
public enum ChangeGitHubRenderer {
    public static func render(_ changes: ChangeSet, failing: Bool = false) -> String {
        changes.allChanges.map { annotation($0, failing: failing) }.joined(separator: "\n")
    }

    static func annotation(_ change: Change, failing: Bool) -> String {
        let command =
            switch change.severity {
            case .weakening: failing ? "error" : "warning"
            case .neutral, .strengthening: "notice"
            }
        var properties: [(String, String)] = []
        if let location = change.location {
            properties += [("file", location.file), ("line", "\(location.line)"), ("col", "\(location.column)")]
        }
        properties.append(("title", "countdown diff: \(change.kind.rawValue) (\(change.severity.rawValue))"))
        let message = (change.plan.map { "\($0): " } ?? "") + ChangeSummary.flatten(change.sentence)
        return WorkflowCommand.line(command, properties: properties, message: message)
    }
}
