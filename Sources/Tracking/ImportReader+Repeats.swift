import Common
import PlanModel

/// A repeated measure and date is a bad row ("already on line N"). Finding
/// repeats must not cost memory for every row of a national file, so the
/// reader keeps one bit per day of each measure's plan period (`SeenDays`),
/// and only when a row repeats another does it read the file again, once,
/// to find the lines that came first.
extension ImportReader {
    /// A row whose measure and date an earlier row already had.
    struct Repeat {
        var slot: Int
        var day: Int
        var line: Int
        var column: Int

        var key: UInt64 { UInt64(slot) << 32 | UInt64(day) }
    }

    /// Reports every repeat, with the line of the first row that had its
    /// measure and date: the file is read again up to the last of those.
    mutating func reportRepeats() {
        guard !repeats.isEmpty else { return }
        let keys = Set(repeats.map(\.key))
        var firstLines: [UInt64: Int] = [:]
        let reading = scanner
        scanner = CSVScanner(bytes)
        _ = scanner.next()  // the header
        while firstLines.count < keys.count && scanner.next() {
            guard scanner.fieldCount == width else { continue }
            let key: UInt64
            switch checkActual() {
            case .quick(let row): key = UInt64(row.slot) << 32 | UInt64(row.day)
            case .full(let entry, let slot): key = UInt64(slot) << 32 | UInt64(PackedDay.pack(entry.date))
            case .problem: continue
            }
            if keys.contains(key) && firstLines[key] == nil { firstLines[key] = scanner.recordLine }
        }
        scanner = reading
        for repeated in repeats {
            problem(
                "duplicate-row",
                "\(table.entries[repeated.slot].addressText) on \(PackedDay.unpack(repeated.day)) is already on line "
                    + "\(firstLines[repeated.key] ?? 0)", line: repeated.line, column: repeated.column,
                hint: "keep one row per measure and date in a file")
        }
        repeats.removeAll()
    }
}

/// The measure and date of every good row so far: one bit per day of each
/// measure's plan period (about 600 bytes for nine years), made when the
/// measure first appears. A thousand plans' measures take a few megabytes,
/// where a hash table of a million rows took tens.
struct SeenDays {
    private var words: [UInt64] = []
    /// Each slot's first word, or -1 before its first day.
    private var starts: [Int] = []
    /// Days outside the period (a checked row never has one).
    private var others: Set<UInt64> = []

    /// Adds a measure's day (`PackedDay`, within `first...last`); false when it was already there.
    mutating func insert(slot: Int, day: Int, first: Int, last: Int) -> Bool {
        guard day >= first && day <= last else { return others.insert(UInt64(slot) << 32 | UInt64(day)).inserted }
        if slot >= starts.count { starts.append(contentsOf: repeatElement(-1, count: slot + 1 - starts.count)) }
        if starts[slot] < 0 {
            starts[slot] = words.count
            words.append(contentsOf: repeatElement(0, count: (last - first) / 64 + 1))
        }
        let bit = day - first
        let index = starts[slot] + bit >> 6
        let mask: UInt64 = 1 << UInt64(bit & 63)
        guard words[index] & mask == 0 else { return false }
        words[index] |= mask
        return true
    }
}
