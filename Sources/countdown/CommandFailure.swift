/// The command could not run at all (exit code 2), with a one-line reason.
struct CommandFailure: Error {
    var message: String
}
