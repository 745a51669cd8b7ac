import Foundation
import PlanLint
import PlanModel
import Testing

/// Issue 16, item 3: text from a plan cannot forge a GitHub annotation or
/// carry a terminal command into a workflow log.
@Suite struct OutputHardeningTests {
    static let forged = "key\r\n::error file=README.md,line=1::FORGED \u{1B}]0;PWNED\u{07}"

    @Test func aPlanKeyCannotStartAnotherWorkflowCommand() {
        let diagnostic = Diagnostic(
            rule: "unknown-key", message: "unknown key '\(Self.forged)'",
            location: SourceLocation(file: "plans/a,b:c.yaml", line: 3, column: 1), hint: "remove \(Self.forged)")
        let line = GitHubRenderer.render(diagnostic)
        #expect(!line.unicodeScalars.contains { $0 == "\r" || $0 == "\n" || $0 == "\u{1B}" || $0 == "\u{07}" })
        #expect(line.hasPrefix("::error file=plans/a%2Cb%3Ac.yaml,line=3,col=1,title=countdown%3A unknown-key::"))
        #expect(line.contains("key%0D%0A::error file=README.md,line=1::FORGED U+001B]0;PWNEDU+0007"))
        #expect(
            LintFormat.github.render(LintReport(diagnostics: [diagnostic], files: [], sources: [:]))
                .split(separator: "\n", omittingEmptySubsequences: false).count == 2)  // one line and its end
    }

    @Test func everyControlCharacterIsShownNotObeyed() {
        for value in Array(0x00...0x1F) + Array(0x7F...0x9F) + [0x202E, 0x2066] {
            let scalar = Unicode.Scalar(value)!
            let encoded = WorkflowCommand.data("a\(Character(scalar))b")
            #expect(encoded.unicodeScalars.allSatisfy { !ControlCharacters.isControl($0) }, "U+\(value)")
        }
        #expect(WorkflowCommand.data("100% done") == "100%25 done")
        #expect(ControlCharacters.neutralised("Tobacco \u{1B}[2J\tend\n") == "Tobacco U+001B[2J\tend\n")
    }
}

/// Issue 16, item 6: control characters written as YAML escapes are refused
/// by lint (so their plans never reach a status or a pack), shown as their escape.
@Suite struct ControlCharacterTests {
    @Test(arguments: [
        (#"\e]0;PWNED\a\e[2J"#, "U+001B (\\e)"), (#"\0"#, "U+0000 (\\0)"), (#"\N"#, "U+0085 (\\N)"),
        (#"\x9B"#, "U+009B (\\x9B)"), (#"\u202E"#, "right-to-left override (U+202E)"),
        (#"\L"#, "U+2028"), (#"\P"#, "U+2029"),
    ])
    func anEscapedControlCharacterIsALintError(escape: String, shown: String) throws {
        let example = try StoreHardeningTests.Example()
        let path = "plans/tobacco-control.yaml"
        let text = try example.read(path)
        let line = try #require(text.split(separator: "\n").first { $0.hasPrefix("title: ") })
        try example.write(
            text.replacingOccurrences(of: String(line), with: "title: \"Tobacco \(escape) control\""), to: path)
        let lint = try example.run(["lint"])
        #expect(lint.status == 1, "\(escape): \(lint.stderr)")
        #expect(lint.stderr.contains("[control-character]"), "\(escape): \(lint.stderr)")
        #expect(lint.stderr.contains(shown), "\(escape): \(lint.stderr)")
        let status = try example.run(["status", "--as-of", "2010-03-31"])
        #expect(!status.stdout.unicodeScalars.contains { ControlCharacters.isControl($0) && $0 != "\n" })
        #expect(!status.stderr.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{07}" })
    }
}
