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
        var state = ComposerState(limits: limits, inputSize: bytes.count)
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
                state.handle(&event)
                yaml_event_delete(&event)
            }
        }
        guard state.failed else {
            // libyaml reached the end of the stream, so it decoded every byte
            // and refused any that is not UTF-8 text (NUL and other control
            // characters included): the bytes need no check of their own.
            let problems = state.problems
            return ComposedYAML(root: state.takeRoot(), problems: problems)
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
///
/// Nodes go straight into flat buffers (`YAMLStorage`); an open collection's
/// children wait on one shared work stack and move to `children` in one
/// piece when it ends, so a collection costs no array of its own. The
/// innermost open collection is kept apart from the stack of the others,
/// so that attaching a node (every event) changes it in place.
private struct ComposerState: ~Copyable {
    typealias NodeID = YAMLNodeID

    /// One open collection.
    private struct Frame {
        var isMapping: Bool
        var line: Int32
        var column: Int32
        var anchor: String?
        /// Where this collection's children start on the work stack.
        var workStart: Int
        /// Nodes held, with aliases expanded (saturating), and the deepest child.
        var nodeCount = 1
        var childHeight = 0
        /// The key read, waiting for its value; -1 for a key that was not text.
        var pendingKey: NodeID?
        var skippingValue = false
        /// Keys seen so far, for a large mapping only: a small one (every
        /// mapping in a plan) is searched on the work stack, which is cheaper.
        var seenKeys: [String: TextPosition]?

        var position: TextPosition { TextPosition(line: Int(line), column: Int(column)) }
    }

    static let linearSearchLimit = 32

    let limits: ComposeLimits
    /// The open collections around `current`, outermost first.
    private var stack: [Frame] = []
    /// The innermost open collection, when `depth > 0`.
    private var current = Frame(isMapping: false, line: 0, column: 0, anchor: nil, workStart: 0)
    private var depth = 0
    private var work: GrowingBuffer<NodeID>
    /// Handed over to the document's storage at the end (freed by it, or
    /// with this state when reading failed).
    private var nodes: GrowingBuffer<YAMLNodeRecord>
    private var children: GrowingBuffer<NodeID>
    private var bytes: GrowingBuffer<UInt8>
    private var tags: [NodeID: String] = [:]
    private var anchors: [String: (id: NodeID, nodeCount: Int, height: Int)] = [:]
    private var aliasExpansion = 0
    private var documents = 0
    /// The last scalar read, when it was quoted and ran over several lines.
    private(set) var lastMultiLineQuote: (start: TextPosition, endLine: Int)?
    private var rootID: NodeID?
    private(set) var problems: [YAMLProblem] = []
    private(set) var finished = false
    private(set) var failed = false

    init(limits: ComposeLimits, inputSize: Int) {
        self.limits = limits
        // About one node per 10 bytes of a plan, and scalars' bytes below the file's size.
        nodes = GrowingBuffer(capacity: inputSize / 10)
        children = GrowingBuffer(capacity: inputSize / 10)
        bytes = GrowingBuffer(capacity: inputSize / 2)
        work = GrowingBuffer(capacity: 256)
        stack.reserveCapacity(16)
    }

    /// The document's root, its storage taking over the buffers.
    consuming func takeRoot() -> YAMLNode? {
        let storage = YAMLStorage(nodes: nodes, children: children, bytes: bytes, tags: tags)
        return rootID.map(storage.node)
    }

    mutating func fail(_ problem: YAMLProblem) {
        problems.append(problem)
        finished = true
        failed = true
    }

    /// Takes the event by pointer: libyaml's event is a 100-byte struct,
    /// which copied per event cost more than some events' handling.
    mutating func handle(_ event: UnsafePointer<yaml_event_t>) {
        let line = Int32(clamping: event.pointee.start_mark.line + 1)
        let column = Int32(clamping: event.pointee.start_mark.column + 1)
        switch event.pointee.type {
        case YAML_SCALAR_EVENT:
            let data = event.pointee.data.scalar
            let start = Int32(clamping: bytes.count)
            var isASCII = true
            if data.length > 0 {
                let text = UnsafeBufferPointer(start: data.value, count: data.length)
                var high: UInt8 = 0
                for byte in text { high |= byte }
                isASCII = high < 0x80
                bytes.append(contentsOf: text)
            }
            let style = Self.style(data.style)
            let id = NodeID(Int32(nodes.count))
            var tag = YAMLNodeRecord.Tag.none
            if let pointer = data.tag {
                let text = String(cString: pointer)
                if text == "tag:yaml.org,2002:str" {
                    tag = .string
                } else {
                    tag = .other
                    tags[id] = text
                }
            }
            nodes.append(
                YAMLNodeRecord(
                    line: line, column: column, start: start, count: Int32(clamping: data.length), kind: .scalar,
                    style: style, tag: tag, isASCII: isASCII))
            if style == .singleQuoted || style == .doubleQuoted {
                let endLine = event.pointee.end_mark.line + 1
                lastMultiLineQuote =
                    endLine > Int(line) ? (TextPosition(line: Int(line), column: Int(column)), endLine) : nil
            } else {
                lastMultiLineQuote = nil
            }
            if let anchor = data.anchor { anchors[String(cString: anchor)] = (id, 1, 1) }
            attach(id, nodeCount: 1, height: 1)
        case YAML_MAPPING_START_EVENT:
            push(isMapping: true, line: line, column: column, anchor: event.pointee.data.mapping_start.anchor)
        case YAML_SEQUENCE_START_EVENT:
            push(isMapping: false, line: line, column: column, anchor: event.pointee.data.sequence_start.anchor)
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            guard depth > 0 else { return }
            let frame = current
            depth -= 1
            if depth > 0 { current = stack.removeLast() }
            let id = NodeID(Int32(nodes.count))
            let childCount = work.count - frame.workStart
            nodes.append(
                YAMLNodeRecord(
                    line: frame.line, column: frame.column, start: Int32(clamping: children.count),
                    count: Int32(clamping: frame.isMapping ? childCount / 2 : childCount),
                    kind: frame.isMapping ? .mapping : .sequence, style: .plain, tag: .none, isASCII: true))
            children.append(from: work, frame.workStart..<work.count)
            work.removeLast(childCount)
            let height = frame.childHeight + 1
            if let anchor = frame.anchor { anchors[anchor] = (id, frame.nodeCount, height) }
            attach(id, nodeCount: frame.nodeCount, height: height)
        case YAML_ALIAS_EVENT:
            alias(
                event.pointee.data.alias.anchor.map { String(cString: $0) } ?? "",
                at: TextPosition(line: Int(line), column: Int(column)))
        case YAML_DOCUMENT_START_EVENT:
            documents += 1
            if documents > 1 {
                fail(
                    YAMLProblem(
                        kind: .syntax, message: "a second YAML document starts here; a plan file holds one",
                        position: TextPosition(line: Int(line), column: Int(column)),
                        hint: "remove the '---' line and what follows it, or move it to a file of its own"))
            }
        case YAML_STREAM_END_EVENT:
            finished = true
        default:
            break
        }
    }

    private mutating func push(isMapping: Bool, line: Int32, column: Int32, anchor: UnsafeMutablePointer<yaml_char_t>?)
    {
        guard depth < limits.maxDepth else {
            fail(
                YAMLProblem(
                    kind: .limits,
                    message: "values are nested more than \(limits.maxDepth) levels deep here",
                    position: TextPosition(line: Int(line), column: Int(column)),
                    hint: "a plan needs about 8 levels; check for runaway brackets or list dashes"))
            return
        }
        if depth > 0 { stack.append(current) }
        current = Frame(
            isMapping: isMapping, line: line, column: column, anchor: anchor.map { String(cString: $0) },
            workStart: work.count)
        depth += 1
    }

    private mutating func alias(_ name: String, at position: TextPosition) {
        guard let anchored = anchors[name] else {
            fail(
                YAMLProblem(
                    kind: .syntax, message: "'*\(name)' refers to an anchor '&\(name)' that is not defined above",
                    position: position, hint: "define '&\(name)' on a value before this line, or write the value out"))
            return
        }
        aliasExpansion = saturatingAdd(aliasExpansion, anchored.nodeCount)
        if aliasExpansion > limits.maxAliasExpansion {
            fail(
                YAMLProblem(
                    kind: .limits,
                    message: "aliases ('*\(name)') expand to more than \(limits.maxAliasExpansion) values",
                    position: position,
                    hint: "this looks like an alias bomb; write the values out instead of nesting aliases"))
            return
        }
        if depth + anchored.height > limits.maxDepth {
            fail(
                YAMLProblem(
                    kind: .limits,
                    message: "alias '*\(name)' nests values more than \(limits.maxDepth) levels deep",
                    position: position))
            return
        }
        // The anchored node itself: an alias shares it rather than copying it.
        attach(anchored.id, nodeCount: anchored.nodeCount, height: anchored.height)
    }

    private mutating func attach(_ id: NodeID, nodeCount: Int, height: Int) {
        guard !finished else { return }
        guard depth > 0 else {
            rootID = id
            return
        }
        guard current.isMapping else {
            work.append(id)
            current.nodeCount = saturatingAdd(current.nodeCount, nodeCount)
            current.childHeight = max(current.childHeight, height)
            return
        }
        if let pendingKey = current.pendingKey {
            if !current.skippingValue {
                work.append(pendingKey)
                work.append(id)
                current.nodeCount = saturatingAdd(saturatingAdd(current.nodeCount, 1), nodeCount)
                current.childHeight = max(current.childHeight, height)
            }
            current.pendingKey = nil
            current.skippingValue = false
            return
        }
        let record = nodes[Int(id.index)]
        guard record.kind == .scalar else {
            let kind = record.kind == .sequence ? "a list" : "a mapping of keys to values"
            problems.append(
                YAMLProblem(
                    kind: .complexKey, message: "a key must be plain text, not \(kind)",
                    position: record.position, hint: "write the key as a single word such as 'title'"))
            current.pendingKey = NodeID(-1)
            current.skippingValue = true
            return
        }
        if let first = firstPosition(ofKey: id, record) {
            let key = text(id)
            problems.append(
                YAMLProblem(
                    kind: .duplicateKey,
                    message: "duplicate key '\(key)' (first given on line \(first.line))",
                    position: record.position,
                    hint: "keep one '\(key)' and delete the other; this second value is ignored",
                    related: ("'\(key)' is first given here", first)))
            current.skippingValue = true
        } else {
            remember(id)
        }
        current.pendingKey = id
    }

    private func text(_ id: NodeID) -> String {
        String(decoding: scalarBytes(id), as: UTF8.self)
    }

    private func scalarBytes(_ id: NodeID) -> UnsafeBufferPointer<UInt8> {
        let record = nodes[Int(id.index)]
        return bytes.buffer(Int(record.start)..<Int(record.start + record.count))
    }

    /// Where the key with the same text as `key` was first given in the
    /// current mapping, if it was.
    private func firstPosition(ofKey key: NodeID, _ record: YAMLNodeRecord) -> TextPosition? {
        if let seenKeys = current.seenKeys { return seenKeys[text(key)] }
        var index = current.workStart
        while index < work.count {
            let otherID = work[index]
            let other = nodes[Int(otherID.index)]
            if sameText(key, record, otherID, other) { return other.position }
            index += 2
        }
        return nil
    }

    /// Whether two scalars hold the same text, as `String`'s `==` says
    /// (bytes decide alone when both are ASCII).
    @inline(__always)
    private func sameText(_ key: NodeID, _ record: YAMLNodeRecord, _ otherID: NodeID, _ other: YAMLNodeRecord) -> Bool {
        if other.count == record.count {
            let first = bytes.base + Int(record.start)
            let second = bytes.base + Int(other.start)
            var offset = 0
            let count = Int(record.count)
            while offset < count && first[offset] == second[offset] { offset += 1 }
            if offset == count { return true }
        }
        if record.isASCII && other.isASCII { return false }
        return text(key) == text(otherID)
    }

    private mutating func remember(_ key: NodeID) {
        if current.seenKeys == nil {
            guard (work.count - current.workStart) / 2 >= Self.linearSearchLimit else { return }
            var index: [String: TextPosition] = [:]
            for offset in stride(from: current.workStart, to: work.count, by: 2) {
                let text = text(work[offset])
                if index[text] == nil { index[text] = nodes[Int(work[offset].index)].position }
            }
            current.seenKeys = index
        }
        let text = text(key)
        current.seenKeys?[text] = nodes[Int(key.index)].position
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

}
