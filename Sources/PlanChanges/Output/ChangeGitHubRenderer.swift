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
        var properties: [String] = []
        if let location = change.location {
            properties += [
                "file=\(escapeProperty(location.file))", "line=\(location.line)", "col=\(location.column)",
            ]
        }
        properties.append(
            "title=\(escapeProperty("countdown diff: \(change.kind.rawValue) (\(change.severity.rawValue))"))")
        let message = (change.plan.map { "\($0): " } ?? "") + ChangeSummary.flatten(change.sentence)
        return "::\(command) \(properties.joined(separator: ","))::\(escapeData(message))"
    }

    /// The workflow-command escapes for a message.
    static func escapeData(_ text: String) -> String {
        text.replacing("%", with: "%25").replacing("\r", with: "%0D").replacing("\n", with: "%0A")
    }

    /// The escapes for a property value, which also ends at ':' and ','.
    static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacing(":", with: "%3A").replacing(",", with: "%2C")
    }
}
