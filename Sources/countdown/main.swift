import ArgumentParser
import Foundation

/// Exit codes are part of the interface: 0 clean, 1 findings, 2 could not run.
/// swift-argument-parser uses 64 for usage errors; countdown says 2, as
/// documented, with the parser's one-line reason.
do {
    var command = try Countdown.parseAsRoot()
    try command.run()
} catch let failure as CommandFailure {
    printError("countdown: \(failure.message)")
    exit(2)
} catch {
    let code = Countdown.exitCode(for: error)
    if code == .success || code == ExitCode(1) {
        Countdown.exit(withError: error)
    }
    let message = Countdown.fullMessage(for: error)
    if !message.isEmpty { printError(message) }
    exit(2)
}
