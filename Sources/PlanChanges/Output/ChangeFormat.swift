/// The outputs of a change set: `countdown diff --format`.
public enum ChangeFormat: String, Sendable, CaseIterable {
    /// Lines for a terminal, one change a line with its file and line.
    case text
    /// A pull-request comment: a summary line, a table per plan.
    case md
    /// The change set itself.
    case json
    /// GitHub Actions workflow commands: annotations on the changed lines.
    case github

    /// The text of `changes` in this format. `failing` marks weakening
    /// changes as failing the run (`--fail-on weakening`): GitHub shows
    /// them as errors rather than warnings.
    public func render(_ changes: ChangeSet, failing: Bool = false) -> String {
        switch self {
        case .text: ChangeTextRenderer.render(changes)
        case .md: ChangeMarkdownRenderer.render(changes)
        case .json: ChangeJSONRenderer.render(changes)
        case .github: ChangeGitHubRenderer.render(changes, failing: failing)
        }
    }
}
