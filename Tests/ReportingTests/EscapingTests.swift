import Foundation
import Mustache
import Testing

@testable import Reporting

/// Plan text is data, never markup, in every format.
struct EscapingTests {
    @Test func htmlShowsScriptTitlesAsText() throws {
        let html = ReportRenderer().html(try ReportFixture.report())
        #expect(!html.lowercased().contains("<script"))
        #expect(html.contains("&lt;script&gt;document.documentElement.setAttribute("))
        #expect(!html.contains("<b>Stop-smoking</b>"))
        #expect(html.contains("&lt;b&gt;Stop-smoking&lt;/b&gt; sessions &amp; &quot;quit kits&quot;"))
        #expect(html.contains("Health | Wellbeing &lt;Board&gt;"))
        // No way to load anything or run anything.
        #expect(html.contains("Content-Security-Policy\" content=\"default-src 'none'"))
        for forbidden in ["<script", "src=\"http", "href=\"http", "<link", "<iframe", "<img", "@import", "url("] {
            #expect(!html.lowercased().contains(forbidden), "the HTML contains \(forbidden)")
        }
    }

    @Test func svgTextIsEscaped() {
        #expect(SVG.escape("<a href=\"x\">&'") == "&lt;a href=&quot;x&quot;&gt;&amp;&#39;")
        #expect(SVG.escape("bell\u{07}") == "bell ")
    }

    @Test func markdownTablesSurvivePipesInTitles() throws {
        let markdown = ReportRenderer().markdown(try ReportFixture.report())
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false)
        // Every table row has as many cells as its header.
        var expected: Int?
        for line in lines {
            guard line.hasPrefix("|") else {
                expected = nil
                continue
            }
            let cells = Self.cells(String(line))
            if let expected {
                #expect(cells == expected, "a row with \(cells) cells under a header of \(expected): \(line)")
            } else {
                expected = cells
            }
        }
        #expect(markdown.contains("Adult smoking prevalence \\| all adults"))
        #expect(markdown.contains("&lt;script&gt;"))
        #expect(!markdown.contains("<script"))
        #expect(markdown.contains("\\[a link\\](https://example.invalid)"))
        #expect(markdown.contains("\\*emphasis\\*"))
    }

    @Test func markdownEscapingKeepsPlainTextReadable() {
        #expect(MarkdownText.escape("A&E waits") == "A&E waits")
        #expect(MarkdownText.escape("&amp; stays text") == "&amp;amp; stays text")
        #expect(MarkdownText.escape("a | b") == "a \\| b")
        #expect(MarkdownText.escape("two\nlines") == "two lines")
        #expect(MarkdownText.escape("<b>") == "&lt;b&gt;")
    }

    /// Cells in a GitHub table row: `|` not preceded by a backslash.
    static func cells(_ line: String) -> Int {
        var count = 0
        var previous: Character?
        for character in line {
            if character == "|" && previous != "\\" { count += 1 }
            previous = previous == "\\" && character == "\\" ? nil : character
        }
        return count - 1
    }
}

/// countdown's HTML escaping (registered as the `HTML` content type) gives
/// the library's output on ordinary text, and closes its gap on quotes and
/// brackets that carry a combining mark.
@Suite struct HTMLEscapingTests {
    @Test func itEscapesWhatTheLibraryEscapes() throws {
        let library = try MustacheTemplate(string: "{{value}}")
        for text in [
            "plain", "", "a & b < c > d \"e\" 'f'", "&amp; already", "é 🎄 &#39;", "<script>alert(1)</script>",
            "O'Neill & Sons \"Ltd\"",
        ] {
            #expect(HTMLText.escape(text) == library.render(["value": text]), "\(text)")
        }
    }

    @Test func aQuoteWithACombiningMarkIsStillEscaped() {
        #expect(HTMLText.escape("\"\u{301} onmouseover=x") == "&quot;\u{301} onmouseover=x")
        #expect(HTMLText.escape("<\u{301}b>") == "&lt;\u{301}b&gt;")
    }
}
