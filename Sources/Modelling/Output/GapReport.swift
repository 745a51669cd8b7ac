import LifeTables
import PlanModel

/// The gap between an area and its comparator for one sex, decomposed by
/// age band and cause, or why it cannot be.
///
/// Direction (fixed): the area is the base population and the comparator
/// the target, so the gap is comparator minus area and a positive
/// contribution is years the area loses in that band or cause.
public struct GapReport: Sendable {
    public let area: String
    public let comparator: String
    public let sex: Sex
    public let mortalityFile: String
    public let areaTable: Result<LifeTable, UnreliableLifeTable>
    public let comparatorTable: Result<LifeTable, UnreliableLifeTable>
    /// `nil` when either life table is unreliable.
    public let decomposition: GapDecomposition?

    public init(
        area: String, comparator: String, sex: Sex, mortalityFile: String, areaSchedule: MortalitySchedule,
        comparatorSchedule: MortalitySchedule
    ) {
        self.area = area
        self.comparator = comparator
        self.sex = sex
        self.mortalityFile = mortalityFile
        areaTable = areaSchedule.lifeTable()
        comparatorTable = comparatorSchedule.lifeTable()
        decomposition = try? GapDecomposition.arriaga(area: areaSchedule, comparator: comparatorSchedule).get()
    }

    /// The CSV columns, exactly as the issue and the README give them.
    public static let csvHeader = "age_band,cause,contribution"

    /// The gap at birth computed from the data, with its 95% interval: the two life tables are independent,
    /// so the gap's variance is the sum of theirs. Nil when either table is not reliable.
    public var computedGap: ComputedGap? {
        guard case .success(let area) = areaTable, case .success(let comparator) = comparatorTable else { return nil }
        let gap = comparator.lifeExpectancyAtBirth - area.lifeExpectancyAtBirth
        let standardError =
            (area.rows[0].standardError * area.rows[0].standardError
            + comparator.rows[0].standardError * comparator.rows[0].standardError).squareRoot()
        return ComputedGap(sex: sex, years: gap, lower: gap - 1.96 * standardError, upper: gap + 1.96 * standardError)
    }

    /// Why the gap cannot be decomposed, naming each population at fault.
    public var unreliableStatement: String? {
        guard decomposition == nil else { return nil }
        var statement =
            "The life-expectancy gap between \(area) and \(comparator) (\(sex.plural)) cannot be calculated "
            + "reliably from \(mortalityFile), so no decomposition is shown."
        for (name, result) in [(area, areaTable), (comparator, comparatorTable)] {
            if case .failure(let reasons) = result {
                statement += " \(name): " + reasons.messages.joined(separator: " ")
            }
        }
        return statement
    }

    /// Years of the gap from each cause over all ages, in the segment tool's order.
    public var byCause: [(cause: CauseGroup, years: Double)] {
        guard let decomposition else { return [] }
        return CauseGroup.allCases.map { ($0, decomposition.contribution(of: $0)) }
    }
}

/// A life-expectancy gap computed from the mortality file, with its 95% confidence interval.
public struct ComputedGap: Sendable, Equatable {
    public let sex: Sex
    public let years: Double
    public let lower: Double
    public let upper: Double

    public init(sex: Sex, years: Double, lower: Double, upper: Double) {
        self.sex = sex
        self.years = years
        self.lower = lower
        self.upper = upper
    }
}
