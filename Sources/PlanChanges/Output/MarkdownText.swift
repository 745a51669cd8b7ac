/// Plan text made safe for a Markdown table cell (GitHub-flavoured): no
/// line breaks, pipes and Markdown punctuation escaped, `<`, `>` and `&` as
/// entities so that no HTML from a plan reaches the page.
enum MarkdownText {
    static func cell(_ text: String) -> String {
        var escaped = ""
        for character in ChangeSummary.flatten(text) {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\\", "|", "*", "_", "`", "[", "]", "#", "~": escaped += "\\\(character)"
            default: escaped.append(character)
            }
        }
        return escaped
    }

    /// An id or path in a code span; backticks inside (never in an id) are dropped.
    static func code(_ text: String) -> String {
        "`" + ChangeSummary.flatten(text).filter { $0 != "`" }.replacing("|", with: "\\|") + "`"
    }
}
