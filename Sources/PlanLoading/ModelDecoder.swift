import LocatedYAML
import PlanModel

/// Builds typed model values from a tree the validator passed. It reports
/// nothing: anything it cannot read was already reported, and it returns
/// nil instead of guessing.
struct ModelDecoder {
    let file: String

    func location(_ position: TextPosition) -> SourceLocation {
        SourceLocation(file: file, line: position.line, column: position.column)
    }

    func mapping(_ node: YAMLNode?) -> YAMLMapping? {
        guard case .mapping(let mapping)? = node else { return nil }
        return mapping
    }

    func items(_ node: YAMLNode?) -> [YAMLNode] {
        guard case .sequence(let sequence)? = node else { return [] }
        return sequence.items
    }

    func locations(_ mapping: YAMLMapping) -> FieldLocations {
        FieldLocations(
            start: location(mapping.position),
            fields: mapping.entries.map {
                FieldLocations.Field(
                    name: $0.key.text, value: location($0.value.position), key: location($0.key.position))
            })
    }

    func text(_ mapping: YAMLMapping, _ key: String) -> String? { mapping[key].flatMap(ScalarReading.text) }
    func number(_ mapping: YAMLMapping, _ key: String) -> Double? { mapping[key].flatMap(ScalarReading.number) }
    func integer(_ mapping: YAMLMapping, _ key: String) -> Int? { mapping[key].flatMap(ScalarReading.integer) }
    func date(_ mapping: YAMLMapping, _ key: String) -> Day? { mapping[key].flatMap(ScalarReading.date) }
    func word<T: RawRepresentable>(_ mapping: YAMLMapping, _ key: String) -> T? where T.RawValue == String {
        text(mapping, key).flatMap(T.init(rawValue:))
    }

    func person(_ node: YAMLNode?) -> Person? {
        guard let m = mapping(node), let role = text(m, "role"), let organisation = text(m, "organisation") else {
            return nil
        }
        return Person(role: role, organisation: organisation, name: text(m, "name"), locations: locations(m))
    }

    func datedValue(_ node: YAMLNode?) -> DatedValue? {
        guard let m = mapping(node), let date = date(m, "date"), let value = number(m, "value") else { return nil }
        return DatedValue(date: date, value: value, source: text(m, "source"), locations: locations(m))
    }

    func period(_ node: YAMLNode?) -> Period? {
        guard let m = mapping(node), let start = date(m, "start"), let end = date(m, "end") else { return nil }
        return Period(start: start, end: end)
    }

    func bySex(_ node: YAMLNode?) -> BySex? {
        guard let m = mapping(node) else { return nil }
        return BySex(male: number(m, "male"), female: number(m, "female"))
    }

    /// Decodes every item, or nil when any item cannot be decoded.
    func all<T>(_ node: YAMLNode?, _ decode: (YAMLNode) -> T?) -> [T]? {
        var result: [T] = []
        for item in items(node) {
            guard let value = decode(item) else { return nil }
            result.append(value)
        }
        return result
    }
}
