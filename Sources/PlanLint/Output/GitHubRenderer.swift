import PlanModel

/// `--format github`: workflow commands, so findings appear as annotations
/// on the pull request's changed lines.
///
///     ::error file=plans/tobacco.yaml,line=47,col=5,title=unknown-key::unknown key 'milstones' …
public enum GitHubRenderer {
    public static func render(_ diagnostic: Diagnostic) -> String {
        let command =
            switch diagnostic.severity {
            case .error: "error"
            case .warning: "warning"
            case .info: "notice"
            }
        let location = diagnostic.location
        var message = diagnostic.message
        if let hint = diagnostic.hint { message += "\n\(hint)" }
        return WorkflowCommand.line(
            command,
            properties: [
                ("file", location.file), ("line", "\(location.line)"), ("col", "\(location.column)"),
                ("title", "countdown: \(diagnostic.rule)"),
            ], message: message)
    }
}
