import Testing

@testable import LocatedYAML

struct ComposerTests {
    func compose(_ text: String, limits: ComposeLimits = ComposeLimits()) -> ComposedYAML {
        YAMLComposer.compose(Array(text.utf8), limits: limits)
    }

    func mapping(_ node: YAMLNode?) -> YAMLMapping? {
        guard case .mapping(let mapping)? = node else { return nil }
        return mapping
    }

    @Test func scalarsKeepTheirTextStyleAndPosition() throws {
        let result = compose("title: no\nversion: 1.10\nquoted: \"yes\"\n")
        #expect(result.problems.isEmpty)
        let root = try #require(mapping(result.root))
        guard case .scalar(let title)? = root["title"], case .scalar(let version)? = root["version"],
            case .scalar(let quoted)? = root["quoted"]
        else {
            Issue.record("expected scalars")
            return
        }
        #expect(title.text == "no" && title.style == .plain)
        #expect(version.text == "1.10")
        #expect(quoted.text == "yes" && quoted.isExplicitText)
        #expect(title.position == TextPosition(line: 1, column: 8))
        #expect(root.entries[1].key.position == TextPosition(line: 2, column: 1))
    }

    @Test func nullsAreRecognisedOnlyWhenPlain() throws {
        let root = try #require(mapping(compose("a:\nb: ~\nc: \"null\"\n").root))
        guard case .scalar(let a)? = root["a"], case .scalar(let b)? = root["b"], case .scalar(let c)? = root["c"]
        else {
            Issue.record("expected scalars")
            return
        }
        #expect(a.isNull && b.isNull && !c.isNull)
    }

    @Test func duplicateKeysAreReportedAtTheSecondAndReadingGoesOn() throws {
        let result = compose("a: 1\nb: 2\na: 3\nc: 4\nb: 5\n")
        #expect(result.problems.map(\.kind) == [.duplicateKey, .duplicateKey])
        #expect(
            result.problems.map(\.position) == [TextPosition(line: 3, column: 1), TextPosition(line: 5, column: 1)])
        #expect(result.problems.map { $0.related?.position.line } == [1, 2])
        let root = try #require(mapping(result.root))
        #expect(root.entries.map(\.key.text) == ["a", "b", "c"])  // first values kept
        guard case .scalar(let a)? = root["a"] else { return }
        #expect(a.text == "1")
    }

    @Test func aliasesAreExpandedWithinTheBudget() throws {
        let result = compose("base: &lead { role: Director }\nother: *lead\n")
        #expect(result.problems.isEmpty)
        let root = try #require(mapping(result.root))
        #expect(mapping(root["other"])?.entries.first?.key.text == "role")
    }

    @Test func anAliasBombStopsAtTheBudget() {
        var text = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
        for (name, previous) in zip("bcdefghij", "abcdefghi") {
            text += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 10).joined(separator: ", ") + "]\n"
        }
        let result = compose(text)
        #expect(result.root == nil)
        #expect(result.problems.map(\.kind) == [.limits])
    }

    @Test func deepNestingStopsAtTheLimitWithoutRecursion() {
        let text = "a: " + String(repeating: "[", count: 20_000) + String(repeating: "]", count: 20_000)
        let result = compose(text, limits: ComposeLimits(maxDepth: 10))
        #expect(result.root == nil)
        #expect(result.problems.first?.kind == .limits)
        #expect(result.problems.first?.position == TextPosition(line: 1, column: 13))
    }

    @Test func invalidUTF8IsLocatedByLineAndColumn() {
        let result = YAMLComposer.compose(Array("a: 1\nb: é".utf8).dropLast(1) + [0x41])
        #expect(result.problems.first?.kind == .encoding)
        #expect(result.problems.first?.position == TextPosition(line: 2, column: 4))
    }

    @Test func byteOrderMarkAndCRLFKeepPositions() throws {
        let result = YAMLComposer.compose([0xEF, 0xBB, 0xBF] + Array("a: 1\r\nb: 2\r\n".utf8))
        #expect(result.problems.isEmpty)
        let root = try #require(mapping(result.root))
        #expect(
            root.entries.map(\.key.position) == [TextPosition(line: 1, column: 1), TextPosition(line: 2, column: 1)])
    }

    @Test func emptyAndCommentOnlyFilesAreEmpty() {
        #expect(compose("").problems.map(\.kind) == [.empty])
        #expect(compose("# just a comment\n\n").problems.map(\.kind) == [.empty])
    }

    @Test func aSecondDocumentIsAProblem() {
        let result = compose("a: 1\n---\nb: 2\n")
        #expect(result.problems.map(\.position) == [TextPosition(line: 2, column: 1)])
    }

    @Test func syntaxErrorsAreExplainedInPlainWords() {
        let tab = compose("a: 1\n\tb: 2\n")
        #expect(tab.problems.first?.message == "a tab character is used for indentation")
        let bracket = compose("a: [1, 2\nb: 3\n")
        #expect(bracket.problems.first?.message == "a '[' list is not closed")
        #expect(bracket.problems.first?.related?.position == TextPosition(line: 1, column: 4))
    }

    @Test func complexKeysAreReported() {
        let result = compose("? [a, b]\n: 1\nc: 2\n")
        #expect(result.problems.map(\.kind) == [.complexKey])
        #expect(result.root != nil)
    }
}
