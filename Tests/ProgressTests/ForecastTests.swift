import PlanModel
import Progress
import Testing

/// Forecasts: least squares over the actuals so far.
struct ForecastTests {
    let target = ExpectedPath.Point(date: Build.day("2011-03-31"), value: 20)

    func actuals(_ values: [(String, Double)]) -> [Actual] {
        values.map { Actual(date: Build.day($0.0), value: $0.1) }
    }

    @Test func fitsAStraightLineThroughTheActuals() throws {
        // Days 0, 92, 184 with 10, 13, 14: slope 2/92 a day, intercept 10.333.
        let forecast = try #require(
            Forecast.fit(
                actuals([("2009-06-30", 10), ("2009-09-30", 13), ("2009-12-31", 14)]), target: target, better: .higher))
        #expect(abs(forecast.slopePerDay - 2.0 / 92) < 1e-12)
        // 639 days to the target date: 10.333 + 639 × 2/92 = 24.2246.
        #expect(abs(forecast.valueAtTarget - 24.224_637_68) < 1e-6)
        // (20 − 10.333) / (2/92) = 444.67 days → 445 days after 2009-06-30.
        #expect(forecast.targetReachedOn == Build.day("2010-09-18"))
        #expect(forecast.meetsTarget)
        #expect(forecast.basedOn == 3)
    }

    @Test func anExactLineReachesTheTargetWhereExpected() throws {
        // 10 → 12 in 92 days: 20 is 460 days after the first actual.
        let forecast = try #require(
            Forecast.fit(actuals([("2009-06-30", 10), ("2009-09-30", 12)]), target: target, better: .higher))
        #expect(forecast.targetReachedOn == Build.day("2010-10-03"))
        #expect(abs(forecast.valueAtTarget - (10 + 639 * 2.0 / 92)) < 1e-9)
    }

    @Test func movingTheWrongWayNeverReachesTheTarget() throws {
        let forecast = try #require(
            Forecast.fit(actuals([("2009-06-30", 12), ("2009-09-30", 11)]), target: target, better: .higher))
        #expect(forecast.targetReachedOn == nil)
        #expect(!forecast.meetsTarget)
        let lower = try #require(
            Forecast.fit(
                actuals([("2009-06-30", 28.8), ("2009-12-31", 28.3)]),
                target: .init(date: Build.day("2011-03-31"), value: 25.5), better: .lower))
        #expect(lower.slopePerDay < 0)
        #expect(lower.targetReachedOn != nil)
        #expect(!lower.meetsTarget)
    }

    @Test func needsActualsOnTwoDifferentDays() {
        #expect(Forecast.fit(actuals([("2009-06-30", 10)]), target: target, better: .higher) == nil)
        #expect(
            Forecast.fit(actuals([("2009-06-30", 10), ("2009-06-30", 11)]), target: target, better: .higher) == nil)
        #expect(Forecast.fit([], target: target, better: .higher) == nil)
    }

    @Test func aFlatLineHasNoDate() throws {
        let forecast = try #require(
            Forecast.fit(actuals([("2009-06-30", 10), ("2009-09-30", 10)]), target: target, better: .higher))
        #expect(forecast.targetReachedOn == nil)
        #expect(forecast.valueAtTarget == 10)
    }
}
