import Foundation
import Workbench

/// "Importing data/big.csv: 12 of 33 MB" on standard error, for steps that
/// take over a second, and only on a terminal: a pipe or a CI log gets
/// nothing, and quick runs do not flicker.
final class ProgressIndicator: ProgressListener {
    private var label = ""
    private var unit = ""
    private var start = Date()
    private let enabled = isatty(2) == 1
    private var lastDrawn = Date.distantPast
    private var drawn = false

    func begin(_ label: String, unit: String) {
        self.label = label
        self.unit = unit
        start = Date()
        lastDrawn = .distantPast
        drawn = false
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
    func end() {
        guard drawn else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
