import PlanModel
import Progress

/// The Christmas Tree matrix (interventions × components) and its chart.
struct TreeView {
    var chart: String?
    var columns: [Column]
    var rows: [Row]
    /// Red and amber ratings with their evidence, worst first.
    var concerns: [Concern]
    var hasConcerns: Bool
    /// `1 Known intervention efficacy · 2 Cost-effectiveness · …`, for a table's key.
    var key: String

    struct Column {
        var number: Int
        var title: String
    }

    struct Row {
        var id: String
        var title: String
        var level: String
        var lead: String
        var cells: [Cell]
    }

    struct Cell {
        var rating: String
        var letter: String
        var value: String?
        var tip: String
    }

    struct Concern {
        var rating: StateView
        var intervention: String
        var component: String
        var evidence: String
    }

    init(_ plan: PlanSection, framework: FrameworkHeader, outcome: MeasureState, chart: Bool) {
        self.chart =
            chart
            ? ChristmasTreeChart(components: framework.components, interventions: plan.interventions, outcome: outcome)
                .render()
            : nil
        columns = framework.components.enumerated().map { Column(number: $0.offset + 1, title: $0.element.title) }
        key = columns.map { "\($0.number) \($0.title)" }.joined(separator: " · ")
        rows = plan.interventions.map { intervention in
            Row(
                id: intervention.id, title: intervention.title, level: intervention.level.rawValue,
                lead: intervention.lead,
                cells: intervention.ratings.map { cell in
                    let rating = cell.rated ? cell.rating.rawValue : "unrated"
                    let letter =
                        !cell.rated
                        ? "–" : cell.rating == .unknown ? "?" : String(cell.rating.rawValue.prefix(1)).uppercased()
                    let title = framework.title(of: cell.component)
                    return Cell(
                        rating: rating, letter: letter, value: cell.value.map { ReportText.number($0) },
                        tip: "\(title): \(cell.rated ? cell.rating.rawValue : "not rated")"
                            + (cell.evidence.map { ". \($0)" } ?? ""))
                })
        }
        var concerns: [(rank: Int, concern: Concern)] = []
        for intervention in plan.interventions {
            for cell in intervention.ratings where cell.rated && (cell.rating == .red || cell.rating == .amber) {
                concerns.append(
                    (
                        cell.rating == .red ? 0 : 1,
                        Concern(
                            rating: StateView(cell.rating.rawValue), intervention: intervention.id,
                            component: framework.title(of: cell.component),
                            evidence: cell.evidence ?? "no evidence given")
                    ))
            }
        }
        // A stable sort: red first, then in plan and framework order.
        self.concerns = concerns.enumerated().sorted { ($0.element.rank, $0.offset) < ($1.element.rank, $1.offset) }
            .map(\.element.concern)
        hasConcerns = !self.concerns.isEmpty
    }
}
