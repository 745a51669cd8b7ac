/// Where one value is being encoded, and the container its `encode(to:)`
/// opened: finished (brackets closed, keys put in order) once `encode(to:)`
/// returns. One object per value, holding either kind of container, and
/// an object's keys kept on the writer's shared stack: a million actuals
/// are a million values, so each allocation here counts.
final class ValueSlot {
    let writer: JSONWriter
    let depth: Int

    enum Kind {
        case unopened, single, keyed, unkeyed
    }

    private(set) var kind = Kind.unopened
    /// Set when `encode(to:)` asked for two kinds of container, which
    /// Foundation's encoder resolves in its own way: the value is then left
    /// to Foundation (`finish` throws).
    private var conflict = false
    /// Where the object's values start in the output.
    private var start = 0
    /// Where the object's entries start on `writer.entries`.
    private var entryBase = 0
    /// The array's elements so far.
    private(set) var count = 0

    init(writer: JSONWriter, depth: Int) {
        self.writer = writer
        self.depth = depth
    }

    /// Claims the slot for a single value.
    func openSingle() throws {
        guard kind == .unopened else { throw UnsupportedByStableJSON() }
        kind = .single
    }

    /// An object, opened when the encoder is asked for it (an empty one
    /// still writes its braces); asking again gives the same one.
    func openKeyed() {
        guard kind != .keyed else { return }
        conflict = conflict || kind != .unopened
        kind = .keyed
        start = writer.bytes.count
        entryBase = writer.entries.count
    }

    func openUnkeyed() {
        guard kind != .unkeyed else { return }
        conflict = conflict || kind != .unopened
        kind = .unkeyed
        writer.bytes.append(0x5B)
    }

    // MARK: Objects

    func encode<T: Encodable>(_ value: T, forKey key: String) throws {
        let valueStart = writer.bytes.count
        try writer.encodeValue(value, depth: depth + 1)
        writer.entries.append(
            JSONWriter.Entry(key: key, order: writer.entries.count, start: valueStart, end: writer.bytes.count))
    }

    func encodeNull(forKey key: String) {
        let valueStart = writer.bytes.count
        writer.writeRaw("null")
        writer.entries.append(
            JSONWriter.Entry(key: key, order: writer.entries.count, start: valueStart, end: writer.bytes.count))
    }

    // MARK: Arrays

    private func nextElement() {
        if count > 0 { writer.bytes.append(0x2C) }
        writer.writeIndent(depth + 1)
        count += 1
    }

    func encode<T: Encodable>(_ value: T) throws {
        nextElement()
        try writer.encodeValue(value, depth: depth + 1)
    }

    func encodeNull() {
        nextElement()
        writer.writeRaw("null")
    }

    // MARK: Finishing

    func finish() throws {
        guard !conflict else { throw UnsupportedByStableJSON() }
        switch kind {
        case .single: break
        case .keyed: finishObject()
        case .unkeyed:
            if count == 0 { writer.bytes.append(0x0A) }
            writer.writeIndent(depth)
            writer.bytes.append(0x5D)
        case .unopened:
            // A value that encoded nothing: Foundation writes an empty object.
            openKeyed()
            finishObject()
        }
    }

    /// Rewrites the object's region: each value after its key, keys in order.
    private func finishObject() {
        let writer = writer
        // The values move to scratch, then come back after their keys.
        writer.scratch.removeAll(keepingCapacity: true)
        writer.scratch.append(contentsOf: writer.bytes[start...])
        writer.bytes.removeSubrange(start...)
        writer.bytes.append(0x7B)
        let end = writer.entries.count
        if end == entryBase {
            writer.bytes.append(0x0A)
        }
        writer.entries[entryBase..<end].sort { $0.key != $1.key ? $0.key < $1.key : $0.order < $1.order }
        var first = true
        for index in entryBase..<end {
            let entry = writer.entries[index]
            // A key written twice keeps its last value, as in Foundation's dictionary.
            if index + 1 < end && writer.entries[index + 1].key == entry.key { continue }
            if !first { writer.bytes.append(0x2C) }
            first = false
            writer.writeIndent(depth + 1)
            writer.writeString(entry.key)
            writer.writeRaw(" : ")
            writer.bytes.append(contentsOf: writer.scratch[(entry.start - start)..<(entry.end - start)])
        }
        writer.entries.removeSubrange(entryBase...)
        writer.writeIndent(depth)
        writer.bytes.append(0x7D)
    }
}
