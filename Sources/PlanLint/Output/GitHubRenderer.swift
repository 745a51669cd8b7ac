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
        let properties = [
            "file=\(escapeProperty(location.file))", "line=\(location.line)", "col=\(location.column)",
            "title=\(escapeProperty("countdown: \(diagnostic.rule)"))",
        ]
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
