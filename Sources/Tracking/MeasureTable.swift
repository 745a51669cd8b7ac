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
        /// Where `planID/measureID` is in `addresses`, and where its measure id starts.
        var address: Range<Int>
        var measureStart: Int
        /// The plan's index in `catalog.plans`.
        var plan: Int
        /// The plan's period, as `PackedDay` values.
        var first: Int
        var last: Int

        var addressText: String { "\(planID)/\(measureID)" }
    }

    private(set) var entries: [Entry] = []
    /// Every address's bytes, one after another.
    private(set) var addresses: [UInt8] = []
    /// Open addressing: an entry's index, or -1; the size is a power of two.
    private var buckets: [Int32] = Array(repeating: -1, count: 16)

    init(_ catalog: PlanCatalog) {
        var plans: Set<String> = []
        var seen: Set<String> = []
        for (index, plan) in catalog.plans.enumerated() where plans.insert(plan.id).inserted {
            let period = plan.effectivePeriod(in: catalog.workspace)
            for measure in plan.measures where seen.insert("\(plan.id)/\(measure.id)").inserted {
                add(planID: plan.id, measureID: measure.id, plan: index, period: period)
            }
        }
    }

    private func add(planID: String, measureID: String, plan: Int, period: Period) {
        let start = addresses.count
        addresses.append(contentsOf: planID.utf8)
        addresses.append(UInt8(ascii: "/"))
        let measureStart = addresses.count
        addresses.append(contentsOf: measureID.utf8)
        entries.append(
            Entry(
                planID: planID, measureID: measureID, address: start..<addresses.count, measureStart: measureStart,
                plan: plan,
                first: PackedDay.pack(period.start), last: PackedDay.pack(period.end)))
        if entries.count * 2 > buckets.count {
            buckets = Array(repeating: -1, count: buckets.count * 2)
            for index in entries.indices { insert(index) }
        } else {
            insert(entries.count - 1)
        }
    }

    private func insert(_ index: Int) {
        let mask = buckets.count - 1
        var bucket =
            addresses.withUnsafeBufferPointer { Self.hash(UnsafeBufferPointer(rebasing: $0[entries[index].address])) }
            & mask
        while buckets[bucket] >= 0 { bucket = (bucket + 1) & mask }
        buckets[bucket] = Int32(index)
    }

    /// The entry whose address is exactly these bytes.
    func slot(_ address: UnsafeBufferPointer<UInt8>) -> Int? {
        let mask = buckets.count - 1
        var bucket = Self.hash(address) & mask
        return addresses.withUnsafeBufferPointer { stored in
            while true {
                let index = Int(buckets[bucket])
                if index < 0 { return nil }
                if UnsafeBufferPointer(rebasing: stored[entries[index].address]).elementsEqual(address) { return index }
                bucket = (bucket + 1) & mask
            }
        }
    }

    /// The entry for a measure the catalog found, added if its address is
    /// not here byte for byte (the catalog's own search found it another way).
    func slot(planID: String, measureID: String, catalog: PlanCatalog) -> Int {
        var address = "\(planID)/\(measureID)"
        if let found = address.withUTF8({ slot($0) }) { return found }
        let plan = catalog.plans.firstIndex { $0.id == planID } ?? 0
        add(
            planID: planID, measureID: measureID, plan: plan,
            period: catalog.plans[plan].effectivePeriod(in: catalog.workspace))
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

    /// The day written exactly as `YYYY-MM-DD` (as `Day(iso:)` reads it), or nil.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard bytes.count == 10, bytes[4] == dash, bytes[7] == dash else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for index in range {
                let digit = Int(bytes[index]) &- 48
                guard digit >= 0 && digit <= 9 else { return nil }
                value = value * 10 + digit
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
            year >= 1, month >= 1, month <= 12, day >= 1, day <= Day.daysIn(month: month, year: year)
        else { return nil }
        return pack(year: year, month: month, day: day)
    }

    private static let dash = UInt8(ascii: "-")
}
