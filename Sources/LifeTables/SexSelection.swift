/// Whom an intervention is for: one sex, or everybody (`persons`).
///
/// Mortality data and life tables only ever hold `male` or `female`;
/// `persons` exists because interventions are commissioned for everyone and
/// their modelled deaths averted must then be shared between the two sexes.
public enum SexSelection: String, CaseIterable, Hashable, Sendable, Codable {
    case male
    case female
    case persons

    /// The sexes whose life tables the selection touches, in a fixed order.
    public var sexes: [Sex] {
        switch self {
        case .male: [.male]
        case .female: [.female]
        case .persons: [.male, .female]
        }
    }
}
