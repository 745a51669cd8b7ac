/// A linear map from data values to chart coordinates, with "nice" tick
/// values (1, 2, 2.5 or 5 times a power of ten) so axes read easily.
struct LinearScale {
    var domain: (Double, Double)
    var range: (Double, Double)

    func callAsFunction(_ value: Double) -> Double {
        let span = domain.1 - domain.0
        guard span != 0 else { return (range.0 + range.1) / 2 }
        return range.0 + (value - domain.0) / span * (range.1 - range.0)
    }

    /// A domain widened to nice tick values around `low...high`, and the ticks.
    static func nice(low: Double, high: Double, ticks wanted: Int = 5) -> (domain: (Double, Double), ticks: [Double]) {
        var low = low
        var high = high
        if high - low < 1e-9 {
            let pad = max(abs(high) * 0.1, 1)
            low -= pad
            high += pad
        }
        let step = niceStep((high - low) / Double(max(1, wanted - 1)))
        let start = (low / step).rounded(.down) * step
        let end = (high / step).rounded(.up) * step
        var ticks: [Double] = []
        var value = start
        var count = 0
        // Ticks are rounded to one decimal finer than the step, so 3 × 0.2 is 0.6, not 0.6000000000000001.
        var scale = 10.0
        while step * scale < 1 { scale *= 10 }
        while value <= end + step * 1e-6 && count < 50 {
            ticks.append((value * scale).rounded() / scale)
            value = start + Double(count + 1) * step
            count += 1
        }
        return ((start, end), ticks)
    }

    static func niceStep(_ rough: Double) -> Double {
        guard rough > 0, rough.isFinite else { return 1 }
        var power = 1.0
        while power * 10 <= rough { power *= 10 }
        while power > rough { power /= 10 }
        let fraction = rough / power
        let nice: Double =
            fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10
        return nice * power
    }
}
