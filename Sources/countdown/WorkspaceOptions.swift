import ArgumentParser
import Foundation
import PlanModel
import Tracking
import Workbench

/// `--workspace DIR`, shared by every command that works on a workspace.
struct WorkspaceOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp("The workspace folder (default: found from the current folder upwards).", valueName: "DIR"))
    var workspace: String?

    /// The workbench for this run: the workspace chosen, the user from the
    /// environment, today, and COUNTDOWN_STORE (the user's choice of a store
    /// elsewhere, which a committed countdown.yaml may not make).
    var workbench: Workbench {
        let environment = ProcessInfo.processInfo.environment
        let store = environment["COUNTDOWN_STORE"].flatMap { $0.isEmpty ? nil : $0 }.map {
            StoreLocation.sqlite(path: URL(fileURLWithPath: $0).standardizedFileURL.path)
        }
        return Workbench(
            selection: WorkspaceSelection(folder: workspace, searchFrom: FileManager.default.currentDirectoryPath),
            user: Self.user, today: Self.today(), store: store)
    }

    /// The user account, from the environment or else the system's user database.
    static var user: String {
        let name = Provenance.currentUser(environment: ProcessInfo.processInfo.environment)
        return name == "unknown" && !NSUserName().isEmpty ? NSUserName() : name
    }

    /// Today in the local time zone: the only place countdown reads the clock
    /// for a judgement, and only when --as-of is not given.
    static func today() -> Day {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return Day(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1) ?? Day(daysSinceEpoch: 0)
    }
}

/// `--quiet`, on every command that says what it did: confirmations are
/// left out, while findings, warnings and errors are still printed.
struct OutputOptions: ParsableArguments {
    @Flag(help: "Print only problems: leave out the confirmations of what was done.")
    var quiet = false
}

/// A `--date` or `--as-of` value.
struct DayArgument: ExpressibleByArgument {
    var day: Day
    init?(argument: String) {
        guard let day = Day(iso: argument) else { return nil }
        self.day = day
    }
    static var defaultCompletionKind: CompletionKind { .default }
}
