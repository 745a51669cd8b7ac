import Foundation

/// "Importing data/big.csv: 12000 of 33000 rows" on standard error, for runs
/// that take over a second, and only on a terminal: a pipe or a CI log gets
/// nothing, and quick runs do not flicker.
final class ProgressIndicator {
    private let label: String
    private let unit: String
    private let start = Date()
    private let enabled: Bool
    private var lastDrawn = Date.distantPast
    private var drawn = false

    init(label: String, unit: String) {
        self.label = label
        self.unit = unit
        enabled = isatty(2) == 1
    }

    func update(_ done: Int, of total: Int) {
        guard enabled else { return }
        let now = Date()
        guard now.timeIntervalSince(start) >= 1, now.timeIntervalSince(lastDrawn) >= 0.1 else { return }
        lastDrawn = now
        drawn = true
        FileHandle.standardError.write(Data("\r\u{1B}[K\(label): \(done) of \(total) \(unit)".utf8))
    }

    /// Clears the line, so what follows starts clean.
    func finish() {
        guard drawn else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
