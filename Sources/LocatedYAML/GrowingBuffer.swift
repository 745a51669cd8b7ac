/// An array of plain values that the composer grows and `YAMLStorage` then
/// owns: one owner at a time (`~Copyable`), freed when that owner goes.
///
/// Why not `[Element]`: the storage reads a node per schema check and
/// decoder step, and an array's bounds checks and uniqueness checks there
/// cost more than the reading. Ids and ranges come from the composer, and
/// `YAMLStorage` checks what callers pass, so the reads here need neither.
@usableFromInline
struct GrowingBuffer<Element: BitwiseCopyable>: ~Copyable {
    @usableFromInline private(set) var base: UnsafeMutablePointer<Element>
    @usableFromInline private(set) var count = 0
    private var capacity: Int

    init(capacity: Int) {
        self.capacity = max(capacity, 16)
        base = .allocate(capacity: self.capacity)
    }

    deinit {
        base.deallocate()
    }

    @inlinable
    subscript(index: Int) -> Element {
        @inline(__always) get { base[index] }
    }

    @inline(never)
    private mutating func grow(to needed: Int) {
        var grown = capacity * 2
        while grown < needed { grown *= 2 }
        let larger = UnsafeMutablePointer<Element>.allocate(capacity: grown)
        larger.moveInitialize(from: base, count: count)
        base.deallocate()
        base = larger
        capacity = grown
    }

    @inline(__always)
    mutating func append(_ element: Element) {
        if count == capacity { grow(to: count + 1) }
        (base + count).initialize(to: element)
        count += 1
    }

    @inline(__always)
    mutating func append(contentsOf elements: UnsafeBufferPointer<Element>) {
        guard let source = elements.baseAddress, !elements.isEmpty else { return }
        if count + elements.count > capacity { grow(to: count + elements.count) }
        (base + count).initialize(from: source, count: elements.count)
        count += elements.count
    }

    /// Appends the elements `range` of `other` (checked to be inside it).
    @inline(__always)
    mutating func append(from other: borrowing GrowingBuffer<Element>, _ range: Range<Int>) {
        precondition(range.lowerBound >= 0 && range.upperBound <= other.count)
        append(contentsOf: UnsafeBufferPointer(start: other.base + range.lowerBound, count: range.count))
    }

    /// Forgets the last `k` elements (plain values: nothing to release).
    @inline(__always)
    mutating func removeLast(_ k: Int) {
        precondition(k <= count)
        count -= k
    }

    /// The elements `range`, which must be inside the buffer, valid while it is.
    func buffer(_ range: Range<Int>) -> UnsafeBufferPointer<Element> {
        UnsafeBufferPointer(start: base + range.lowerBound, count: range.count)
    }

    /// Runs `body` on the elements `range`, which must be inside the buffer.
    @inlinable @inline(__always)
    func withSpan<R, Failure: Error>(
        _ range: Range<Int>, _ body: (Span<Element>) throws(Failure) -> R
    ) throws(Failure) -> R {
        try body(UnsafeBufferPointer(start: base + range.lowerBound, count: range.count).span)
    }
}
