import PlanModel
import Progress
import PropertyBased
import Testing

/// The status judgement is consistent over random plans and histories: a
/// better actual never makes a status worse, and recording a milestone as
/// done never makes anything overdue.
struct StatusPropertyTests {
    /// A plan, its recorded history, and a day to judge it on.
    struct History: Sendable, CustomStringConvertible {
        var plan: Plan
        var evidence: PlanEvidence
        var asOf: Day
        var period: Period
        var seed: UInt64

        var description: String { "plan \(plan.id) judged on \(asOf), history seed \(seed)" }
    }

    static let histories = Generator<History, Shrink.None<History>>(run: { rng in
        let seed = rng.next()
        var builder = RandomPlan(seed: seed)
        let plan = builder.plan()
        let period = plan.period ?? Period(start: plan.outcome.baseline.date, end: plan.outcome.target.date)
        var evidence = PlanEvidence()
        for measure in plan.measures {
            // One current value per measure and day, as the store keeps them.
            var days: Set<Day> = []
            for _ in 0..<builder.int(0...6) { days.insert(builder.day()) }
            evidence.actuals[measure.id] = days.map { Actual(date: $0, value: builder.number()) }
        }
        for milestone in plan.milestones where builder.oneIn(2) {
            evidence.completions[milestone.id] = Completion(date: milestone.due.adding(days: builder.int(-90...90)))
        }
        return History(plan: plan, evidence: evidence, asOf: builder.day(), period: period, seed: seed)
    })

    static func judge(_ history: History, _ evidence: PlanEvidence) -> PlanProgress {
        StatusJudge(rules: StatusRules(asOf: history.asOf)).plan(
            history.plan, period: history.period, evidence: evidence)
    }

    /// How bad a measure's state is for its plan: awaiting data counts for nothing.
    static func severity(_ state: MeasureState) -> Int {
        state.colour.map { RAG.allCases.firstIndex(of: $0)! } ?? -1
    }

    @Test func aBetterActualNeverMakesAStatusWorse() async {
        await propertyCheck(count: 300, input: Self.histories, Gen.int(in: 0...1000), Gen.int(in: 1...100_000)) {
            history, pick, improvementCents in
            let measures = history.plan.measures.filter { !(history.evidence.actuals[$0.id] ?? []).isEmpty }
            guard !measures.isEmpty else { return }
            let measure = measures[pick % measures.count]
            var better = history.evidence
            var actuals = better.actuals[measure.id]!
            let index = pick % actuals.count
            let step = Double(improvementCents) / 100
            actuals[index].value += measure.better == .higher ? step : -step
            better.actuals[measure.id] = actuals
            let before = Self.judge(history, history.evidence)
            let after = Self.judge(history, better)
            let measureBefore = before.measures.first { $0.id == measure.id }!
            let measureAfter = after.measures.first { $0.id == measure.id }!
            #expect(
                Self.severity(measureAfter.state) <= Self.severity(measureBefore.state),
                "\(history): \(measure.id) went from \(measureBefore.state) to \(measureAfter.state)")
            #expect(after.status <= before.status, "\(history): the plan went from \(before.status) to \(after.status)")
        }
    }

    @Test func recordingAMilestoneDoneNeverAddsAnOverdue() async {
        await propertyCheck(count: 300, input: Self.histories, Gen.int(in: 0...1000), Gen.int(in: -400...400)) {
            history, pick, offset in
            let open = history.plan.milestones.filter { history.evidence.completions[$0.id] == nil }
            guard !open.isEmpty else { return }
            let milestone = open[pick % open.count]
            var done = history.evidence
            done.completions[milestone.id] = Completion(date: history.asOf.adding(days: offset))
            let before = Self.judge(history, history.evidence)
            let after = Self.judge(history, done)
            let overdueBefore = Set(before.milestones.filter { $0.state == .overdue }.map(\.id))
            let overdueAfter = Set(after.milestones.filter { $0.state == .overdue }.map(\.id))
            #expect(overdueAfter.isSubset(of: overdueBefore), "\(history): \(milestone.id) done on +\(offset) days")
            #expect(after.status <= before.status, "\(history)")
        }
    }

    /// The properties can fail: a worse actual can make a status worse.
    @Test func aWorseActualCanMakeAStatusWorse() {
        var builder = RandomPlan(seed: 7)
        var plan = builder.plan()
        plan.outcome.better = .higher
        plan.outcome.tolerance = nil
        plan.outcome.trajectory = []
        plan.outcome.baseline = DatedValue(date: Day(iso: "2009-04-01")!, value: 0, locations: RandomPlan.place)
        plan.outcome.target = DatedValue(date: Day(iso: "2011-03-31")!, value: 100, locations: RandomPlan.place)
        let day = Day(iso: "2010-03-31")!
        let history = History(
            plan: plan, evidence: PlanEvidence(), asOf: day, period: Period(start: day, end: day), seed: 7)
        let onTrack = PlanEvidence(actuals: [plan.outcome.id: [Actual(date: day, value: 90)]])
        let behind = PlanEvidence(actuals: [plan.outcome.id: [Actual(date: day, value: 10)]])
        let state = { (evidence: PlanEvidence) in
            Self.judge(history, evidence).measures.first { $0.id == plan.outcome.id }!.state
        }
        #expect(state(onTrack) == .green)
        #expect(state(behind) == .red)
    }
}
