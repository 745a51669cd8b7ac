import Dispatch
import Foundation

/// `map` across the machine's cores, keeping the order of the input. For
/// work that is independent per element (reading and checking one file).
public enum ConcurrentMap {
    public static func map<Element: Sendable, Result: Sendable>(
        _ elements: [Element], _ transform: @escaping @Sendable (Element) -> Result
    ) -> [Result] {
        guard elements.count > 1 else { return elements.map(transform) }
        let slots = Slots<Result>(count: elements.count)
        DispatchQueue.concurrentPerform(iterations: elements.count) { index in
            slots.set(index, transform(elements[index]))
        }
        return slots.values()
    }

    /// One result per index, stored under a lock: an element's work (a file
    /// read and checked) is thousands of times longer than the lock.
    private final class Slots<Value: Sendable>: @unchecked Sendable {
        private var storage: [Value?]
        private let lock = NSLock()

        init(count: Int) {
            storage = Array(repeating: nil, count: count)
        }

        func set(_ index: Int, _ value: Value) {
            lock.withLock { storage[index] = value }
        }

        func values() -> [Value] {
            lock.withLock { storage.map { $0! } }
        }
    }
}
