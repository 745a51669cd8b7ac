import LocatedYAML
import PlanModel

/// Builds typed model values from a tree the validator passed. It reports
/// nothing: anything it cannot read was already reported, and it returns
/// nil instead of guessing.
///
/// It reads the document's flat storage by node id (see `YAMLStorage`), so
/// that a key lookup compares bytes and only the values kept become Strings.
struct ModelDecoder {
    typealias NodeID = YAMLNodeID

    let file: String
    let storage: YAMLStorage

    init(file: String, storage: YAMLStorage) {
        self.file = file
        self.storage = storage
    }

    func location(_ position: TextPosition) -> SourceLocation {
        SourceLocation(file: file, line: position.line, column: position.column)
    }

    func location(_ node: NodeID) -> SourceLocation {
        location(storage.position(node))
    }

    func mapping(_ node: NodeID?) -> NodeID? {
        guard let node, storage.kind(node) == .mapping else { return nil }
        return node
    }

    /// The value under `key` in mapping `mapping`.
    func value(_ mapping: NodeID, _ key: StaticString) -> NodeID? {
        storage.value(in: mapping, forKey: key)
    }

    func locations(_ mapping: NodeID) -> FieldLocations {
        let count = storage.count(mapping)
        var places: [FieldLocations.Place] = []
        places.reserveCapacity(count)
        for index in 0..<count {
            let key = storage.key(index, of: mapping)
            let keyPlace = storage.lineAndColumn(key)
            let valuePlace = storage.lineAndColumn(storage.value(index, of: mapping))
            places.append(
                FieldLocations.Place(
                    name: storage.text(key), keyLine: keyPlace.line, keyColumn: keyPlace.column,
                    valueLine: valuePlace.line, valueColumn: valuePlace.column))
        }
        return FieldLocations(start: location(mapping), places: places)
    }

    func text(_ mapping: NodeID, _ key: StaticString) -> String? {
        value(mapping, key).flatMap { ScalarReading.text(storage, $0) }
    }
    func number(_ mapping: NodeID, _ key: StaticString) -> Double? {
        value(mapping, key).flatMap { ScalarReading.number(storage, $0) }
    }
    func integer(_ mapping: NodeID, _ key: StaticString) -> Int? {
        value(mapping, key).flatMap { ScalarReading.integer(storage, $0) }
    }
    func date(_ mapping: NodeID, _ key: StaticString) -> Day? {
        value(mapping, key).flatMap { ScalarReading.date(storage, $0) }
    }
    func word<T: RawRepresentable>(_ mapping: NodeID, _ key: StaticString) -> T? where T.RawValue == String {
        text(mapping, key).flatMap(T.init(rawValue:))
    }

    func person(_ node: NodeID?) -> Person? {
        guard let m = mapping(node), let role = text(m, "role"), let organisation = text(m, "organisation") else {
            return nil
        }
        return Person(role: role, organisation: organisation, name: text(m, "name"), locations: locations(m))
    }

    func datedValue(_ node: NodeID?) -> DatedValue? {
        guard let m = mapping(node), let date = date(m, "date"), let value = number(m, "value") else { return nil }
        return DatedValue(date: date, value: value, source: text(m, "source"), locations: locations(m))
    }

    func period(_ node: NodeID?) -> Period? {
        guard let m = mapping(node), let start = date(m, "start"), let end = date(m, "end") else { return nil }
        return Period(start: start, end: end)
    }

    func bySex(_ node: NodeID?) -> BySex? {
        guard let m = mapping(node) else { return nil }
        return BySex(male: number(m, "male"), female: number(m, "female"))
    }

    /// Decodes every item, or nil when any item cannot be decoded.
    func all<T>(_ node: NodeID?, _ decode: (NodeID) -> T?) -> [T]? {
        guard let node, storage.kind(node) == .sequence else { return [] }
        let count = storage.count(node)
        var result: [T] = []
        result.reserveCapacity(count)
        for index in 0..<count {
            guard let value = decode(storage.item(index, of: node)) else { return nil }
            result.append(value)
        }
        return result
    }
}
