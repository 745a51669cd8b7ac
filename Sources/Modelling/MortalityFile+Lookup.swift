import Common
import LifeTables
import PlanModel

extension MortalityFile {
    /// A population name or sex the file does not hold: the command cannot
    /// run, and says what the file does hold.
    public struct LookupError: Error, Sendable, CustomStringConvertible {
        public let description: String
    }

    /// The schedule of `population` and `sex`. Names match exactly; a near
    /// miss is suggested ("did you mean 'Manchester'?").
    public func schedule(for population: String, sex: Sex) throws(LookupError) -> MortalitySchedule {
        if let schedule = data.schedule(for: population, sex: sex) { return schedule }
        let names = data.populations
        guard names.contains(population) else {
            let suggestion = Suggestion.hint(Suggestion.closest(to: population, in: names))
            throw LookupError(
                description: "\(display) has no population '\(population)'\(suggestion); "
                    + "it has: \(names.joined(separator: ", "))")
        }
        throw LookupError(description: "\(display) has no \(sex.rawValue) rows for \(population)")
    }
}
