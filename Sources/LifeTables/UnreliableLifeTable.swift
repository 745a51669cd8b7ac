/// Why the Chiang II method cannot give a trustworthy life table for some
/// counts. Returned instead of numbers, so that a report shows the reason
/// rather than a misleading figure.
public struct UnreliableLifeTable: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Reason: Hashable, Sendable {
        /// The counts do not cover exactly the 20 bands (the count given).
        case wrongNumberOfBands(Int)
        /// Deaths or person-years that are negative or not a finite number.
        case invalidCounts([AgeBand])
        /// Bands with no person-years: their death rate is undefined.
        case zeroPopulation([AgeBand])
        /// Bands with more deaths than person-years.
        case deathsExceedPopulation([AgeBand])
        /// Total person-years of 5,000 or fewer, the minimum PHE and ONS
        /// consider robust (Toson and Baker 2003). Carries the total.
        case populationTooSmall(Double)
        /// No deaths at 90+: the open band's person-years `l / M` are infinite.
        case noDeathsInOpenEndedBand
        /// Bands before 90+ whose death rate is so high that the method
        /// assumes nobody survives them, leaving later bands empty.
        case nobodySurvivesBand([AgeBand])
    }

    /// Every reason that applies, in the order listed in `Reason`.
    public let reasons: [Reason]

    /// One sentence per reason, for people rather than programs.
    public var messages: [String] {
        reasons.map { reason in
            switch reason {
            case .wrongNumberOfBands(let count):
                "The data has \(count) age bands; a life table needs all 20 (0, 1-4, …, 90+)."
            case .invalidCounts(let bands):
                "Deaths or population are negative or missing in age bands \(list(bands))."
            case .zeroPopulation(let bands):
                "There is no population in age bands \(list(bands)), so death rates cannot be worked out."
            case .deathsExceedPopulation(let bands):
                "There are more deaths than population in age bands \(list(bands))."
            case .populationTooSmall(let total):
                "The population is \(Int(total.rounded())) person-years; life expectancy needs more "
                    + "than 5,000 to be reliable. Pool more years or a larger area."
            case .noDeathsInOpenEndedBand:
                "There are no deaths at ages 90+, so life expectancy in the last band cannot be worked out."
            case .nobodySurvivesBand(let bands):
                "Death rates in age bands \(list(bands)) are so high that the method assumes nobody survives them."
            }
        }
    }

    public var description: String { messages.joined(separator: " ") }

    private func list(_ bands: [AgeBand]) -> String {
        bands.map(\.label).joined(separator: ", ")
    }
}
