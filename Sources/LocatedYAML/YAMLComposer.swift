import CLibYAML

/// Composes a located tree from libyaml's event stream.
///
/// Why not a YAML library's own composer: countdown must report every
/// duplicated key at its second occurrence and go on reading, keep each
/// scalar's raw text and style for the schema to type, and stay bounded on
/// hostile input (deep nesting, alias bombs). A recursive composer that
/// throws at the first duplicate cannot do that, so this one is a small
/// loop with an explicit stack over libyaml's parser events; libyaml does
/// all the YAML parsing.
public enum YAMLComposer {
    public static func compose(_ bytes: [UInt8], limits: ComposeLimits = ComposeLimits()) -> ComposedYAML {
        // libyaml would read a UTF-16 file as UTF-16: refuse it first.
        if let problem = TextEncodingCheck.byteOrderProblem(in: bytes) {
            return ComposedYAML(root: nil, problems: [problem])
        }
        if isBlank(bytes) {
            if let problem = TextEncodingCheck.problem(in: bytes) {
                return ComposedYAML(root: nil, problems: [problem])
            }
            return ComposedYAML(
                root: nil,
                problems: [
                    YAMLProblem(
                        kind: .empty, message: "the file is empty",
                        position: TextPosition(line: 1, column: 1),
                        hint: "write the plan's keys here, or delete the file")
                ])
        }
        var state = ComposerState(limits: limits)
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            return ComposedYAML(
                root: nil,
                problems: [
                    YAMLProblem(
                        kind: .limits, message: "not enough memory to read this file",
                        position: TextPosition(line: 1, column: 1))
                ])
        }
        defer { yaml_parser_delete(&parser) }
        bytes.withUnsafeBufferPointer { buffer in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var event = yaml_event_t()
            while !state.finished {
                guard yaml_parser_parse(&parser, &event) == 1 else {
                    var problem = SyntaxProblem.from(parser, bytes: bytes)
                    // A quote left open swallows the lines after it until the
                    // next quote mark, and the error shows up far below.
                    if problem.kind == .syntax, let quoted = state.lastMultiLineQuote {
                        problem.hint = "a quoted text may be missing its closing quote"
                        problem.related = (
                            "this quoted text runs on to line \(quoted.endLine): is its closing quote missing?",
                            quoted.start
                        )
                    }
                    state.fail(problem)
                    break
                }
                state.handle(event)
                yaml_event_delete(&event)
            }
        }
        guard state.failed else {
            // libyaml reached the end of the stream, so it decoded every byte
            // and refused any that is not UTF-8 text (NUL and other control
            // characters included): the bytes need no check of their own.
            return ComposedYAML(root: state.root, problems: state.problems)
        }
        // Reading stopped early: a byte that is not text explains it best,
        // located by line and column, wherever it is in the file.
        if let problem = TextEncodingCheck.problem(in: bytes) {
            return ComposedYAML(root: nil, problems: [problem])
        }
        return ComposedYAML(root: nil, problems: state.problems)
    }

    private static func isBlank(_ bytes: [UInt8]) -> Bool {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        var inComment = false
        for byte in body {
            switch byte {
            case UInt8(ascii: "#"): inComment = true
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"): inComment = false
            case UInt8(ascii: " "), UInt8(ascii: "\t"): continue
            default: if !inComment { return false }
            }
        }
        return true
    }
}

/// The composer's explicit stack, so nesting depth never grows the call stack.
private struct ComposerState {
    /// One open collection. A struct mutated in place (`stack[last]`), so
    /// appending an item never copies the items before it.
    private struct Frame {
        let isMapping: Bool
        let position: TextPosition
        let anchor: String?
        var items: [YAMLNode] = []
        var entries: [YAMLMapping.Entry] = []
        var pendingKey: YAMLScalar?
        var skippingValue = false
        /// Keys seen so far, for a large mapping only: a small one (every
        /// mapping in a plan) is searched in `entries`, which is cheaper.
        var seenKeys: [String: TextPosition]?

        static let linearSearchLimit = 32

        func firstPosition(of key: String) -> TextPosition? {
            if let seenKeys { return seenKeys[key] }
            return entries.first { $0.key.text == key }?.key.position
        }

        mutating func remember(_ key: YAMLScalar) {
            if seenKeys == nil && entries.count >= Self.linearSearchLimit {
                var index: [String: TextPosition] = [:]
                for entry in entries where index[entry.key.text] == nil { index[entry.key.text] = entry.key.position }
                seenKeys = index
            }
            seenKeys?[key.text] = key.position
        }
    }

    let limits: ComposeLimits
    private var stack: [Frame] = []
    private var anchors: [String: YAMLNode] = [:]
    private var aliasExpansion = 0
    private var documents = 0
    /// The last scalar read, when it was quoted and ran over several lines.
    private(set) var lastMultiLineQuote: (start: TextPosition, endLine: Int)?
    private(set) var root: YAMLNode?
    private(set) var problems: [YAMLProblem] = []
    private(set) var finished = false
    private(set) var failed = false

    init(limits: ComposeLimits) {
        self.limits = limits
    }

    mutating func fail(_ problem: YAMLProblem) {
        problems.append(problem)
        finished = true
        failed = true
    }

