import PlanModel
import Progress

/// The pack's four CSV tables, for spreadsheets: the summary, every measure
/// in long form, the milestones and the diagnostic ratings. Dates are ISO
/// (`2010-03-31`), numbers plain, text neutralised (`CSVTable`).
public enum CSVReportRenderer {
    public static func render(_ report: BoardReport) -> [(CSVTableKind, String)] {
        CSVTableKind.allCases.map { kind in
            switch kind {
            case .summary: (kind, summary(report).render())
            case .measures: (kind, measures(report).render())
            case .milestones: (kind, milestones(report).render())
            case .diagnostic: (kind, diagnostic(report).render())
            }
        }
    }

    static func summary(_ report: BoardReport) -> CSVTable {
        var table = CSVTable(columns: [
            "board", "as_of", "quarter", "plan", "title", "lead", "plan_status", "status", "previous_status",
            "direction", "outcome", "outcome_title", "unit", "outcome_state", "outcome_latest", "outcome_latest_date",
            "outcome_expected", "outcome_target", "target_date", "days_to_target", "next_milestone",
            "next_milestone_title", "next_milestone_due", "days_to_next_milestone", "red_components", "exceptions",
        ])
        for row in report.summary {
            table.append([
                .text(report.board.id), .date(report.asOf), .text(report.quarter.description), .text(row.plan),
                .text(row.title), .text(row.lead), .text(row.planStatus.rawValue), .text(row.status.rawValue),
                .text(row.previousStatus?.rawValue), .text(row.direction.rawValue), .text(row.outcome.measure),
                .text(row.outcome.title), .text(row.outcome.unit), .text(row.outcome.state.rawValue),
                .number(row.outcome.latest), .date(row.outcome.latestDate), .number(row.outcome.expected),
                .number(row.outcome.target), .date(row.targetDate), .integer(row.daysToTarget),
                .text(row.nextMilestone?.id), .text(row.nextMilestone?.title), .date(row.nextMilestone?.due),
                .integer(row.nextMilestone?.daysToDue), .integer(row.redComponents), .integer(row.exceptions),
            ])
        }
        return table
    }

    /// Long form: one row per measure and point, so a pivot table or chart
    /// can be made from it. `series` is baseline, trajectory, target,
    /// actual or forecast; `expected` is the expected value on the row's
    /// date (what an actual is judged against).
    static func measures(_ report: BoardReport) -> CSVTable {
        var table = CSVTable(columns: [
            "plan", "measure", "kind", "intervention", "title", "unit", "better", "tolerance", "state", "series",
            "date", "value", "expected", "source", "note",
        ])
        for plan in report.plans {
            for section in plan.measures {
                let measure = section.progress
                let path = ExpectedPath(points: measure.path)
                func row(_ series: String, _ date: Day, _ value: Double, source: String? = nil, note: String? = nil)
                    -> [CSVTable.Cell]
                {
                    [
                        .text(plan.id), .text(measure.id), .text(measure.kind), .text(section.intervention),
                        .text(measure.title), .text(measure.unit), .text(measure.better.rawValue),
                        .text(measure.tolerance), .text(measure.state.rawValue), .text(series), .date(date),
                        .number(value), .number(path.expectedValue(at: date)), .text(source), .text(note),
                    ]
                }
                table.append(row("baseline", section.baseline.date, section.baseline.value))
                for point in section.trajectory { table.append(row("trajectory", point.date, point.value)) }
                table.append(row("target", measure.target.date, measure.target.value))
                for actual in measure.actuals {
                    table.append(row("actual", actual.date, actual.value, source: actual.source, note: actual.note))
                }
                if let forecast = measure.forecast {
                    table.append(row("forecast", measure.target.date, forecast.valueAtTarget))
                }
            }
        }
        return table
    }

    static func milestones(_ report: BoardReport) -> CSVTable {
        var table = CSVTable(columns: [
            "plan", "intervention", "milestone", "title", "owner", "due", "due_quarter", "state", "days_to_due",
            "completed", "days_late", "moves", "first_due", "net_slip_days",
        ])
        for plan in report.plans {
            for milestone in plan.milestones {
                table.append([
                    .text(plan.id), .text(milestone.intervention), .text(milestone.id), .text(milestone.title),
                    .text(milestone.owner), .date(milestone.due),
                    .text(FinancialQuarter(containing: milestone.due).description), .text(milestone.state.rawValue),
                    .integer(milestone.daysToDue), .date(milestone.completedOn), .integer(milestone.daysLate),
                    .integer(milestone.slip?.moves ?? 0), .date(milestone.slip?.dueDates.first),
                    .integer(milestone.slip?.netDays),
                ])
            }
        }
        return table
    }

    static func diagnostic(_ report: BoardReport) -> CSVTable {
        var table = CSVTable(columns: [
            "plan", "intervention", "intervention_title", "component", "component_title", "rating", "value",
            "evidence",
        ])
        for plan in report.plans {
            for intervention in plan.interventions {
                for cell in intervention.ratings {
                    table.append([
                        .text(plan.id), .text(intervention.id), .text(intervention.title), .text(cell.component),
                        .text(report.framework.title(of: cell.component)),
                        .text(cell.rated ? cell.rating.rawValue : "not rated"), .number(cell.value),
                        .text(cell.evidence),
                    ])
                }
            }
        }
        return table
    }
}
