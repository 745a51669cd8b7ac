/// Where one value is being encoded: the container its `encode(to:)`
/// opened, finished (brackets closed, keys put in order) once `encode(to:)`
/// returns.
final class ValueSlot {
    let writer: JSONWriter
    let depth: Int
    private var opened = false
    /// Set when `encode(to:)` asked for two kinds of container, which
    /// Foundation's encoder resolves in its own way: the value is then left
    /// to Foundation (`finish` throws).
    private var conflict = false
    private var keyed: KeyedRegion?
    private var unkeyed: UnkeyedRegion?

    init(writer: JSONWriter, depth: Int) {
        self.writer = writer
        self.depth = depth
    }

    /// Claims the slot for a single value.
    func openSingle() throws {
        guard !opened else { throw UnsupportedByStableJSON() }
        opened = true
    }

    /// An object, opened when the encoder is asked for it (an empty one
    /// still writes its braces); asking again gives the same one.
    func openKeyed() -> KeyedRegion {
        if let keyed { return keyed }
        conflict = conflict || opened
        opened = true
        let region = KeyedRegion(writer: writer, depth: depth)
        keyed = region
        return region
    }

    func openUnkeyed() -> UnkeyedRegion {
        if let unkeyed { return unkeyed }
        conflict = conflict || opened
        opened = true
        let region = UnkeyedRegion(writer: writer, depth: depth)
        unkeyed = region
        return region
    }

    func finish() throws {
        if conflict {
            throw UnsupportedByStableJSON()
        } else if let keyed {
            keyed.finish()
        } else if let unkeyed {
            unkeyed.finish()
        } else if !opened {
            // A value that encoded nothing: Foundation writes an empty object.
            KeyedRegion(writer: writer, depth: depth).finish()
        }
    }
}

/// An object being written: its values are written in place as they come,
/// and `finish` rewrites the region with the keys, in key order.
final class KeyedRegion {
    let writer: JSONWriter
    let depth: Int
    let start: Int
    private var entries: [(key: String, range: Range<Int>)] = []

    init(writer: JSONWriter, depth: Int) {
        self.writer = writer
        self.depth = depth
        start = writer.bytes.count
    }

    func encode<T: Encodable>(_ value: T, forKey key: String, codingPath: [any CodingKey]) throws {
        let valueStart = writer.bytes.count
        try writer.encodeValue(value, depth: depth + 1, codingPath: codingPath)
        entries.append((key, valueStart..<writer.bytes.count))
    }

    func encodeNull(forKey key: String) {
        let valueStart = writer.bytes.count
        writer.writeRaw("null")
        entries.append((key, valueStart..<writer.bytes.count))
    }

    func finish() {
        // The values move to scratch, then come back after their keys.
        writer.scratch.removeAll(keepingCapacity: true)
        writer.scratch.append(contentsOf: writer.bytes[start...])
        writer.bytes.removeSubrange(start...)
        writer.bytes.append(0x7B)
        if entries.isEmpty {
            writer.bytes.append(0x0A)
        }
        let sorted = entries.indices.sorted { left, right in
            entries[left].key != entries[right].key ? entries[left].key < entries[right].key : left < right
        }
        var first = true
        for (position, index) in sorted.enumerated() {
            // A key written twice keeps its last value, as in Foundation's dictionary.
            if position + 1 < sorted.count && entries[sorted[position + 1]].key == entries[index].key { continue }
            if !first { writer.bytes.append(0x2C) }
            first = false
            writer.writeIndent(depth + 1)
            writer.writeString(entries[index].key)
            writer.writeRaw(" : ")
            let range = entries[index].range
            writer.bytes.append(contentsOf: writer.scratch[(range.lowerBound - start)..<(range.upperBound - start)])
        }
        writer.writeIndent(depth)
        writer.bytes.append(0x7D)
    }
}

/// An array being written: elements go in place, each on its own line.
final class UnkeyedRegion {
    let writer: JSONWriter
    let depth: Int
    private(set) var count = 0

    init(writer: JSONWriter, depth: Int) {
        self.writer = writer
        self.depth = depth
        writer.bytes.append(0x5B)
    }

    private func nextElement() {
        if count > 0 { writer.bytes.append(0x2C) }
        writer.writeIndent(depth + 1)
        count += 1
    }

    func encode<T: Encodable>(_ value: T, codingPath: [any CodingKey]) throws {
        nextElement()
        try writer.encodeValue(value, depth: depth + 1, codingPath: codingPath)
    }

    func encodeNull() {
        nextElement()
        writer.writeRaw("null")
    }

    func finish() {
        if count == 0 { writer.bytes.append(0x0A) }
        writer.writeIndent(depth)
        writer.bytes.append(0x5D)
    }
}
