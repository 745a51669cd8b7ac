import Foundation
import TestSupport

extension ScriptedRepository {
    /// The example workspace (countdown.yaml, plans/, data/) committed on main.
    static func example() throws -> ScriptedRepository {
        try ScriptedRepository(
            copying: ["countdown.yaml", "plans", "data"], from: SourceTree.root, message: "The example workspace")
    }

    func countdown(_ arguments: String..., environment: [String: String] = [:]) throws -> Program.Result {
        try DiffCLITests.countdown.run(arguments, in: path, environment: environment)
    }

    /// Two milestones of the tobacco plan slipped and a quitters target lowered, committed.
    func commitSlipsAndLoweredTarget() throws {
        let plan = "plans/tobacco-control.yaml"
        try edit(plan, "due: 2009-06-30", "due: 2009-09-30")
        try edit(plan, "due: 2010-06-30", "due: 2010-12-31", occurrence: 1)
        try edit(plan, "target: { date: 2011-03-31, value: 3400 }", "target: { date: 2011-03-31, value: 3000 }")
        try commit("Slip the pharmacy contract and the quit-rate audit; lower the quitters target")
    }
}
