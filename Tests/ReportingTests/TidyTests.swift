import Testing

@testable import Reporting

/// `ReportRenderer.tidy` works on bytes for speed; these tests hold it to
/// the plain definition: trailing spaces go, runs of blank lines become
/// one, none lead or trail, and the text ends with exactly one line end.
@Suite struct TidyTests {
    @Test func aTemplatesLeftoversAreTidied() {
        #expect(ReportRenderer.tidy("\n\n# Title  \n\n\n\nText\n \n  \n- item\n\n") == "# Title\n\nText\n\n- item\n")
        #expect(ReportRenderer.tidy("") == "\n")
        #expect(ReportRenderer.tidy("   \n\n") == "\n")
        #expect(ReportRenderer.tidy("no end") == "no end\n")
        #expect(ReportRenderer.tidy("  indented stays\n") == "  indented stays\n")
    }

    /// Issue 16, item 6: a control character that reached a value never reaches a pack.
    @Test func controlCharactersAreWrittenVisibly() {
        #expect(ReportRenderer.tidy("Tobacco \u{1B}]0;PWNED\u{07} — ok\n") == "Tobacco U+001B]0;PWNEDU+0007 — ok\n")
        #expect(ReportRenderer.tidy("a\u{9B}b \u{202E}c\u{2028}d\n") == "aU+009Bb U+202EcU+2028d\n")
        #expect(ReportRenderer.tidy("tab\tstays — and the dash\n") == "tab\tstays — and the dash\n")
    }

    @Test func itAgreesWithTheLineByLineDefinition() {
        var generator = SystemRandomNumberGenerator()
        // No "\r": Swift's Character sees "\r\n" as one, so the definition
        // would not split there; templates and YAML text use "\n" only.
        let pieces = ["a", " ", "\n", "é", "\t", "\n\n", "🎄", "  \n"]
        for _ in 0..<2000 {
            let text = (0..<Int.random(in: 0...30, using: &generator)).map { _ in
                pieces.randomElement(using: &generator)!
            }.joined()
            #expect(ReportRenderer.tidy(text) == Self.definition(text), "\(text.debugDescription)")
        }
    }

    /// The definition, line by line over substrings.
    static func definition(_ text: String) -> String {
        var lines: [Substring] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.last == " " ? line.dropLast(line.reversed().prefix { $0 == " " }.count) : line
            if trimmed.isEmpty && (lines.last?.isEmpty ?? true) { continue }
            lines.append(trimmed)
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n") + "\n"
    }
}
