import PlanModel

/// Trajectory points lie between baseline and target, in date order.
public struct TrajectoryOrderRule: LintRule {
    public static let description = RuleDescription(
        id: "trajectory-order",
        summary: "A trajectory point is not strictly between the baseline and target dates, or out of date order.",
        rationale: """
            Expected values are interpolated along baseline → trajectory → target; points out of order make the \
            expected line, and so every status, wrong.
            """,
        defaultSeverity: .error,
        triggering: [
            RuleExample(
                .objective,
                """
                trajectory:
                  - { date: 2010-09-30, value: 3100 }
                  - { date: ↓2010-03-31, value: 2900 }
                """),
            RuleExample(.objective, "trajectory: [{ date: ↓2011-06-30, value: 3500 }]"),
        ],
        nonTriggering: [RuleExample(.objective, "trajectory: [{ date: 2010-03-31, value: 3000 }]")])

    public init() {}

    public func check(_ plan: Plan, in context: LintContext) -> [Diagnostic] {
        plan.measures.flatMap { measure in
            var previous = measure.baseline.date
            return measure.trajectory.compactMap { point -> Diagnostic? in
                defer { previous = max(previous, point.date) }
                let location = point.locations["date"]
                if point.date <= measure.baseline.date || point.date >= measure.target.date {
                    return finding(
                        "\(measure.label): trajectory point \(point.date) is not between the baseline "
                            + "(\(measure.baseline.date)) and the target (\(measure.target.date))",
                        at: location, hint: "trajectory points are the expected values on the way to the target")
                }
                guard point.date <= previous else { return nil }
                return finding(
                    "\(measure.label): trajectory point \(point.date) comes after \(previous) but is earlier",
                    at: location, hint: "list trajectory points in date order")
            }
        }
    }
}

/// Trajectory values move towards the target, never back.
public struct TrajectoryDirectionRule: LintRule {
    public static let description = RuleDescription(
        id: "trajectory-direction",
        summary: "A trajectory value moves away from the target (worse than the value before it).",
        rationale: """
            A trajectory that dips before it recovers makes a measure look on track when it is going the wrong way.
            """,
        defaultSeverity: .warning,
        triggering: [RuleExample(.objective, "trajectory: [{ date: 2010-03-31, value: ↓2400 }]")],
        nonTriggering: [RuleExample(.objective, "trajectory: [{ date: 2010-03-31, value: 3000 }]")])

    public init() {}

    public func check(_ plan: Plan, in context: LintContext) -> [Diagnostic] {
        plan.measures.flatMap { measure in
            // Only a direction that the target itself keeps can be checked.
            guard measure.isBetter(measure.target.value, than: measure.baseline.value) else { return [Diagnostic]() }
            var previous = measure.baseline.value
            let points = measure.trajectory.sorted { $0.date < $1.date } + [measure.target]
            return points.compactMap { point -> Diagnostic? in
                defer { previous = point.value }
                guard measure.isBetter(previous, than: point.value) else { return nil }
                return finding(
                    "\(measure.label): the trajectory goes from \(display(previous)) to \(display(point.value)) "
                        + "at \(point.date), away from the target \(display(measure.target.value))",
                    at: point.locations["value"],
                    hint: "each expected value should be at least as good as the one before")
            }
        }
    }
}
