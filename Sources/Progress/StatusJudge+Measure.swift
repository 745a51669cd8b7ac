import Common
import PlanModel

extension StatusJudge {
    /// The first day an actual must be dated on or after to keep a measure
    /// fresh: one reporting period plus the grace period before the as-of
    /// date. For a quarterly plan judged on 2010-03-31 with 42 days' grace,
    /// that is 2009-12-31 minus 42 days, 2009-11-19: the figure for the
    /// quarter to December keeps it fresh, the one for September does not.
    public func staleBefore(reporting: Cadence) -> Day {
        rules.asOf.addingMonths(-reporting.months).adding(days: -rules.graceDays)
    }

    public func measure(
        _ measure: Measure, plan: String, reporting: Cadence, planStart: Day, actuals: [Actual]
    ) -> MeasureProgress {
        let path = ExpectedPath(measure: measure)
        let known = actuals.filter { $0.date <= rules.asOf }.sorted { $0.date < $1.date }
        let staleBefore = staleBefore(reporting: reporting)
        var latest: MeasureProgress.LatestActual?
        let state: MeasureState
        if let last = known.last {
            let judgement = Judgement(
                value: last.value, expected: path.expectedValue(at: last.date), better: measure.better,
                tolerance: measure.tolerance)
            latest = .init(date: last.date, source: last.source, judgement: judgement)
            state = last.date < staleBefore ? .stale : MeasureState(judgement.colour)
        } else {
            // The first update is due one reporting period (plus grace) after the plan starts.
            let firstDue = planStart.addingMonths(reporting.months).adding(days: rules.graceDays)
            state = rules.asOf <= firstDue ? .awaitingData : .stale
        }
        let target = ExpectedPath.Point(date: measure.target.date, value: measure.target.value)
        return MeasureProgress(
            plan: plan, id: measure.id, address: "\(plan)/\(measure.id)", kind: measure.kind.rawValue,
            title: measure.title, unit: measure.unit, better: measure.better,
            tolerance: measure.tolerance.map(Self.toleranceText), state: state, latest: latest,
            expectedNow: path.expectedValue(at: rules.asOf), target: target,
            daysToTarget: rules.asOf.days(to: target.date), staleBefore: staleBefore,
            forecast: Forecast.fit(known, target: target, better: measure.better), path: path.points, actuals: known)
    }

    static func toleranceText(_ tolerance: Tolerance) -> String {
        switch tolerance {
        case .percent(let percent): NumberText.format(percent) + "%"
        case .absolute(let amount): NumberText.format(amount)
        }
    }
}
