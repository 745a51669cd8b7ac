import ArgumentParser
import Common
import Foundation
import PlanLint
import PlanModel
import SystemIO
import Workbench

/// Writes to standard error without buffering surprises.
func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}

/// Prints what a use case said, on standard error; `quiet` leaves out the
/// confirmations. Messages quote plan texts and CSV cells, so a control
/// character in one is shown (`U+001B`), never sent to the terminal.
func say(_ messages: [Message], quiet: Bool = false) {
    for message in messages {
        switch message {
        case .note(let text): if !quiet { printError(ControlCharacters.neutralised(text)) }
        case .problem(let text): printError(ControlCharacters.neutralised(text))
        case .findings(let diagnostics, let sources): printDiagnostics(diagnostics, sources: sources)
        case .entry(let problem):
            printError(ControlCharacters.neutralised("error: \(problem.message) [\(problem.rule)]"))
            if let hint = problem.hint { printError(ControlCharacters.neutralised("  = help: \(hint)")) }
        }
    }
}

/// Prints findings the way `countdown lint` does, on standard error.
func printDiagnostics(_ diagnostics: [Diagnostic], sources: [String: String]) {
    guard !diagnostics.isEmpty else { return }
    let renderer = TextDiagnosticRenderer(sources: sources, style: .forOutput(fileDescriptor: 2))
    for diagnostic in diagnostics { printError(renderer.render(diagnostic)) }
}

/// Runs a use case: what stopped it is printed and becomes the exit code
/// (1 for findings, 2 when it could not run, as `main` prints).
func perform<T>(_ body: () throws(WorkbenchError) -> T) throws -> T {
    do {
        return try body()
    } catch .cannotRun(let reason) {
        throw CommandFailure(message: reason)
    } catch .stopped(let messages) {
        say(messages)
        throw ExitCode(1)
    }
}
