import Mustache

/// Escapes plan text for Markdown, as the `MARKDOWN` content type of the
/// Markdown template (`{{% CONTENT_TYPE: MARKDOWN }}`): a title may hold
/// `|` (which would split a table cell), `*` or `_` (emphasis), `[` (a
/// link), a backtick, or `<` (raw HTML, which some converters pass
/// through). Each is backslash-escaped, which CommonMark and GitHub render
/// as the character itself; `<` and an `&` that would start an entity
/// become entities. Line ends become spaces, so a value stays in its cell.
struct MarkdownContentType: MustacheContentType {
    func escapeText(_ text: String) -> String {
        MarkdownText.escape(text)
    }
}

enum MarkdownText {
    static let backslashed: Set<Character> = ["\\", "|", "*", "_", "`", "[", "]", "~", "#"]

    /// The ASCII bytes `escape` changes: the backslashed characters, `<`,
    /// `>`, `&` and the ASCII line ends (VT and FF count as new lines too).
    static let specialBytes: Set<UInt8> = Set("\\|*_`[]~#<>&\n\r\u{0B}\u{0C}".utf8)

    static func escape(_ text: String) -> String {
        // Most text has nothing to escape: one pass over the bytes says so
        // (non-ASCII text takes the long way, for its own line ends).
        if text.utf8.allSatisfy({ $0 < 0x80 && !specialBytes.contains($0) }) { return text }
        let characters = Array(text)
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if backslashed.contains(character) {
                result += "\\" + String(character)
            } else if character == "<" {
                result += "&lt;"
            } else if character == ">" {
                result += "&gt;"
            } else if character == "&" && startsEntity(characters, at: index) {
                result += "&amp;"
            } else if character.isNewline {
                if !result.hasSuffix(" ") { result += " " }
            } else {
                result.append(character)
            }
            index += 1
        }
        return result
    }

    /// `&amp;`, `&#60;`: an ampersand that a Markdown renderer would read as an entity.
    static func startsEntity(_ characters: [Character], at index: Int) -> Bool {
        var next = index + 1
        while next < characters.count, next - index <= 32,
            characters[next].isLetter || characters[next].isNumber || characters[next] == "#"
        {
            next += 1
        }
        return next > index + 1 && next < characters.count && characters[next] == ";"
    }
}
