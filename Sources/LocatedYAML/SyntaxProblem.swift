import CLibYAML

/// Turns libyaml's error into a located problem in plain words.
///
/// libyaml's messages are written for YAML implementers ("mapping values are
/// not allowed in this context"); programme managers need to know what to
/// change. Each known message gets a reworded explanation and a hint; an
/// unknown one is passed on as libyaml wrote it.
enum SyntaxProblem {
    static func from(_ parser: yaml_parser_t, bytes: [UInt8]) -> YAMLProblem {
        let problem = parser.problem.map { String(cString: $0) } ?? "the YAML could not be read"
        let context = parser.context.map { String(cString: $0) }
        if parser.error == YAML_READER_ERROR {
            return YAMLProblem(
                kind: .encoding, message: "the file contains a character YAML does not allow (\(problem))",
                position: TextEncodingCheck.position(ofByte: parser.problem_offset, in: bytes),
                hint: "remove control characters; plan files are plain UTF-8 text")
        }
        if parser.error == YAML_MEMORY_ERROR {
            return YAMLProblem(
                kind: .limits, message: "not enough memory to read this file",
                position: TextPosition(line: 1, column: 1))
        }
        let position = TextPosition(
            line: parser.problem_mark.line + 1, column: parser.problem_mark.column + 1)
        let contextPosition = TextPosition(
            line: parser.context_mark.line + 1, column: parser.context_mark.column + 1)
        let (message, hint) = explain(problem: problem, context: context, at: position, bytes: bytes)
        var result = YAMLProblem(kind: .syntax, message: message, position: position, hint: hint)
        if let context, contextPosition != position, let what = contextDescription(context) {
            result.related = (what, contextPosition)
        }
        return result
    }

    private static func explain(
        problem: String, context: String?, at position: TextPosition, bytes: [UInt8]
    ) -> (String, String?) {
        let context = context ?? ""
        if problem.contains("tab character")
            || (problem.contains("cannot start any token") && character(at: position, in: bytes) == "\t")
        {
            return (
                "a tab character is used for indentation",
                "YAML indents with spaces only; replace the tab with spaces"
            )
        }
        if problem.contains("cannot start any token") {
            let found = character(at: position, in: bytes).map { " '\($0)'" } ?? ""
            return (
                "a value cannot start with the character\(found)",
                "put the text in quotes, for example: title: \"@home service\""
            )
        }
        if problem.contains("mapping values are not allowed") {
            return (
                "unexpected ':' (a key cannot start here)",
                "check this line's indentation; if the text itself contains ': ', put it in quotes"
            )
        }
        if !context.contains("quoted scalar"), let found = invisibleOrMisplaced(at: position, bytes: bytes) {
            return found
        }
        if problem.contains("did not find expected key") {
            return (
                "this line does not line up with the keys around it",
                "check the spaces at the start of this line and the line above it"
            )
        }
        if problem.contains("could not find expected ':'") {
            return (
                "a key is missing its ':'",
                "write 'key: value'; if this is text that runs onto a new line, put it in quotes"
            )
        }
        if problem.contains("did not find expected ',' or ']'") {
            return ("a '[' list is not closed", "add the missing ']' or the ',' between items")
        }
        if problem.contains("did not find expected ',' or '}'") {
            return ("a '{' mapping is not closed", "add the missing '}' or the ',' between entries")
        }
        if problem.contains("did not find expected '-' indicator") {
            return (
                "this line does not line up with the list items above it",
                "list items start with '- ' at the same indentation"
            )
        }
        if problem.contains("unknown escape character") {
            return (
                "a '\\' in double-quoted text starts an escape YAML does not know",
                "write \\\\ for a backslash, or put the text in single quotes, where '\\' is an ordinary character"
            )
        }
        if problem.contains("Unicode character escape") || problem.contains("hexdecimal number") {
            return (
                "a '\\u' or '\\x' escape in double-quoted text is not a valid character code",
                "write the character itself, or four hexadecimal digits after \\u (\\u00e9 is é)"
            )
        }
        if context.contains("quoted scalar") {
            return ("a quoted text is never closed", "add the closing quote mark")
        }
        if problem.contains("did not find expected node content") {
            return ("a value is missing here", "write a value after the ':' or the '- '")
        }
        if problem.contains("block sequence entries are not allowed") {
            return (
                "a '- ' list item appears where a value was already given",
                "check the indentation: list items go on their own lines under the key"
            )
        }
        if problem.contains("found undefined alias") {
            return ("an alias refers to an anchor that is not defined", nil)
        }
        if problem.contains("expected alphabetic or numeric character") {
            return (
                "a '&', '*' or '!' must be followed by a name",
                "put text that starts with &, * or ! in quotes, for example: title: \"& more\""
            )
        }
        if problem.contains("undefined tag handle") {
            return ("an unknown '!' tag", "plan files use no YAML tags: remove the '!…' before the value, or quote it")
        }
        if problem.contains("incompatible YAML document") || problem.contains("%YAML directive") {
            return ("the '%YAML' line names a YAML version countdown cannot read", "remove the '%YAML' line")
        }
        if problem.contains("indentation indicator") || context.contains("block scalar") {
            return (
                "unexpected text after '|' or '>' on this line",
                "start the text on the next line, indented; after '|' or '>' only a digit 1-9, '+' or '-' may follow"
            )
        }
        if problem.contains("expected comment or line break") {
            return ("unexpected text at the end of this line", "put the whole value in quotes")
        }
        return (problem, nil)
    }

