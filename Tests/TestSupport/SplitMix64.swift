/// SplitMix64: a small deterministic generator, so a seeded test repeats
/// exactly (kill points, property checks, random plans).
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in 0..<bound (0 when bound is 1 or less); it always draws one value, so a
    /// sequence does not depend on the bounds asked for.
    public mutating func next(upTo bound: Int) -> Int {
        let value = next()
        return bound <= 1 ? 0 : Int(value % UInt64(bound))
    }
}
