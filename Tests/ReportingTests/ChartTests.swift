import Foundation
import Progress
import Testing

@testable import Reporting

/// The charts are drawn by countdown: check what they draw.
struct ChartTests {
    @Test func axesUseNiceTicks() {
        let (domain, ticks) = LinearScale.nice(low: 24.3, high: 29.6)
        #expect(ticks == [24, 26, 28, 30])
        #expect(domain.0 == 24 && domain.1 == 30)
        #expect(LinearScale.nice(low: 0, high: 0.43).ticks == [0, 0.2, 0.4, 0.6])
        #expect(LinearScale.nice(low: 0, high: 0.43, ticks: 6).ticks == [0, 0.1, 0.2, 0.3, 0.4, 0.5])
        #expect(LinearScale.nice(low: 5, high: 5).ticks.count > 1)
        let scale = LinearScale(domain: (0, 10), range: (100, 0))
        #expect(scale(2.5) == 75)
    }

    @Test func aTrajectoryChartShowsEveryPart() throws {
        let report = try ReportFixture.report()
        let prevalence = try #require(report.plans.first { $0.id == "smoking" }?.measures.first)
        let svg = TrajectoryChart(measure: prevalence, asOf: report.asOf).render()
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(svg.hasSuffix("</svg>"))
        #expect(svg.contains("<polygon"), "no tolerance band")
        #expect(svg.contains("stroke-dasharray=\"6 4\""), "no forecast")
        #expect(svg.components(separatedBy: "<circle").count - 1 == 3, "one mark per actual")
        #expect(svg.contains("fill=\"\(Palette.amber)\""), "the latest actual is not coloured by its status")
        #expect(svg.contains("as of 31 Mar 2010"))
        #expect(svg.contains("2009/10") && svg.contains("2010/11"))
        #expect(svg.contains("Adult smoking prevalence | all adults"))
    }

    /// The band lies on the worse side of the expected line: above it when
    /// lower is better (in SVG, smaller y is higher).
    @Test func theToleranceBandIsOnTheWorseSide() throws {
        let report = try ReportFixture.report()
        let prevalence = try #require(report.plans.first { $0.id == "smoking" }?.measures.first)
        let svg = TrajectoryChart(measure: prevalence, asOf: report.asOf).render()
        let band = try #require(Self.points(in: svg, element: "<polygon"))
        let line = try #require(Self.points(in: svg, element: "<polyline"))
        // The band's outline: the expected line, then its outer edge in reverse.
        let outer = band.dropFirst(line.count).reversed()
        for (edge, expected) in zip(outer, line) {
            #expect(edge.1 <= expected.1, "the band is below the line where lower is better")
        }
    }

    @Test func theTreeHasATierPerComponentForEachIntervention() throws {
        let report = try ReportFixture.report()
        let smoking = try #require(report.plans.first { $0.id == "smoking" })
        let svg = ChristmasTreeChart(
            components: report.framework.components, interventions: smoking.interventions, outcome: .amber
        ).render()
        let tiers = report.framework.components.count * smoking.interventions.count
        let stars = smoking.interventions.count
        #expect(svg.components(separatedBy: "<polygon").count - 1 == tiers + stars)
        #expect(svg.contains("fill=\"\(Palette.red)\""))
        #expect(svg.contains("stroke-dasharray=\"3 2\""), "an unrated component is not drawn as such")
        #expect(svg.contains("Engaging the public: red — =Few routine and manual men use the service"))
    }

    static func points(in svg: String, element: String) -> [(Double, Double)]? {
        guard let start = svg.range(of: element) else { return nil }
        let rest = svg[start.upperBound...]
        guard let open = rest.range(of: "points=\""), let close = rest[open.upperBound...].firstIndex(of: "\"")
        else { return nil }
        return rest[open.upperBound..<close].split(separator: " ").compactMap { pair in
            let parts = pair.split(separator: ",").compactMap { Double($0) }
            return parts.count == 2 ? (parts[0], parts[1]) : nil
        }
    }
}
