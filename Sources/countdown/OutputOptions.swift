import ArgumentParser

/// `--quiet`, on every command that says what it did: confirmations are
/// left out, while findings, warnings and errors are still printed.
struct OutputOptions: ParsableArguments {
    @Flag(help: "Print only problems: leave out the confirmations of what was done.")
    var quiet = false

    func validate() throws {
        OutputSettings.quiet = quiet
    }
}

/// Set once, from the command line, before a command runs.
enum OutputSettings {
    nonisolated(unsafe) static var quiet = false
}

/// A confirmation on standard error ("Synced 7 new revisions"), unless --quiet.
func printNote(_ text: String) {
    if !OutputSettings.quiet { printError(text) }
}
