import PlanModel
import Progress

extension PlanComparison {
    /// Trajectory points, matched by date. A point that lost its date and a
    /// point that gained one are paired, in date order, as a moved point.
    ///
    /// Each point is judged against the other version's expected line (the
    /// same straight lines the status judgement uses): a point below the
    /// old line (in the measure's direction) makes the path less ambitious,
    /// and a point removed where the new line now runs worse does too.
    mutating func compareTrajectory(_ old: Measure, _ new: Measure, label: String, subject: String, judged: Bool) {
        let oldPath = ExpectedPath(measure: old)
        let newPath = ExpectedPath(measure: new)
        let oldByDate = Dictionary(old.trajectory.map { ($0.date, $0) }, uniquingKeysWith: { first, _ in first })
        let newByDate = Dictionary(new.trajectory.map { ($0.date, $0) }, uniquingKeysWith: { first, _ in first })
        var gone = old.trajectory.filter { newByDate[$0.date] == nil }
        var arrived = new.trajectory.filter { oldByDate[$0.date] == nil }
        var moved: [(old: DatedValue, new: DatedValue)] = []
        for point in new.trajectory {
            if let previous = oldByDate[point.date], !ChangeNumber.same(previous.value, point.value) {
                moved.append((previous, point))
            }
        }
        while !gone.isEmpty && !arrived.isEmpty { moved.append((gone.removeFirst(), arrived.removeFirst())) }
        moved.sort { $0.new.date < $1.new.date }
        func severity(value: Double, against path: ExpectedPath, at date: Day) -> ReviewSeverity {
            judged ? Self.ambition(from: path.expectedValue(at: date), to: value, better: new.better) : .neutral
        }
        func words(_ severity: ReviewSeverity) -> String {
            switch severity {
            case .weakening: "less ambitious"
            case .strengthening: "more ambitious"
            case .neutral: "changed"
            }
        }
        func text(_ point: DatedValue, unit: String) -> String {
            "\(PlanText.value(point.value, unit: unit)) on \(point.date)"
        }
        for (from, to) in moved {
            let rating = severity(value: to.value, against: oldPath, at: to.date)
            let move = DateMove(from: from.date, to: to.date)
            var difference: [String] = []
            if !ChangeNumber.same(from.value, to.value) {
                difference.append(ChangeNumber.signed(to.value - from.value, unit: new.unit))
            }
            if let move { difference.append(move.daysText) }
            add(
                .trajectoryPointMoved, rating, subject: subject,
                title: "\(label) trajectory point \(words(rating))", before: text(from, unit: old.unit),
                after: text(to, unit: new.unit), difference: difference.joined(separator: ", "),
                amount: to.value - from.value, unit: new.unit, days: move?.days, location: to.locations.start,
                beforeLocation: from.locations.start)
        }
        for point in arrived {
            let rating = severity(value: point.value, against: oldPath, at: point.date)
            add(
                .trajectoryPointAdded, rating, subject: subject, title: "\(label) trajectory point added",
                after: text(point, unit: new.unit),
                note: rating == .neutral
                    ? nil
                    : "\(words(rating)) than the line before, which expected "
                        + PlanText.expected(oldPath.expectedValue(at: point.date), unit: old.unit),
                location: point.locations.start)
        }
        for point in gone {
            // Removing a point leaves the new line's value at its date.
            let rating = severity(value: newPath.expectedValue(at: point.date), against: oldPath, at: point.date)
            add(
                .trajectoryPointRemoved, rating, subject: subject, title: "\(label) trajectory point removed",
                before: text(point, unit: old.unit),
                note: rating == .neutral
                    ? nil
                    : "the line now expects \(PlanText.expected(newPath.expectedValue(at: point.date), unit: new.unit)) "
                        + "on \(point.date): \(words(rating))",
                location: new.locations.has("trajectory") ? new.locations.key("trajectory") : new.locations.start,
                beforeLocation: point.locations.start)
        }
    }
}
