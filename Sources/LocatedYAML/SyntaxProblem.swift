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
        return (problem, nil)
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
