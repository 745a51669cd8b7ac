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
        writer.bytes.append(0x7B)
    }

    func openUnkeyed() {
        guard kind != .unkeyed else { return }
        conflict = conflict || kind != .unopened
        kind = .unkeyed
        writer.bytes.append(0x5B)
    }

    // MARK: Objects

    /// Each entry is written whole where it arrives — its line, key, value
    /// and a comma — so that `finishObject` only has to put entries in order.
    func encode<T: Encodable>(_ value: T, forKey key: String) throws {
        let entryStart = writer.bytes.count
        writer.writeIndent(depth + 1)
        writer.writeString(key)
        writer.writeRaw(" : ")
        try writer.encodeValue(value, depth: depth + 1)
        writer.bytes.append(0x2C)
        writer.entries.append(
            JSONWriter.Entry(key: key, order: writer.entries.count, start: entryStart, end: writer.bytes.count))
    }

    func encodeNull(forKey key: String) {
        let entryStart = writer.bytes.count
        writer.writeIndent(depth + 1)
        writer.writeString(key)
        writer.writeRaw(" : null,")
        writer.entries.append(
            JSONWriter.Entry(key: key, order: writer.entries.count, start: entryStart, end: writer.bytes.count))
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

    /// Puts the object's entries in key order and closes it. Entries that
    /// arrived in order (and unique) stay where they are. A large object's
    /// are put in order where they lie, by rotating bytes, when that touches
    /// no more than twice its size — a document's top level, a hundred
    /// megabytes for a national status, is then never copied whole — and
    /// otherwise, like a small object's, through the scratch buffer.
    private func finishObject() {
        let writer = writer
        let end = writer.entries.count
        if end == entryBase {
            writer.bytes.append(0x0A)
        } else {
            // In order when each key is above the one before (so none is repeated).
            let ordered = ((entryBase + 1)..<end).allSatisfy { writer.entries[$0 - 1].key < writer.entries[$0].key }
            if !ordered {
                let size = writer.bytes.count - (start + 1)
                if size > 1 << 20, let moves = inPlaceMoves(end: end), moves.cost <= 2 * size {
                    orderInPlace(moves.steps)
                } else {
                    orderThroughScratch(end: end)
                }
            }
            writer.bytes.removeLast()  // the last entry's comma
        }
        writer.entries.removeSubrange(entryBase...)
        writer.writeIndent(depth)
        writer.bytes.append(0x7D)
    }

    /// Sorts the entries through the scratch buffer; of a key written twice,
    /// the last value is kept, as in Foundation's dictionary.
    private func orderThroughScratch(end: Int) {
        let writer = writer
        let regionStart = start + 1
        writer.scratch.removeAll(keepingCapacity: true)
        writer.scratch.append(contentsOf: writer.bytes[regionStart...])
        writer.bytes.removeSubrange(regionStart...)
        writer.entries[entryBase..<end].sort { $0.key != $1.key ? $0.key < $1.key : $0.order < $1.order }
        for index in entryBase..<end {
            let entry = writer.entries[index]
            if index + 1 < end && writer.entries[index + 1].key == entry.key { continue }
            writer.bytes.append(contentsOf: writer.scratch[(entry.start - regionStart)..<(entry.end - regionStart)])
        }
    }

    /// The rotations that put unique entries in order where they lie: each
    /// in turn is rotated to the front of the entries not yet placed. Each
    /// step is the bytes skipped over and the entry's length; the cost is
    /// the bytes the rotations touch. Nil when a key repeats.
    private func inPlaceMoves(end: Int) -> (steps: [(skipped: Int, length: Int)], cost: Int)? {
        let entries = writer.entries[entryBase..<end]
        guard Set(entries.map(\.key)).count == entries.count else { return nil }
        var remaining = entries.map { (key: $0.key, length: $0.end - $0.start) }
        var steps: [(skipped: Int, length: Int)] = []
        var cost = 0
        for key in remaining.map(\.key).sorted() {
            let position = remaining.firstIndex { $0.key == key }!
            let skipped = remaining[..<position].reduce(0) { $0 + $1.length }
            steps.append((skipped, remaining[position].length))
            cost += skipped > 0 ? skipped + remaining[position].length : 0
            remaining.remove(at: position)
        }
        return (steps, cost)
    }

    /// Carries out `inPlaceMoves`: a rotation is three reversals, in place.
    private func orderInPlace(_ steps: [(skipped: Int, length: Int)]) {
        var cursor = start + 1
        for step in steps {
            if step.skipped > 0 {
                Self.rotate(&writer.bytes, cursor..<(cursor + step.skipped + step.length), by: step.skipped)
            }
            cursor += step.length
        }
    }

    /// Moves the bytes `range` left by `shift` (the first `shift` go to the end), in place.
    private static func rotate(_ bytes: inout [UInt8], _ range: Range<Int>, by shift: Int) {
        precondition(range.lowerBound >= 0 && range.upperBound <= bytes.count && shift <= range.count)
        var span = bytes.mutableSpan
        reverse(&span, range.lowerBound..<(range.lowerBound + shift))
        reverse(&span, (range.lowerBound + shift)..<range.upperBound)
        reverse(&span, range)
    }

    @inline(__always)
    private static func reverse(_ bytes: inout MutableSpan<UInt8>, _ range: Range<Int>) {
        var low = range.lowerBound
        var high = range.upperBound - 1
        while low < high {
            bytes.swapAt(low, high)
            low += 1
            high -= 1
        }
    }
}
