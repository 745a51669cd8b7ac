import LifeTables
import PlanModel

/// The plan format and the maths module each spell the cause groups, sexes
/// and age ranges in their own types (neither depends on the other); these
/// conversions are the one place where the two meet. Switches rather than
/// raw values, so that a cause added to one side is a compile error here.
extension LifeTables.CauseGroup {
    public init(_ cause: PlanModel.CauseGroup) {
        switch cause {
        case .circulatory: self = .circulatory
        case .cancer: self = .cancer
        case .respiratory: self = .respiratory
        case .digestive: self = .digestive
        case .external: self = .external
        case .mentalBehavioural: self = .mentalBehavioural
        case .deathsUnder28Days: self = .deathsUnder28Days
        case .other: self = .other
        }
    }
}

extension SexSelection {
    public init(_ sex: ImpactSex) {
        switch sex {
        case .male: self = .male
        case .female: self = .female
        case .persons: self = .persons
        }
    }
}

extension AgeRange {
    /// The bands of an `impact.ages` range as the loader decoded it: the
    /// first band starts at the lower bound, and the last band ends at the
    /// upper bound (`Int.max` for an open range such as `75+`). `nil` when
    /// either end is not on a band boundary, which the loader reports.
    public init?(planAges ages: ClosedRange<Int>) {
        guard let first = AgeBand(lowerAge: ages.lowerBound) else { return nil }
        let last: AgeBand? =
            ages.upperBound == Int.max ? .openEnded : AgeBand.all.first { $0.upperAge == ages.upperBound }
        guard let last, first <= last else { return nil }
        self.init(from: first, through: last)
    }
}
