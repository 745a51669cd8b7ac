/// The modelled change in one sex's life expectancy at birth when deaths are
/// removed (see `DeathRemoval`).
public struct LifeExpectancyGain: Hashable, Sendable {
    public let sex: Sex
    /// This sex's share of the deaths asked to be removed.
    public let deathsRequested: Double
    /// Deaths actually removed: less than requested only when the cause had
    /// fewer deaths in those ages than the model asked to remove.
    public let deathsRemoved: Double
    /// Life expectancy at birth from the data as recorded.
    public let lifeExpectancyBefore: Double
    /// Life expectancy at birth with the deaths removed.
    public let lifeExpectancyAfter: Double

    /// Years gained. Removing deaths can only raise life expectancy under
    /// the Chiang II method; the difference is floored at zero so that
    /// floating-point rounding on a negligible removal never shows a loss.
    public var years: Double { max(0, lifeExpectancyAfter - lifeExpectancyBefore) }
}

/// Why a life-expectancy gain could not be modelled.
public enum DeathRemovalError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The mortality data has no schedule for a sex the removal needs.
    case missingSchedule(Sex)
    /// The recorded data for this sex does not give a reliable life table.
    case unreliableBeforeRemoval(Sex, UnreliableLifeTable)
    /// Removing the deaths leaves data that does not give a reliable life
    /// table (for example no deaths left at 90+).
    case unreliableAfterRemoval(Sex, UnreliableLifeTable)

    public var description: String {
        switch self {
        case .missingSchedule(let sex):
            "The mortality data has no \(sex.rawValue) rows for this population."
        case .unreliableBeforeRemoval(let sex, let reasons):
            "The \(sex.rawValue) life table is unreliable: \(reasons)"
        case .unreliableAfterRemoval(let sex, let reasons):
            "After removing the deaths the \(sex.rawValue) life table is unreliable: \(reasons)"
        }
    }
}
