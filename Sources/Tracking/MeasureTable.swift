import Foundation
import PlanModel

/// The measures an import can name, found by the bytes of their
/// `PLAN/MEASURE` address as written in the file: a million rows looked up
/// without making a `String` for each.
///
/// It holds what `PlanCatalog.measure` finds (the first plan with an id, and
/// its first measure with an id), so a row found here is a row the catalog
/// accepts; any address not found here goes to the catalog, which says why
/// it is wrong or finds it (a differently normalised spelling of the same
/// name), and `slot(planID:measureID:)` then gives its place.
final class MeasureTable {
    struct Entry {
        var planID: String
        var measureID: String
        /// The plan's index in `catalog.plans`.
        var plan: Int
        /// The plan's period, as `PackedDay` values.
        var first: Int
        var last: Int

        var addressText: String { "\(planID)/\(measureID)" }
    }

    /// The catalog's measures (the first `indexed`), then any that
    /// `slot(planID:measureID:catalog:)` had to add.
    private(set) var entries: [Entry]
    let indexed: Int
    private var added: [String: Int] = [:]
    /// What the lookup of every row reads is fixed once made, so reading it
    /// needs no exclusivity check: the addresses' bytes one after another
    /// (entry `i`'s from `starts[i]` to `starts[i + 1]`, its measure id after
    /// `slashes[i]`), each plan's period, and the open-addressing hash table
    /// (an entry's index or -1; its size is a power of two).
    private let addresses: UnsafeMutableBufferPointer<UInt8>
    private let starts: [Int]
    private let slashes: [Int]
    let firsts: [Int]
    let lasts: [Int]
    private let buckets: [Int32]

    init(_ catalog: PlanCatalog) {
        var plans: Set<String> = []
        var seen: Set<String> = []
        var entries: [Entry] = []
        var bytes: [UInt8] = []
        var starts = [0]
        var slashes: [Int] = []
        for (index, plan) in catalog.plans.enumerated() where plans.insert(plan.id).inserted {
            let period = plan.effectivePeriod(in: catalog.workspace)
            for measure in plan.measures where seen.insert("\(plan.id)/\(measure.id)").inserted {
                entries.append(
                    Entry(
                        planID: plan.id, measureID: measure.id, plan: index, first: PackedDay.pack(period.start),
                        last: PackedDay.pack(period.end)))
                bytes.append(contentsOf: plan.id.utf8)
                slashes.append(bytes.count)
                bytes.append(UInt8(ascii: "/"))
                bytes.append(contentsOf: measure.id.utf8)
                starts.append(bytes.count)
            }
        }
        self.entries = entries
        indexed = entries.count
        addresses = .allocate(capacity: max(1, bytes.count))
        _ = addresses.initialize(from: bytes)
        self.starts = starts
        self.slashes = slashes
        firsts = entries.map(\.first)
        lasts = entries.map(\.last)
        var size = 16
        while size < entries.count * 2 { size *= 2 }
        var buckets = [Int32](repeating: -1, count: size)
        for index in entries.indices {
            var bucket =
                Self.hash(UnsafeBufferPointer(rebasing: addresses[starts[index]..<starts[index + 1]])) & (size - 1)
            while buckets[bucket] >= 0 { bucket = (bucket + 1) & (size - 1) }
            buckets[bucket] = Int32(index)
        }
        self.buckets = buckets
    }

    deinit { addresses.deallocate() }

    /// The catalog's measure whose address is exactly these bytes.
    func slot(_ address: UnsafeBufferPointer<UInt8>) -> Int? {
        let mask = buckets.count - 1
        var bucket = Self.hash(address) & mask
        while true {
            let index = Int(buckets[bucket])
            if index < 0 { return nil }
            if matches(index, address) { return index }
            bucket = (bucket + 1) & mask
        }
    }

    /// Whether catalog measure `slot`'s address is exactly these bytes.
    func matches(_ slot: Int, _ address: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = starts[slot]
        let count = starts[slot + 1] - start
        guard count == address.count else { return false }
        return count == 0 || memcmp(addresses.baseAddress! + start, address.baseAddress!, count) == 0
    }

    /// The period of `slot`'s plan, as `PackedDay` values.
    func period(_ slot: Int) -> (first: Int, last: Int) {
        slot < indexed ? (firsts[slot], lasts[slot]) : (entries[slot].first, entries[slot].last)
    }

    /// The plan and measure ids of catalog measure `slot`, as bytes that
    /// last as long as the table; nil for a measure added later.
    func ids(_ slot: Int) -> (plan: UnsafeBufferPointer<UInt8>, measure: UnsafeBufferPointer<UInt8>)? {
        guard slot < indexed else { return nil }
        return (
            UnsafeBufferPointer(rebasing: addresses[starts[slot]..<slashes[slot]]),
            UnsafeBufferPointer(rebasing: addresses[slashes[slot] + 1..<starts[slot + 1]])
        )
    }

    /// The entry for a plan and measure id, if there is one.
    func slot(planID: String, measureID: String) -> Int? {
        var address = "\(planID)/\(measureID)"
        return address.withUTF8 { slot($0) } ?? added[address]
    }

    /// The entry for a measure the catalog found, added if its address is
    /// not here byte for byte (the catalog's own search found it another way).
    func slot(planID: String, measureID: String, catalog: PlanCatalog) -> Int {
        if let found = slot(planID: planID, measureID: measureID) { return found }
        let plan = catalog.plans.firstIndex { $0.id == planID } ?? 0
        let period = catalog.plans[plan].effectivePeriod(in: catalog.workspace)
        entries.append(
            Entry(
                planID: planID, measureID: measureID, plan: plan, first: PackedDay.pack(period.start),
                last: PackedDay.pack(period.end)))
        added["\(planID)/\(measureID)"] = entries.count - 1
        return entries.count - 1
    }

    /// FNV-1a: addresses are short, and this needs no allocation.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        return Int(truncatingIfNeeded: hash ^ (hash >> 29))
    }
}

/// A day as one integer that sorts as days do (year, month, day in bits),
/// read straight from `YYYY-MM-DD` bytes: an import compares and remembers a
/// million dates without making a `Day` for each.
enum PackedDay {
    static func pack(_ day: Day) -> Int { pack(year: day.year, month: day.month, day: day.day) }

    static func pack(year: Int, month: Int, day: Int) -> Int { year << 9 | month << 5 | day }

    static func unpack(_ packed: Int) -> Day {
        Day(year: packed >> 9, month: packed >> 5 & 15, day: packed & 31)!
    }

    /// The day written exactly as `YYYY-MM-DD` (as `Day(iso:)` reads it), packed, or nil.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        Day(isoBytes: bytes.span).map(pack)
    }
}