    /// Two cases libyaml reports as misaligned keys: a byte-order mark
    /// (invisible in editors) left inside the file, as joining files
    /// produces, and text after a closing quote mark.
    private static func invisibleOrMisplaced(at position: TextPosition, bytes: [UInt8]) -> (String, String?)? {
        guard let line = lineText(position.line, in: bytes) else { return nil }
        var scalars = Array(line.unicodeScalars)
        // libyaml skips a byte-order mark at the start of the file and does not count it in columns.
        if position.line == 1, scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        if scalars.prefix(position.column).contains("\u{FEFF}") {
            return (
                "an invisible byte-order mark (U+FEFF) is on this line",
                "delete it (it comes from joining or pasting files); only the very start of a file may have one"
            )
        }
        let before = scalars.prefix(max(0, position.column - 1)).reversed().drop { $0 == " " || $0 == "\t" }
        if position.column > 1, let last = before.first, last == "\"" || last == "'",
            before.dropFirst().contains(last)
        {
            return (
                "text follows the closing quote mark",
                "put all of the value inside the quotes, for example: title: \"Quit \\\"4-week\\\" rates\""
            )
        }
        return nil
    }

    private static func lineText(_ number: Int, in bytes: [UInt8]) -> Substring? {
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        return number - 1 < lines.count && number >= 1 ? lines[number - 1] : nil
    }

    /// libyaml's context ("while parsing a flow mapping"), as a note on
    /// where the unfinished thing starts; nil where it would not help.
    private static func contextDescription(_ context: String) -> String? {
        if context.contains("flow mapping") { return "the '{' mapping starts here" }
        if context.contains("flow sequence") { return "the '[' list starts here" }
        if context.contains("quoted scalar") { return "the quoted text starts here" }
        if context.contains("block mapping") { return "the keys this line should line up with start here" }
        if context.contains("block collection") || context.contains("block sequence") {
            return "the list this line should line up with starts here"
        }
        return nil
    }

    private static func character(at position: TextPosition, in bytes: [UInt8]) -> Character? {
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        guard position.line - 1 < lines.count else { return nil }
        let scalars = Array(lines[position.line - 1].unicodeScalars)
        guard position.column - 1 < scalars.count else { return nil }
        return Character(scalars[position.column - 1])
    }
}
