import PlanModel
import Progress

extension PlanComparison {
    /// The outcome or an objective: wording, definition, target, baseline,
    /// trajectory, tolerance and owner. Ambition is judged by the measure's
    /// `better` direction, and not at all when the direction or unit changed.
    mutating func compareMeasure(_ old: Measure, _ new: Measure) {
        let label = "\(new.kind == .outcome ? "Outcome" : "Objective") \(new.id)"
        let subject = address(new.id)
        let redefined = old.unit != new.unit || old.better != new.better
        if redefined {
            add(
                .measureRedefined, .neutral, subject: subject, title: "\(label) redefined",
                before: "\(old.unit), \(old.better.rawValue) is better",
                after: "\(new.unit), \(new.better.rawValue) is better",
                note: "figures before and after may not compare", location: new.locations["unit"],
                beforeLocation: old.locations["unit"])
        }
        let titleField = new.kind == .outcome ? "title" : "statement"
        if !PlanText.same(old.title, new.title) {
            add(
                .measureReworded, .neutral, subject: subject, title: "\(label) reworded", before: old.title,
                after: new.title, location: new.locations[titleField], beforeLocation: old.locations[titleField])
        }
        compareTarget(old, new, label: label, subject: subject, judged: !redefined)
        compareBaseline(old, new, label: label, subject: subject, judged: !redefined)
        compareTrajectory(old, new, label: label, subject: subject, judged: !redefined)
        compareTolerance(old, new, label: label, subject: subject, judged: !redefined)
        if let oldOwner = old.owner, let newOwner = new.owner, !PlanText.same(oldOwner, newOwner) {
            add(
                .ownerChanged, .neutral, subject: subject, title: "\(label) re-owned",
                before: PlanText.person(oldOwner), after: PlanText.person(newOwner),
                location: new.locations["owner"], beforeLocation: old.locations["owner"])
        }
    }

    /// More or less ambitious: how much better the new value is than the
    /// old one, in the measure's direction.
    static func ambition(from old: Double, to new: Double, better: Direction) -> ReviewSeverity {
        let gain = -Judgement.shortfall(of: new, against: old, better: better)
        if abs(gain) <= ChangeNumber.slack * max(1, abs(old)) { return .neutral }
        return gain > 0 ? .strengthening : .weakening
    }

    private mutating func compareTarget(_ old: Measure, _ new: Measure, label: String, subject: String, judged: Bool) {
        if !ChangeNumber.same(old.target.value, new.target.value) {
            let severity =
                judged ? Self.ambition(from: old.target.value, to: new.target.value, better: new.better) : .neutral
            let words =
                switch severity {
                case .weakening: "less ambitious"
                case .strengthening: "more ambitious"
                case .neutral: "changed"
                }
            let amount = new.target.value - old.target.value
            add(
                .targetChanged, severity, subject: subject, title: "\(label) target \(words)",
                before: PlanText.value(old.target.value, unit: old.unit),
                after: PlanText.value(new.target.value, unit: new.unit),
                difference: ChangeNumber.signed(amount, unit: new.unit), note: "\(new.better.rawValue) is better",
                amount: amount, unit: new.unit, location: new.target.locations["value"],
                beforeLocation: old.target.locations["value"])
        }
        if let move = DateMove(from: old.target.date, to: new.target.date) {
            add(
                .targetDateChanged, move.isSlip ? .weakening : .strengthening, subject: subject,
                title: "\(label) target date moved \(move.isSlip ? "later" : "earlier")", before: "\(move.from)",
                after: "\(move.to)", difference: move.daysText, days: move.days,
                location: new.target.locations["date"], beforeLocation: old.target.locations["date"])
        }
    }

    /// A restated baseline is neutral (usually better data), but it changes
    /// how much improvement the target asks for, which the note says.
    private mutating func compareBaseline(_ old: Measure, _ new: Measure, label: String, subject: String, judged: Bool)
    {
        let valueChanged = !ChangeNumber.same(old.baseline.value, new.baseline.value)
        guard valueChanged || old.baseline.date != new.baseline.date else { return }
        func asked(_ measure: Measure) -> Double {
            -Judgement.shortfall(of: measure.target.value, against: measure.baseline.value, better: measure.better)
        }
        let note =
            judged
            ? "the improvement the target asks for goes from \(PlanText.value(asked(old), unit: new.unit)) "
                + "to \(PlanText.value(asked(new), unit: new.unit))"
            : nil
        let amount = new.baseline.value - old.baseline.value
        add(
            .baselineChanged, .neutral, subject: subject, title: "\(label) baseline changed",
            before: "\(PlanText.value(old.baseline.value, unit: old.unit)) on \(old.baseline.date)",
            after: "\(PlanText.value(new.baseline.value, unit: new.unit)) on \(new.baseline.date)",
            difference: valueChanged ? ChangeNumber.signed(amount, unit: new.unit) : nil, note: note,
            amount: valueChanged ? amount : nil, unit: new.unit, location: new.baseline.locations.start,
            beforeLocation: old.baseline.locations.start)
    }

    private mutating func compareTolerance(_ old: Measure, _ new: Measure, label: String, subject: String, judged: Bool)
    {
        guard old.tolerance != new.tolerance else { return }
        // A wider amber band lets a worse figure pass as amber: weakening.
        let severity: ReviewSeverity =
            switch (old.tolerance, new.tolerance) {
            case (nil, _?): .weakening
            case (_?, nil): .strengthening
            case (.percent(let a)?, .percent(let b)?), (.absolute(let a)?, .absolute(let b)?):
                b > a ? .weakening : .strengthening
            default: .neutral
            }
        let words =
            switch severity {
            case .weakening: "widened"
            case .strengthening: "narrowed"
            case .neutral: "changed"
            }
        add(
            .toleranceChanged, judged ? severity : .neutral, subject: subject, title: "\(label) tolerance \(words)",
            before: PlanText.tolerance(old.tolerance, unit: old.unit) ?? "none",
            after: PlanText.tolerance(new.tolerance, unit: new.unit) ?? "none",
            location: new.locations["tolerance"], beforeLocation: old.locations["tolerance"])
    }
}
