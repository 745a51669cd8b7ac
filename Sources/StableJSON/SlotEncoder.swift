/// The `Encoder` a value's `encode(to:)` sees. Coding paths are not
/// tracked (building one per value costs an array each); countdown's
/// types never read them, and the one error (a number that is not
/// finite) says which number.
struct SlotEncoder: Encoder {
    let slot: ValueSlot
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        slot.openKeyed()
        return KeyedEncodingContainer(KeyedSlotContainer<Key>(slot: slot))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        slot.openUnkeyed()
        return UnkeyedSlotContainer(slot: slot)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleValueSlotContainer(slot: slot)
    }
}

struct KeyedSlotContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let slot: ValueSlot
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil(forKey key: Key) throws {
        slot.encodeNull(forKey: key.stringValue)
    }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try slot.encode(value, forKey: key.stringValue)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        KeyedEncodingContainer(UnsupportedContainer<NestedKey>())
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        UnsupportedContainer<Key>()
    }

    mutating func superEncoder() -> any Encoder { UnsupportedEncoder() }

    mutating func superEncoder(forKey key: Key) -> any Encoder { UnsupportedEncoder() }
}

struct UnkeyedSlotContainer: UnkeyedEncodingContainer {
    let slot: ValueSlot
    var codingPath: [any CodingKey] { [] }
    var count: Int { slot.count }

    mutating func encodeNil() throws {
        slot.encodeNull()
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try slot.encode(value)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
        -> KeyedEncodingContainer<NestedKey>
    {
        KeyedEncodingContainer(UnsupportedContainer<NestedKey>())
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        UnsupportedContainer<AnyKey>()
    }

    mutating func superEncoder() -> any Encoder { UnsupportedEncoder() }
}

struct SingleValueSlotContainer: SingleValueEncodingContainer {
    let slot: ValueSlot
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil() throws {
        try slot.openSingle()
        slot.writer.writeRaw("null")
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try slot.openSingle()
        try slot.writer.encodeValue(value, depth: slot.depth)
    }
}

/// What `nestedContainer` and `superEncoder` return: every use throws, and
/// the whole value is then encoded by Foundation instead.
struct UnsupportedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol, UnkeyedEncodingContainer {
    var codingPath: [any CodingKey] { [] }
    var count: Int { 0 }

    mutating func encodeNil(forKey key: Key) throws { throw UnsupportedByStableJSON() }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { throw UnsupportedByStableJSON() }
    mutating func encodeNil() throws { throw UnsupportedByStableJSON() }
    mutating func encode<T: Encodable>(_ value: T) throws { throw UnsupportedByStableJSON() }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        KeyedEncodingContainer(UnsupportedContainer<NestedKey>())
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
        -> KeyedEncodingContainer<NestedKey>
    {
        KeyedEncodingContainer(UnsupportedContainer<NestedKey>())
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer { self }
    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer { self }
    mutating func superEncoder() -> any Encoder { UnsupportedEncoder() }
    mutating func superEncoder(forKey key: Key) -> any Encoder { UnsupportedEncoder() }
}

/// An encoder whose containers all throw, for `superEncoder`.
struct UnsupportedEncoder: Encoder {
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(UnsupportedContainer<Key>())
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer { UnsupportedContainer<AnyKey>() }

    func singleValueContainer() -> any SingleValueEncodingContainer { UnsupportedSingleValue() }
}

struct UnsupportedSingleValue: SingleValueEncodingContainer {
    var codingPath: [any CodingKey] { [] }

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
