import Common
import Progress
import Testing

/// `NumberText.format` writes digits into a byte buffer for speed; these
/// tests hold it to the plain definition over strings.
@Suite struct NumberTextTests {
    @Test func numbersReadAsWritten() {
        #expect(NumberText.format(0) == "0")
        #expect(NumberText.format(-0.001) == "0")
        #expect(NumberText.format(-0.5) == "-0.5")
        #expect(NumberText.format(10.005, decimals: 3) == "10.005")
        #expect(NumberText.format(1_000_000) == "1000000")
        #expect(NumberText.format(0.1 + 0.2, decimals: 6) == "0.3")
        #expect(NumberText.format(7.25, decimals: 0) == "7")
        #expect(NumberText.format(.nan) == "n/a")
        #expect(NumberText.format(-.infinity) == "-inf")
    }

    @Test func itAgreesWithTheDefinition() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            let magnitude = [1.0, 100, 1e-3, 1e6, 1e12][Int.random(in: 0..<5, using: &generator)]
            let value = Double.random(in: -magnitude...magnitude, using: &generator)
            let decimals = Int.random(in: 0...6, using: &generator)
            #expect(NumberText.format(value, decimals: decimals) == Self.definition(value, decimals: decimals))
        }
    }

    /// The definition: round to the decimals, drop trailing zeros.
    static func definition(_ value: Double, decimals: Int) -> String {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (abs(value) * scale).rounded()
        guard scaled < 9e15 else { return String(value) }
        let units = Int64(scaled)
        let sign = value < 0 && units != 0 ? "-" : ""
        guard decimals > 0 else { return sign + String(units) }
        let whole = units / Int64(scale)
        var fraction = String(units % Int64(scale))
        fraction = String(repeating: "0", count: decimals - fraction.count) + fraction
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return sign + String(whole) + (fraction.isEmpty ? "" : "." + fraction)
    }
}
