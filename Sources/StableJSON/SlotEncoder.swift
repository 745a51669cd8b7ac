/// The `Encoder` a value's `encode(to:)` sees. Coding paths are not
/// tracked (building one per value costs an array each); countdown's
/// types never read them, and the one error (a number that is not
/// finite) says which number.
struct SlotEncoder: Encoder {
    let slot: ValueSlot
    var codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(KeyedSlotContainer<Key>(region: slot.openKeyed(), codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        UnkeyedSlotContainer(region: slot.openUnkeyed(), codingPath: codingPath)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleValueSlotContainer(slot: slot, codingPath: codingPath)
    }
}

struct KeyedSlotContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let region: KeyedRegion
    var codingPath: [any CodingKey]

    mutating func encodeNil(forKey key: Key) throws {
        region.encodeNull(forKey: key.stringValue)
    }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try region.encode(value, forKey: key.stringValue, codingPath: codingPath)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        KeyedEncodingContainer(UnsupportedContainer<NestedKey>(codingPath: codingPath))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        UnsupportedContainer<Key>(codingPath: codingPath)
    }

    mutating func superEncoder() -> any Encoder { UnsupportedEncoder(codingPath: codingPath) }

    mutating func superEncoder(forKey key: Key) -> any Encoder { UnsupportedEncoder(codingPath: codingPath) }
}

struct UnkeyedSlotContainer: UnkeyedEncodingContainer {
    let region: UnkeyedRegion
    var codingPath: [any CodingKey]
    var count: Int { region.count }

    mutating func encodeNil() throws {
        region.encodeNull()
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try region.encode(value, codingPath: codingPath)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
        -> KeyedEncodingContainer<NestedKey>
    {
        KeyedEncodingContainer(UnsupportedContainer<NestedKey>(codingPath: codingPath))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        UnsupportedContainer<AnyKey>(codingPath: codingPath)
    }

    mutating func superEncoder() -> any Encoder { UnsupportedEncoder(codingPath: codingPath) }
}

struct SingleValueSlotContainer: SingleValueEncodingContainer {
    let slot: ValueSlot
    var codingPath: [any CodingKey]

    mutating func encodeNil() throws {
        try slot.openSingle()
        slot.writer.writeRaw("null")
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try slot.openSingle()
        try slot.writer.encodeValue(value, depth: slot.depth, codingPath: codingPath)
    }
}

/// What `nestedContainer` and `superEncoder` return: every use throws, and
/// the whole value is then encoded by Foundation instead.
struct UnsupportedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol, UnkeyedEncodingContainer {
    var codingPath: [any CodingKey]
    var count: Int { 0 }

    mutating func encodeNil(forKey key: Key) throws { throw UnsupportedByStableJSON() }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { throw UnsupportedByStableJSON() }
    mutating func encodeNil() throws { throw UnsupportedByStableJSON() }
    mutating func encode<T: Encodable>(_ value: T) throws { throw UnsupportedByStableJSON() }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        KeyedEncodingContainer(UnsupportedContainer<NestedKey>(codingPath: codingPath))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
        -> KeyedEncodingContainer<NestedKey>
    {
        KeyedEncodingContainer(UnsupportedContainer<NestedKey>(codingPath: codingPath))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer { self }
    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer { self }
    mutating func superEncoder() -> any Encoder { UnsupportedEncoder(codingPath: codingPath) }
    mutating func superEncoder(forKey key: Key) -> any Encoder { UnsupportedEncoder(codingPath: codingPath) }
}

/// An encoder whose containers all throw, for `superEncoder`.
struct UnsupportedEncoder: Encoder {
    var codingPath: [any CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(UnsupportedContainer<Key>(codingPath: codingPath))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer { UnsupportedContainer<AnyKey>(codingPath: codingPath) }

    func singleValueContainer() -> any SingleValueEncodingContainer { UnsupportedSingleValue(codingPath: codingPath) }
}

struct UnsupportedSingleValue: SingleValueEncodingContainer {
    var codingPath: [any CodingKey]

    mutating func encodeNil() throws { throw UnsupportedByStableJSON() }
    mutating func encode<T: Encodable>(_ value: T) throws { throw UnsupportedByStableJSON() }
}

struct AnyKey: CodingKey {
    var stringValue: String
    var intValue: Int?

    init(stringValue: String) { self.stringValue = stringValue }
    init(intValue: Int) {
        stringValue = String(intValue)
        self.intValue = intValue
    }
}
