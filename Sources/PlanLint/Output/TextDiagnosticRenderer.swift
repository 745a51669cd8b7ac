import PlanModel

/// Compiler-style text: the location and message, the source line with a
/// caret under the column, how to fix it, and related places.
///
///     plans/tobacco.yaml:47:5: error: unknown key 'milstones' (did you mean 'milestones'?) [unknown-key]
///        47 |     milstones:
///           |     ^
public struct TextDiagnosticRenderer: Sendable {
    public var style: TextStyle
    private let sources: [String: [Substring]]

    public init(sources: [String: String], style: TextStyle = .plain) {
        self.style = style
        self.sources = sources.mapValues { text in
            text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        }
    }

    public func render(_ diagnostic: Diagnostic) -> String {
        let label =
            diagnostic.severity == .error ? style.red("error:") : style.yellow("warning:")
        var lines = [
            "\(style.bold("\(diagnostic.location):")) \(label) \(style.bold(diagnostic.message)) [\(diagnostic.rule)]"
        ]
        lines += excerpt(at: diagnostic.location)
        if let hint = diagnostic.hint {
            lines.append("\(gutter(for: diagnostic.location)) \(style.blue("=")) help: \(hint)")
        }
        for note in diagnostic.notes {
            lines.append("\(style.bold("\(note.location):")) \(style.cyan("note:")) \(note.message)")
            lines += excerpt(at: note.location)
        }
        return lines.joined(separator: "\n")
    }

    /// "2 errors, 1 warning in 7 files".
    public func summary(errors: Int, warnings: Int, files: Int) -> String {
        func count(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        let text = "\(count(errors, "error")), \(count(warnings, "warning")) in \(count(files, "file"))"
        if errors > 0 { return style.red(text) }
        return warnings > 0 ? style.yellow(text) : style.green(text)
    }

    private func gutter(for location: SourceLocation) -> String {
        String(repeating: " ", count: max(5, String(location.line).count))
    }

    private func excerpt(at location: SourceLocation) -> [String] {
        guard let lines = sources[location.file], location.line >= 1, location.line <= lines.count else { return [] }
        let line = lines[location.line - 1].replacingBOM
        let number = String(location.line)
        let pad = gutter(for: location)
        // Keep tabs so the caret lines up with the text above it.
        let lead = line.unicodeScalars.prefix(max(0, location.column - 1)).map { $0 == "\t" ? "\t" : " " }.joined()
        return [
            String(pad.dropLast(number.count)) + style.blue(number + " |") + " " + line,
            pad + style.blue(" |") + " " + lead + style.green("^"),
        ]
    }
}

extension Substring {
    /// The source line as shown: without a byte-order mark or a trailing CR.
    fileprivate var replacingBOM: String {
        var text = self
        if text.unicodeScalars.first == "\u{FEFF}" { text = text.dropFirst() }
        return String(text)
    }
}
