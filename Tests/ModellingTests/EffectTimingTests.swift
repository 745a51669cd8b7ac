import PlanModel
import Testing

@testable import Modelling

struct EffectTimingTests {
    @Test(
        "Pooled years are read from the baseline period's label",
        arguments: [
            ("2005-07", 3.0), ("2005-2007", 3.0), ("2007", 1.0), ("1999-01", 3.0), ("2008/09", 2.0),
            ("2005\u{2013}07", 3.0),
        ])
    func pooledYearsFromLabel(label: String, years: Double) {
        #expect(EffectTiming.pooledYears(inPeriod: label) == years)
    }

    @Test(
        "Labels that are not a year or a span of years give no answer", arguments: ["", "recent", "07-05", "2007-05"])
    func unreadableLabels(label: String) {
        #expect(EffectTiming.pooledYears(inPeriod: label) == nil)
    }

    @Test("Years of effect run from the plan's start to the target date, at most the years pooled")
    func yearsOfEffect() throws {
        let timing = EffectTiming(pooledYears: 3, targetDate: try #require(Day(iso: "2011-03-31")))
        let start = try #require(Day(iso: "2009-04-01"))
        #expect(abs(timing.yearsToTarget(from: start) - 730 / 365.25) < 1e-12)
        #expect(timing.yearsOfEffect(from: start) == timing.yearsToTarget(from: start))
        #expect(timing.yearsOfEffect(from: try #require(Day(iso: "2005-04-01"))) == 3)
        #expect(timing.yearsOfEffect(from: try #require(Day(iso: "2012-01-01"))) == 0)
    }
}