    mutating func handle(_ event: yaml_event_t) {
        let position = TextPosition(line: event.start_mark.line + 1, column: event.start_mark.column + 1)
        switch event.type {
        case YAML_DOCUMENT_START_EVENT:
            documents += 1
            if documents > 1 {
                fail(
                    YAMLProblem(
                        kind: .syntax, message: "a second YAML document starts here; a plan file holds one",
                        position: position,
                        hint: "remove the '---' line and what follows it, or move it to a file of its own"))
            }
        case YAML_STREAM_END_EVENT:
            finished = true
        case YAML_SCALAR_EVENT:
            let data = event.data.scalar
            let text = String(decoding: UnsafeBufferPointer(start: data.value, count: data.length), as: UTF8.self)
            let scalar = YAMLScalar(
                text: text, style: Self.style(data.style), tag: Self.string(data.tag), position: position)
            let endLine = event.end_mark.line + 1
            let quoted = scalar.style == .singleQuoted || scalar.style == .doubleQuoted
            lastMultiLineQuote = quoted && endLine > position.line ? (position, endLine) : nil
            let node = YAMLNode.scalar(scalar)
            register(anchor: Self.string(data.anchor), node)
            attach(node)
        case YAML_ALIAS_EVENT:
            alias(Self.string(event.data.alias.anchor) ?? "", at: position)
        case YAML_SEQUENCE_START_EVENT:
            push(Frame(isMapping: false, position: position, anchor: Self.string(event.data.sequence_start.anchor)))
        case YAML_MAPPING_START_EVENT:
            push(Frame(isMapping: true, position: position, anchor: Self.string(event.data.mapping_start.anchor)))
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            guard let frame = stack.popLast() else { return }
            let node =
                frame.isMapping
                ? YAMLNode.mapping(YAMLMapping(entries: frame.entries, position: frame.position))
                : YAMLNode.sequence(YAMLSequence(items: frame.items, position: frame.position))
            register(anchor: frame.anchor, node)
            attach(node)
        default:
            break
        }
    }

    private mutating func push(_ frame: Frame) {
        guard stack.count < limits.maxDepth else {
            fail(
                YAMLProblem(
                    kind: .limits,
                    message: "values are nested more than \(limits.maxDepth) levels deep here",
                    position: frame.position,
                    hint: "a plan needs about 8 levels; check for runaway brackets or list dashes"))
            return
        }
        stack.append(frame)
    }

    private mutating func alias(_ name: String, at position: TextPosition) {
        guard let node = anchors[name] else {
            fail(
                YAMLProblem(
                    kind: .syntax, message: "'*\(name)' refers to an anchor '&\(name)' that is not defined above",
                    position: position, hint: "define '&\(name)' on a value before this line, or write the value out"))
            return
        }
        aliasExpansion = saturatingAdd(aliasExpansion, node.nodeCount)
        if aliasExpansion > limits.maxAliasExpansion {
            fail(
                YAMLProblem(
                    kind: .limits,
                    message: "aliases ('*\(name)') expand to more than \(limits.maxAliasExpansion) values",
                    position: position,
                    hint: "this looks like an alias bomb; write the values out instead of nesting aliases"))
            return
        }
        if stack.count + node.height > limits.maxDepth {
            fail(
                YAMLProblem(
                    kind: .limits,
                    message: "alias '*\(name)' nests values more than \(limits.maxDepth) levels deep",
                    position: position))
            return
        }
        attach(node)
    }

    private mutating func register(anchor: String?, _ node: YAMLNode) {
        if let anchor { anchors[anchor] = node }
    }

    private mutating func attach(_ node: YAMLNode) {
        guard !finished else { return }
        guard !stack.isEmpty else {
            root = node
            return
        }
        let top = stack.count - 1
        guard stack[top].isMapping else {
            stack[top].items.append(node)
            return
        }
        if let pendingKey = stack[top].pendingKey {
            if !stack[top].skippingValue {
                stack[top].entries.append(YAMLMapping.Entry(key: pendingKey, value: node))
            }
            stack[top].pendingKey = nil
            stack[top].skippingValue = false
            return
        }
        guard case .scalar(let key) = node else {
            problems.append(
                YAMLProblem(
                    kind: .complexKey, message: "a key must be plain text, not \(node.kindDescription)",
                    position: node.position, hint: "write the key as a single word such as 'title'"))
            stack[top].pendingKey = YAMLScalar(text: "", style: .plain, position: node.position)
            stack[top].skippingValue = true
            return
        }
        if let first = stack[top].firstPosition(of: key.text) {
            problems.append(
                YAMLProblem(
                    kind: .duplicateKey,
                    message: "duplicate key '\(key.text)' (first given on line \(first.line))",
                    position: key.position,
                    hint: "keep one '\(key.text)' and delete the other; this second value is ignored",
                    related: ("'\(key.text)' is first given here", first)))
            stack[top].skippingValue = true
        } else {
            stack[top].remember(key)
        }
        stack[top].pendingKey = key
    }

    private static func style(_ style: yaml_scalar_style_t) -> YAMLScalar.Style {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: .literal
        case YAML_FOLDED_SCALAR_STYLE: .folded
        default: .plain
        }
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        guard let pointer else { return nil }
        return String(cString: pointer)
    }
}
