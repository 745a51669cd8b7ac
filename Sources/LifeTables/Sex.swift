import Common

/// Sex as recorded in mortality data.
///
/// Life tables are always built for one sex at a time: male and female
/// mortality differ too much for a pooled table to describe either, and the
/// national targets are set separately for each.
public enum Sex: String, CaseIterable, Hashable, Sendable, Codable {
    case male
    case female
}

extension Sex {
    /// The sex a person most likely meant by `text` (`M`, `Male`, `women`...),
    /// for "did you mean" hints; `nil` when it is not clear.
    public static func suggestion(for text: String) -> Sex? {
        switch text.lowercased() {
        case "m", "male", "males", "man", "men", "boys": .male
        case "f", "female", "females", "woman", "women", "girls": .female
        default: Suggestion.closest(to: text.lowercased(), among: allCases, name: \.rawValue)
        }
    }
}
