import PlanModel
import Progress
import Testing

/// A measure's state at the as-of date: RAG, stale and awaiting data.
struct MeasureJudgementTests {
    let measure = Build.measure(tolerance: .percent(5))
    let start = Build.day("2009-04-01")

    func state(_ asOf: String, _ actuals: [(String, Double)], reporting: Cadence = .quarterly) -> MeasureProgress {
        Build.judge(asOf).measure(
            measure, plan: "plan", reporting: reporting, planStart: start,
            actuals: actuals.map { Actual(date: Build.day($0.0), value: $0.1) })
    }

    @Test func judgesTheLatestActualAgainstTheExpectedValueOnItsOwnDate() {
        // On 2009-12-31 the expected value is 2100 + 600 × 275/365 = 2552.05; 5% of it is 127.6.
        let progress = state("2010-03-31", [("2009-09-30", 2500), ("2009-12-31", 2450)])
        #expect(progress.state == .amber)
        #expect(progress.latest?.date == Build.day("2009-12-31"))
        #expect(abs((progress.latest?.judgement.expected ?? 0) - 2552.054_794) < 1e-5)
        #expect(abs((progress.latest?.judgement.shortfall ?? 0) - 102.054_794) < 1e-5)
        #expect(state("2010-03-31", [("2009-12-31", 2400)]).state == .red)  // 152 short
        #expect(state("2010-03-31", [("2009-12-31", 2560)]).state == .green)
        #expect(progress.expectedNow == 2700)
        #expect(progress.daysToTarget == 365)
        #expect(progress.address == "plan/m")
    }

    @Test func actualsAfterTheAsOfDateDoNotCount() {
        let progress = state("2009-12-31", [("2009-12-31", 2560), ("2010-01-31", 1000)])
        #expect(progress.state == .green)
        #expect(progress.actuals.count == 1)
    }

    @Test func staleWithoutAnActualInTheLastPeriodPlusGrace() {
        // Quarterly, 42 days' grace, judged 2010-03-31: fresh from 2009-12-31 − 42 days = 2009-11-19.
        #expect(Build.judge("2010-03-31").staleBefore(reporting: .quarterly) == Build.day("2009-11-19"))
        #expect(state("2010-03-31", [("2009-11-19", 2560)]).state == .green)
        let stale = state("2010-03-31", [("2009-11-18", 2560)])
        #expect(stale.state == .stale)
        #expect(stale.state.colour == .amber)
        #expect(stale.latest?.judgement.colour == .green)  // kept for information
    }

    @Test func theReportingCadenceSetsThePeriod() {
        // Monthly: 2010-02-28 − 42 days = 2010-01-17. Annually: 2009-03-31 − 42 days = 2009-02-17.
        #expect(Build.judge("2010-03-31").staleBefore(reporting: .monthly) == Build.day("2010-01-17"))
        #expect(Build.judge("2010-03-31").staleBefore(reporting: .annually) == Build.day("2009-02-17"))
        #expect(state("2010-03-31", [("2010-01-16", 2700)], reporting: .monthly).state == .stale)
        #expect(state("2010-03-31", [("2010-01-17", 2700)], reporting: .monthly).state == .green)
    }

    @Test func theGracePeriodIsConfigurable() {
        let judge = Build.judge("2010-03-31", graceDays: 0)
        #expect(judge.staleBefore(reporting: .quarterly) == Build.day("2009-12-31"))
    }

    @Test func awaitingDataUntilTheFirstUpdateIsDue() {
        // Plan starts 2009-04-01: the first quarterly update is due by 2009-07-01 + 42 days = 2009-08-12.
        #expect(state("2009-08-12", []).state == .awaitingData)
        #expect(state("2009-08-12", []).state.colour == nil)
        #expect(state("2009-08-13", []).state == .stale)
    }

    @Test func toleranceIsShownAsWritten() {
        #expect(state("2010-03-31", []).tolerance == "5%")
        let absolute = Build.judge("2010-03-31").measure(
            Build.measure(tolerance: .absolute(1.5)), plan: "p", reporting: .quarterly, planStart: start, actuals: [])
        #expect(absolute.tolerance == "1.5")
    }
}
