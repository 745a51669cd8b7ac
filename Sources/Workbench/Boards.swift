import Common
import PlanModel
import SystemIO

extension OpenedWorkspace {
    /// The board countdown.yaml declares with this id; otherwise the use case
    /// cannot run, with the closest id or the list of boards.
    public func board(_ id: String) throws(WorkbenchError) -> Board {
        guard let found = config.board(id) else {
            let ids = config.boards.map(\.id)
            let suggestion = Suggestion.closest(to: id, in: ids)
            throw .cannotRun(
                "there is no board '\(id)'"
                    + (suggestion == nil
                        ? "; the boards are: " + ids.joined(separator: ", ") : Suggestion.hint(suggestion)))
        }
        return found
    }

    /// The boards named, or every board when none is.
    public func boards(_ ids: [String]) throws(WorkbenchError) -> [Board] {
        guard !ids.isEmpty else { return config.boards }
        return try ids.map { id throws(WorkbenchError) in try board(id) }
    }
}
