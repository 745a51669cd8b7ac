import LifeTables

/// The life table of one population and sex, or why there is none.
public struct LifeTableReport: Sendable {
    public let population: String
    public let sex: Sex
    /// The mortality file, as displayed.
    public let mortalityFile: String
    public let result: Result<LifeTable, UnreliableLifeTable>

    public init(population: String, sex: Sex, mortalityFile: String, schedule: MortalitySchedule) {
        self.population = population
        self.sex = sex
        self.mortalityFile = mortalityFile
        result = schedule.lifeTable()
    }

    /// Whether the method gave a table.
    public var isReliable: Bool {
        if case .success = result { return true }
        return false
    }

    /// The CSV columns, exactly as the issue and the README give them.
    public static let csvHeader = "age_band,deaths,population,m,q,l,d,L,T,e,e_lower,e_upper"

    /// "Life expectancy for Manchester (males) cannot be calculated reliably: …"
    public var unreliableStatement: String? {
        guard case .failure(let reasons) = result else { return nil }
        return "Life expectancy for \(population) (\(sex.plural)) cannot be calculated reliably from "
            + "\(mortalityFile), so no life table is shown. "
            + reasons.messages.joined(separator: " ")
    }
}

extension Sex {
    /// "males", "females": how reports name a sex.
    public var plural: String { rawValue + "s" }
}
