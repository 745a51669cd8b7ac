import Common

/// The cause-of-death groups of the national life-expectancy segment tool.
///
/// The raw values are the spellings used in mortality CSV files and in plan
/// files; they are part of the file format and must not change. One type for
/// plans and life tables alike.
public enum CauseGroup: String, CaseIterable, Hashable, Sendable, Codable {
    case circulatory
    case cancer
    case respiratory
    case digestive
    case external
    case mentalBehavioural = "mental-behavioural"
    case deathsUnder28Days = "deaths-under-28-days"
    case other

    /// A heading for reports, in the words the segment tool uses.
    public var title: String {
        switch self {
        case .circulatory: "Circulatory diseases"
        case .cancer: "Cancer"
        case .respiratory: "Respiratory diseases"
        case .digestive: "Digestive diseases"
        case .external: "External causes"
        case .mentalBehavioural: "Mental and behavioural disorders"
        case .deathsUnder28Days: "Deaths under 28 days"
        case .other: "Other causes"
        }
    }

    /// The cause group a person most likely meant by `text`, for "did you
    /// mean" hints. Knows the usual synonyms (CVD, neoplasms, injuries...)
    /// as well as near-misspellings; `nil` when nothing is close.
    public static func suggestion(for text: String) -> CauseGroup? {
        let key = text.lowercased().filter { $0.isLetter || $0.isNumber }
        if let exact = allCases.first(where: { $0.rawValue.filter { $0 != "-" } == key }) {
            return exact
        }
        if let synonym = synonyms.first(where: { key.hasPrefix($0.prefix) }) {
            return synonym.cause
        }
        return Suggestion.closest(to: text.lowercased(), among: allCases, name: \.rawValue)
    }

    private static let synonyms: [(prefix: String, cause: CauseGroup)] = [
        ("cardio", .circulatory), ("cvd", .circulatory), ("heart", .circulatory),
        ("chd", .circulatory), ("stroke", .circulatory), ("circ", .circulatory),
        ("neoplasm", .cancer), ("tumour", .cancer), ("tumor", .cancer), ("malignan", .cancer),
        ("resp", .respiratory), ("copd", .respiratory), ("lung", .respiratory),
        ("liver", .digestive), ("digest", .digestive),
        ("injur", .external), ("accident", .external), ("suicide", .external), ("extern", .external),
        ("mental", .mentalBehavioural), ("dementia", .mentalBehavioural),
        ("infant", .deathsUnder28Days), ("neonat", .deathsUnder28Days), ("under28", .deathsUnder28Days),
        ("allother", .other),
    ]
}
