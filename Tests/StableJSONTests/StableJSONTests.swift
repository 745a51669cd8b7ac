import Foundation
import StableJSON
import TestSupport
import Testing

/// StableJSON promises Foundation's bytes; every test here encodes with
/// both and compares.
@Suite struct StableJSONTests {
    static func foundation<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func expectSame<T: Encodable>(
        _ value: T, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws {
        let ours = try StableJSONEncoder.string(value)
        let theirs = try foundation(value)
        #expect(ours == theirs, sourceLocation: sourceLocation)
    }

    struct Leaf: Codable {
        var name: String
        var value: Double
        var count: Int
        var flag: Bool
        var note: String?
        var small: Float
        var wide: UInt64
        var tiny: Int8
    }

    struct Tree: Codable {
        var zeta: [Leaf]
        var alpha: [String: [Double?]]
        var empty: [Int]
        var emptyObject: [String: Int]
        var nested: [[String]]
        var child: Leaf?
        var day: Wrapped
    }

    /// A single-value type, as `Day` and `FinancialQuarter` are.
    struct Wrapped: Codable {
        var text: String
        func encode(to encoder: Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode(text)
        }
    }

    @Test func textNeedingEscapesAndKeysInEveryOrder() throws {
        try Self.expectSame([
            "B": "quote \" backslash \\ slash / line\nreturn\rtab\tbell\u{7}nul\u{0}esc\u{1b}del\u{7f}",
            "a10": "é, 🎄, \u{2028}, \u{feff}", "a9": "\u{8}\u{c}", "_": "", "a": "a-b", "a-b": "z", "Z": "é",
            "é": "e", "e": "plain",
        ])
    }

    @Test func numbersInTheirShortestForm() throws {
        try Self.expectSame([
            0, -0.0, 1, 100, 0.1, 1e-7, 2.5e-5, 1e15, 1e16, 1e21, 123456789012345680, 3.141592653589793,
            Double.leastNonzeroMagnitude, Double.greatestFiniteMagnitude, -1.5, 469.2, 5e-5, 0.000123,
        ])
        try Self.expectSame([Int.min, Int.max, 0, -1])
        try Self.expectSame([Float(0.1), Float(1e-7), Float(16_777_217)])
        try Self.expectSame(["u": UInt64.max])
    }

    @Test func emptyContainersAndNulls() throws {
        try Self.expectSame([Int]())
        try Self.expectSame([String: Int]())
        try Self.expectSame(["x": [String: [Int]]()])
        try Self.expectSame([nil, 1.5, nil] as [Double?])
        try Self.expectSame([[Int]](repeating: [], count: 3))
        let nothing: Int? = nil
        try Self.expectSame(nothing)
        try Self.expectSame("top-level text")
    }

    @Test func randomTreesMatch() throws {
        var random = SplitMix64(seed: 2026)
        for _ in 0..<300 {
            try Self.expectSame(Self.tree(&random))
        }
    }

    /// Objects over a megabyte are put in order where they lie (rotating
    /// bytes), not through the scratch buffer: the same bytes either way.
    @Test func largeObjectsAreOrderedInPlace() throws {
        struct Report: Encodable {
            var zulu: [Double]
            var version = 1
            var mike: [String: String]
            var alpha: String
        }
        let report = Report(
            zulu: (0..<5000).map { Double($0) / 7 },
            mike: Dictionary(
                uniqueKeysWithValues: (0..<300).map { ("key \(299 - $0)", String(repeating: "é", count: 2000)) }),
            alpha: String(repeating: "a\"b", count: 400_000))
        try Self.expectSame(report)
        try Self.expectSame(["outer": report])
    }

    @Test func aNumberThatIsNotFiniteIsRefused() {
        #expect(throws: EncodingError.self) { try StableJSONEncoder.encode(["x": Double.nan]) }
        #expect(throws: EncodingError.self) { try StableJSONEncoder.encode([Double.infinity]) }
    }

    @Test func typesOnlyFoundationHandlesAreLeftToIt() throws {
        struct Stamped: Codable {
            var at: Date
            var link: URL
            var blob: Data
        }
        try Self.expectSame(
            Stamped(at: Date(timeIntervalSince1970: 1e9), link: URL(string: "https://x.org/a")!, blob: Data([1, 2])))
        /// A type that uses a nested container.
        struct Nesting: Encodable {
            enum Keys: String, CodingKey { case outer, inner }
            func encode(to encoder: Encoder) throws {
                var container = encoder.container(keyedBy: Keys.self)
                var nested = container.nestedContainer(keyedBy: Keys.self, forKey: .outer)
                try nested.encode(1, forKey: .inner)
            }
        }
        try Self.expectSame([Nesting(), Nesting()])
    }

    static func tree(_ random: inout SplitMix64) -> Tree {
        func text() -> String {
            let pieces = ["a", "B", "é", "\n", "\"", "\\", "/", "\u{1}", " ", "🎄", "9", "10", "_", "-"]
            return (0..<random.next(upTo: 6)).map { _ in pieces[random.next(upTo: pieces.count)] }.joined()
        }
        func number() -> Double {
            switch random.next(upTo: 4) {
            case 0: Double(random.next(upTo: 100_000)) / 10
            case 1: Double(random.next(upTo: 1000)) * 1e-9
            case 2: Double(random.next(upTo: 1 << 40)) * 1e9
            default: -Double(random.next(upTo: 1000)) / 7
            }
        }
        func leaf() -> Leaf {
            Leaf(
                name: text(), value: number(), count: random.next(upTo: 1000) - 500, flag: random.next(upTo: 2) == 0,
                note: random.next(upTo: 2) == 0 ? nil : text(), small: Float(number()),
                wide: UInt64(random.next(upTo: 1 << 40)), tiny: Int8(random.next(upTo: 256) - 128))
        }
        var alpha: [String: [Double?]] = [:]
        for _ in 0..<random.next(upTo: 5) {
            alpha[text()] = (0..<random.next(upTo: 4)).map { _ in random.next(upTo: 3) == 0 ? nil : number() }
        }
        return Tree(
            zeta: (0..<random.next(upTo: 4)).map { _ in leaf() }, alpha: alpha,
            empty: (0..<random.next(upTo: 2)).map { $0 }, emptyObject: random.next(upTo: 2) == 0 ? [:] : [text(): 1],
            nested: (0..<random.next(upTo: 3)).map { _ in (0..<random.next(upTo: 3)).map { _ in text() } },
            child: random.next(upTo: 2) == 0 ? nil : leaf(), day: Wrapped(text: text()))
    }
}
