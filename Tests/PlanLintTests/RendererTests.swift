import Common
import Foundation
import PlanModel
import Testing

@testable import PlanLint

struct RendererTests {
    let source = "schema: 1\ninterventions:\n  - id: a\n    milstones:\n\tx: 1\n"

    func diagnostic(line: Int, column: Int, hint: String? = nil, notes: [Diagnostic.Note] = []) -> Diagnostic {
        Diagnostic(
            rule: "unknown-key", message: "unknown key 'milstones' (did you mean 'milestones'?)",
            location: SourceLocation(file: "plans/tobacco.yaml", line: line, column: column), hint: hint, notes: notes)
    }

    @Test func textLooksLikeACompilerDiagnostic() {
        let renderer = TextDiagnosticRenderer(sources: ["plans/tobacco.yaml": source])
        #expect(
            renderer.render(diagnostic(line: 4, column: 5)) == """
                plans/tobacco.yaml:4:5: error: unknown key 'milstones' (did you mean 'milestones'?) [unknown-key]
                    4 |     milstones:
                      |     ^
                """)
    }

    @Test func hintsAndNotesFollowTheExcerpt() {
        let renderer = TextDiagnosticRenderer(sources: ["plans/tobacco.yaml": source])
        let note = Diagnostic.Note(
            message: "first here", location: SourceLocation(file: "plans/tobacco.yaml", line: 3, column: 5))
        #expect(
            renderer.render(diagnostic(line: 4, column: 5, hint: "check it", notes: [note])) == """
                plans/tobacco.yaml:4:5: error: unknown key 'milstones' (did you mean 'milestones'?) [unknown-key]
                    4 |     milstones:
                      |     ^
                      = help: check it
                plans/tobacco.yaml:3:5: note: first here
                    3 |   - id: a
                      |     ^
                """)
    }

    @Test func theCaretFollowsTabs() {
        let renderer = TextDiagnosticRenderer(sources: ["plans/tobacco.yaml": source])
        let lines = renderer.render(diagnostic(line: 5, column: 2)).split(separator: "\n")
        #expect(lines[2] == "      | \t^")
    }

    @Test func controlCharactersAreNeverPrinted() {
        let hostile = "title: \u{1B}[31mred\u{7}\n"
        let renderer = TextDiagnosticRenderer(sources: ["x.yaml": hostile])
        let output = renderer.render(
            Diagnostic(
                rule: "r", message: "bad \u{1B}[2J", location: SourceLocation(file: "x.yaml", line: 1, column: 1)))
        #expect(!output.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
    }

    @Test func colourOnlyWhenAsked() {
        let plain = TextDiagnosticRenderer(sources: [:], style: .plain)
        let coloured = TextDiagnosticRenderer(sources: [:], style: TerminalStyle(colour: true))
        #expect(!plain.summary(errors: 1, warnings: 0, files: 1).contains("\u{1B}"))
        #expect(coloured.summary(errors: 1, warnings: 0, files: 1).contains("\u{1B}"))
    }

    @Test func summaryCountsWithPlurals() {
        let renderer = TextDiagnosticRenderer(sources: [:])
        #expect(renderer.summary(errors: 2, warnings: 1, files: 7) == "2 errors, 1 warning in 7 files")
        #expect(renderer.summary(errors: 0, warnings: 0, files: 1) == "0 errors, 0 warnings in 1 file")
    }

    @Test func jsonIsSortedAndStable() throws {
        let report = LintReport(diagnostics: [diagnostic(line: 4, column: 5)], files: ["a.yaml"], sources: [:])
        let json = JSONDiagnosticRenderer.render(report)
        #expect(json == JSONDiagnosticRenderer.render(report))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect((object["summary"] as? [String: Int])?["errors"] == 1)
        let first = try #require((object["diagnostics"] as? [[String: Any]])?.first)
        #expect(first["rule"] as? String == "unknown-key")
        #expect((first["location"] as? [String: Any])?["line"] as? Int == 4)
    }
}

/// Excerpts find their line through an index made once per file; it must
/// agree with walking the text line by line, for every kind of line end.
@Suite struct LineIndexTests {
    @Test func everyLineIsFoundAsWalkingFindsIt() {
        var generator = SystemRandomNumberGenerator()
        let pieces = ["a", "é", " ", "\n", "\r\n", "\r", "\u{2028}", "\u{85}", "🎄", "\t"]
        for _ in 0..<500 {
            let text = (0..<Int.random(in: 0...40, using: &generator)).map { _ in
                pieces.randomElement(using: &generator)!
            }.joined()
            let index = LineIndex(text)
            for number in 0...(text.count + 2) {
                #expect(index.line(number, of: text) == Self.walk(number, of: text), "\(text.debugDescription)")
            }
        }
    }

    /// The definition: walk the characters, counting line ends.
    static func walk(_ number: Int, of text: String) -> Substring? {
        var current = 1
        var start = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            if text[index].isNewline {
                if current == number { return text[start..<index] }
                current += 1
                start = text.index(after: index)
            }
            index = text.index(after: index)
        }
        return current == number ? text[start..<text.endIndex] : nil
    }
}
