/// How `lifetable` and `gap` print their results: one report model, three
/// views of it. A new format is a compile error until every report renders it.
public enum OutputFormat: String, CaseIterable, Sendable {
    /// Aligned columns for people.
    case text
    /// One row per record with fixed columns, for spreadsheets.
    case csv
    /// Everything at full precision, keys sorted.
    case json
}
