import PlanLoading

/// The command could not run at all (exit code 2), with a one-line reason.
struct CommandFailure: Error {
    var message: String

    static func wrap<T>(_ body: () throws(WorkspaceError) -> T) throws(CommandFailure) -> T {
        do {
            return try body()
        } catch {
            throw CommandFailure(message: error.description)
        }
    }
}
