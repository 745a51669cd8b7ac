import PlanModel
import Progress
import Testing

/// Expected values: straight lines baseline → trajectory → target.
struct ExpectedPathTests {
    let path = ExpectedPath(measure: Build.measure())  // 2100 (2009-03-31), 2700 (2010-03-31), 3400 (2011-03-31)

    @Test func interpolatesLinearlyBetweenPoints() {
        // 183 of 365 days from 2100 to 2700: 2100 + 600 × 183/365 = 2400.8219…
        #expect(abs(path.expectedValue(at: Build.day("2009-09-30")) - 2400.821_917_808) < 1e-6)
        // 183 of 365 days from 2700 to 3400: 2700 + 700 × 183/365 = 3050.9589…
        #expect(abs(path.expectedValue(at: Build.day("2010-09-30")) - 3050.958_904_109) < 1e-6)
    }

    @Test func isExactAtEachPoint() {
        #expect(path.expectedValue(at: Build.day("2009-03-31")) == 2100)
        #expect(path.expectedValue(at: Build.day("2010-03-31")) == 2700)
        #expect(path.expectedValue(at: Build.day("2011-03-31")) == 3400)
    }

    @Test func holdsTheBaselineBeforeAndTheTargetAfter() {
        #expect(path.expectedValue(at: Build.day("2008-01-01")) == 2100)
        #expect(path.expectedValue(at: Build.day("2012-06-30")) == 3400)
    }

    @Test func sortsPointsWrittenOutOfOrder() {
        let path = ExpectedPath(points: [
            .init(date: Build.day("2011-03-31"), value: 20), .init(date: Build.day("2009-03-31"), value: 10),
        ])
        #expect(path.points.map(\.value) == [10, 20])
        #expect(path.expectedValue(at: Build.day("2010-03-31")) == 10 + 10 * 365 / 730)
    }
}

/// RAG against the expected value, with the plan's tolerance.
struct JudgementTests {
    @Test func lowerIsBetterWithAPercentTolerance() {
        // Expected 27.4, tolerance 3% → an amber band of 0.822.
        let judge = { (value: Double) in
            Judgement(value: value, expected: 27.4, better: .lower, tolerance: .percent(3)).colour
        }
        #expect(judge(27.0) == .green)
        #expect(judge(27.4) == .green)
        #expect(judge(28.0) == .amber)  // 0.6 worse
        #expect(judge(28.222) == .amber)  // 0.822 worse: on the band's edge
        #expect(judge(28.3) == .red)  // 0.9 worse
    }

    @Test func higherIsBetterWithAnAbsoluteTolerance() {
        let judgement = Judgement(value: 67.5, expected: 70, better: .higher, tolerance: .absolute(3))
        #expect(judgement.shortfall == 2.5 && judgement.band == 3 && judgement.colour == .amber)
        #expect(Judgement(value: 67, expected: 70, better: .higher, tolerance: .absolute(3)).colour == .amber)
        #expect(Judgement(value: 66.9, expected: 70, better: .higher, tolerance: .absolute(3)).colour == .red)
        #expect(Judgement(value: 71, expected: 70, better: .higher, tolerance: .absolute(3)).colour == .green)
    }

    @Test func noToleranceMeansNoAmberBand() {
        #expect(Judgement(value: 69.9, expected: 70, better: .higher, tolerance: nil).colour == .red)
        #expect(Judgement(value: 70, expected: 70, better: .higher, tolerance: nil).colour == .green)
    }

    @Test func forgivesFloatingPointRounding() {
        // 0.1 + 0.2 is 0.30000000000000004: on track, not red.
        #expect(Judgement(value: 0.3, expected: 0.1 + 0.2, better: .higher, tolerance: nil).colour == .green)
    }

    @Test func percentBandIsOfTheExpectedValuesSize() {
        #expect(Judgement.band(.percent(5), around: -40) == 2)
        #expect(Judgement.band(.absolute(-1.5), around: 10) == 1.5)
    }
}
