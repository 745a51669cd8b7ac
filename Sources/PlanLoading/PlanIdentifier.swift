/// Ids as the format defines them: `^[a-z0-9][a-z0-9-]{0,63}$`.
public enum PlanIdentifier {
    public static func isValid(_ text: String) -> Bool { ScalarReading.isIdentifier(text) }

    /// A kebab-case id made from a name ("Salford City" → "salford-city").
    public static func suggested(for text: String) -> String? {
        isValid(text) ? text : ScalarReading.suggestedIdentifier(for: text)
    }
}
