import PlanModel
import Progress

/// The Christmas Tree diagnostic drawn as a tree for each intervention:
/// one tier per framework component, the first component at the base (the
/// foundations: known efficacy, cost-effectiveness) and the last at the
/// top, under the star, which is the population outcome the components
/// must add up to. Each tier is coloured by its rating and carries its
/// letter (G, A, R, ?) so a greyscale print still reads; a component the
/// plan does not rate is drawn empty with a dashed edge.
struct ChristmasTreeChart {
    let components: [FrameworkHeader.Component]
    let interventions: [InterventionSection]
    /// The plan's outcome: the star's colour.
    let outcome: MeasureState

    static let labelWidth = 290.0
    static let treeWidth = 150.0
    static let gap = 22.0
    static let tierHeight = 24.0
    static let starSpace = 40.0
    static let top = 12.0

    var width: Double {
        Self.labelWidth + Double(max(1, interventions.count)) * (Self.treeWidth + Self.gap)
    }

    var height: Double {
        Self.top + Self.starSpace + Double(components.count) * Self.tierHeight + 16 + 40
    }

    func render() -> String {
        var svg = SVG.open(width: width, height: height, label: description(), className: "chart tree")
        svg += "<title>Christmas Tree diagnostic</title><desc>\(SVG.escape(description()))</desc>"
        let baseY = Self.top + Self.starSpace + Double(components.count) * Self.tierHeight
        // Component labels, base first from the bottom.
        for (index, component) in components.enumerated() {
            let centre = baseY - (Double(index) + 0.5) * Self.tierHeight
            svg += SVG.text(
                SVG.clipped(component.title, to: 50), x: Self.labelWidth - 12, y: centre + 4, anchor: "end", size: 11)
        }
        svg += SVG.text(
            "Population outcome", x: Self.labelWidth - 12, y: Self.top + 16, anchor: "end", size: 11, weight: "bold")
        for (column, intervention) in interventions.enumerated() {
            let centreX = Self.labelWidth + Double(column) * (Self.treeWidth + Self.gap) + Self.treeWidth / 2
            svg += tree(intervention, centreX: centreX, baseY: baseY)
        }
        svg += "</svg>"
        return svg
    }

    func tree(_ intervention: InterventionSection, centreX: Double, baseY: Double) -> String {
        let apexY = Self.top + 4
        let fullHeight = baseY - apexY
        let halfWidth = { (y: Double) in (y - apexY) / fullHeight * Self.treeWidth / 2 }
        var svg = "<g>"
        // Trunk.
        svg +=
            "<rect x=\"\(SVG.n(centreX - 9))\" y=\"\(SVG.n(baseY))\" width=\"18\" height=\"14\" "
            + "fill=\"\(Palette.trunk)\"/>"
        let cells = Dictionary(intervention.ratings.map { ($0.component, $0) }, uniquingKeysWith: { a, _ in a })
        for (index, component) in components.enumerated() {
            let lower = baseY - Double(index) * Self.tierHeight
            let upper = lower - Self.tierHeight
            let cell = cells[component.id]
            let outline = [
                (centreX - halfWidth(lower), lower), (centreX + halfWidth(lower), lower),
                (centreX + halfWidth(upper), upper), (centreX - halfWidth(upper), upper),
            ]
            let rated = cell?.rated ?? false
            let rating = cell?.rating ?? .unknown
            let fill = rated ? Palette.colour(rating) : "#ffffff"
            let stroke = rated ? "#ffffff" : Palette.axis
            let dash = rated ? "" : " stroke-dasharray=\"3 2\""
            let tip =
                "\(component.title): "
                + (rated ? rating.rawValue : "not rated") + (cell?.evidence.map { " — \($0)" } ?? "")
            svg +=
                "<polygon points=\"\(SVG.points(outline))\" fill=\"\(fill)\" stroke=\"\(stroke)\" "
                + "stroke-width=\"1.5\"\(dash)><title>\(SVG.escape(tip))</title></polygon>"
            let letter =
                switch (rated, rating) {
                case (false, _): "–"
                case (true, .green): "G"
                case (true, .amber): "A"
                case (true, .red): "R"
                case (true, .unknown): "?"
                }
            svg += SVG.text(
                letter, x: centreX, y: lower - Self.tierHeight / 2 + 4, anchor: "middle", size: 10, weight: "bold",
                fill: rated && rating != .amber ? "#ffffff" : Palette.ink)
        }
        // The star: the population outcome, coloured by the outcome measure.
        svg += star(centreX: centreX, centreY: apexY + 10, colour: Palette.colour(outcome.colour))
        svg += SVG.text(
            SVG.clipped(intervention.id, to: 24), x: centreX, y: baseY + 30, anchor: "middle", size: 11,
            weight: "bold")
        svg += SVG.text(
            intervention.level.rawValue, x: centreX, y: baseY + 44, anchor: "middle", size: 10, fill: Palette.muted)
        return svg + "</g>"
    }

    func star(centreX: Double, centreY: Double, colour: String) -> String {
        var points: [(Double, Double)] = []
        // A five-pointed star pointing up: outer radius 1 and inner 0.382, alternating.
        let unit: [(Double, Double)] = [
            (0, -1), (0.2245, -0.309), (0.9511, -0.309), (0.3633, 0.118), (0.5878, 0.809), (0, 0.382),
            (-0.5878, 0.809), (-0.3633, 0.118), (-0.9511, -0.309), (-0.2245, -0.309),
        ]
        for (dx, dy) in unit { points.append((centreX + dx * 12, centreY + dy * 12)) }
        return "<polygon points=\"\(SVG.points(points))\" fill=\"\(colour)\" stroke=\"\(Palette.ink)\" "
            + "stroke-width=\"1\"/>"
    }

    func description() -> String {
        let parts = interventions.map { intervention in
            let counts = Rating.allCases.compactMap { rating -> String? in
                let count = intervention.ratings.count { $0.rated && $0.rating == rating }
                return count == 0 ? nil : "\(count) \(rating.rawValue)"
            }
            return "\(intervention.id): " + (counts.isEmpty ? "not rated" : counts.joined(separator: ", "))
        }
        return "Christmas Tree ratings by intervention. " + parts.joined(separator: "; ") + "."
    }
}
