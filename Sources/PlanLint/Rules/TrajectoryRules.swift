import Common
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
        var findings: [Diagnostic] = []
        plan.forEachMeasure { measure in
            var previous = measure.baseline.date
            let trajectory = measure.trajectory
            for index in trajectory.indices {
                let date = trajectory[index].date
                defer { previous = max(previous, date) }
                if date <= measure.baseline.date || date >= measure.target.date {
                    findings.append(
                        finding(
                            "\(measure.label): trajectory point \(date) is not between the baseline "
                                + "(\(measure.baseline.date)) and the target (\(measure.target.date))",
                            at: trajectory[index].locations["date"],
                            hint: "trajectory points are the expected values on the way to the target"))
                    continue
                }
                guard date <= previous else { continue }
                findings.append(
                    finding(
                        "\(measure.label): trajectory point \(date) comes after \(previous) but is earlier",
                        at: trajectory[index].locations["date"], hint: "list trajectory points in date order"))
            }
        }
        return findings
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
        var findings: [Diagnostic] = []
        plan.forEachMeasure { measure in
            // Only a direction that the target itself keeps can be checked.
            guard measure.isBetter(measure.target.value, than: measure.baseline.value) else { return }
            var previous = measure.baseline.value
            // Trajectory points by date (a stable sort, needed only when they
            // are out of order), then the target, as positions (-1 for the
            // target) rather than copies.
            let trajectory = measure.trajectory
            let count = trajectory.count
            let inOrder = (0..<count).dropFirst().allSatisfy {
                !(trajectory[$0].date < trajectory[$0 - 1].date)
            }
            var order: [Int] = []
            if !inOrder {
                order = Array(0..<count)
                order.sort { trajectory[$0].date < trajectory[$1].date }
            }
            for position in 0...count {
                let index = position == count ? -1 : inOrder ? position : order[position]
                let value = index < 0 ? measure.target.value : trajectory[index].value
                defer { previous = value }
                guard measure.isBetter(previous, than: value) else { continue }
                let point = index < 0 ? measure.target : trajectory[index]
                findings.append(
                    finding(
                        "\(measure.label): the trajectory goes from \(NumberText.written(previous, roundedTo: 3)) to \(NumberText.written(point.value, roundedTo: 3)) "
                            + "at \(point.date), away from the target \(NumberText.written(measure.target.value, roundedTo: 3))",
                        at: point.locations["value"],
                        hint: "each expected value should be at least as good as the one before"))
            }
        }
        return findings
    }
}
