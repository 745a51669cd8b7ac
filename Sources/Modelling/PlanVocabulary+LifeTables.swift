import LifeTables
import PlanModel

/// The plan format and the maths module each spell sexes and age ranges in
/// their own types (cause groups are one type, in PlanModel); these
/// conversions are the one place where the two meet. Switches rather than
/// raw values, so that a case added to one side is a compile error here.
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
