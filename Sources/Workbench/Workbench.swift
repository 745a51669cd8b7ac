import Common
import Foundation
import PlanModel
import SystemIO
import Tracking

/// The use cases every front end calls: the command line today, `countdown
/// serve` next. Each takes a request and returns a result value (findings,
/// summaries, files written, messages worded for the people reading them);
/// none prints, reads the clock or the environment, or exits.
///
/// A front end makes one `Workbench` per run (or per web request) with who is
/// acting and what today is, then calls one use case.
public struct Workbench: Sendable {
    /// Where the workspace is: named (`--workspace DIR`), or found upwards from a folder.
    public var selection: WorkspaceSelection
    /// Who records, syncs and reports: kept with every entry in the store.
    public var user: String
    /// Today, for a judgement when no as-of date is given.
    public var today: Day
    /// The clock for the store's `recordedAt` and `syncedAt` stamps.
    public var now: @Sendable () -> Date
    /// Replaces countdown.yaml's `store:` (a test's, or one named by the user).
    public var store: StoreLocation?

    public init(
        selection: WorkspaceSelection, user: String, today: Day, now: @escaping @Sendable () -> Date = { Date() },
        store: StoreLocation? = nil
    ) {
        self.selection = selection
        self.user = user
        self.today = today
        self.now = now
        self.store = store
    }
}

/// Where to look for the workspace.
public struct WorkspaceSelection: Sendable, Hashable {
    /// The folder named by the user, if any.
    public var folder: String?
    /// Where to search upwards from when none is named.
    public var searchFrom: String

    public init(folder: String?, searchFrom: String) {
        self.folder = folder
        self.searchFrom = searchFrom
    }
}

/// Why a use case stopped.
public enum WorkbenchError: Error, Sendable {
    /// The use case could not run at all (exit code 2): one line saying why.
    case cannotRun(String)
    /// It ran and found what stops it (exit code 1): findings and messages to show.
    case stopped([Message])

    /// One line for `cannotRun`; the messages' text otherwise.
    public var description: String {
        switch self {
        case .cannotRun(let reason): reason
        case .stopped(let messages): messages.map(\.text).joined(separator: "\n")
        }
    }
}

/// What a use case says to the person who ran it, in the order it happened.
public enum Message: Sendable {
    /// A confirmation of what was done ("Synced 7 new revisions"): a quiet run leaves it out.
    case note(String)
    /// A warning or a refusal, worded whole ("warning: …"): always shown.
    case problem(String)
    /// Findings with their file, line and column, and the files' text for excerpts.
    case findings([Diagnostic], sources: [String: String])
    /// A problem with what the user asked for (a measure, a value, a date).
    case entry(EntryProblem)

    /// Plain text, for a front end that shows no excerpts.
    public var text: String {
        switch self {
        case .note(let text), .problem(let text): text
        case .findings(let diagnostics, _):
            diagnostics.map { "\($0.location): \($0.message) [\($0.rule)]" }
                .joined(separator: "\n")
        case .entry(let problem): "error: \(problem.message) [\(problem.rule)]"
        }
    }
}

/// "1 plan", "7 plans".
func count(_ number: Int, _ noun: String) -> String {
    "\(number) \(noun)\(number == 1 ? "" : "s")"
}

/// "a, b, c", or the first `limit` and "and 9,990 more": a national sync
/// stores thousands of revisions, and nobody reads ten thousand ids.
func listed(_ names: [String], upTo limit: Int) -> String {
    guard names.count > limit else { return names.joined(separator: ", ") }
    return names.prefix(limit).joined(separator: ", ") + " and \(names.count - limit) more"
}
