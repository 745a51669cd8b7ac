/// The headline's chart: for each sex, the plans' declared and modelled
/// contributions as bars against the target, a line, so a board sees at a
/// glance whether the plans add up.
struct ContributionChart {
    let headline: LifeExpectancyHeadline

    static let width = 620.0
    static let rowHeight = 62.0
    static let left = 90.0
    static let right = 130.0

    func render() -> String {
        let sexes = headline.sexes
        let height = 26 + Double(sexes.count) * Self.rowHeight + 18
        let largest = sexes.flatMap { [$0.target ?? 0, $0.declared, $0.modelled ?? 0] }.max() ?? 0
        let (domain, ticks) = LinearScale.nice(low: 0, high: max(largest * 1.05, 0.01), ticks: 5)
        let x = LinearScale(domain: domain, range: (Self.left, Self.width - Self.right))
        var svg = SVG.open(width: Self.width, height: height, label: description(), className: "chart contributions")
        svg += "<desc>\(SVG.escape(description()))</desc>"
        let plotBottom = height - 18
        for tick in ticks {
            svg +=
                "<line x1=\"\(SVG.n(x(tick)))\" y1=\"20\" x2=\"\(SVG.n(x(tick)))\" y2=\"\(SVG.n(plotBottom))\" "
                + "stroke=\"\(Palette.grid)\"/>"
            svg += SVG.text(
                ReportText.years(tick), x: x(tick), y: height - 4, anchor: "middle", size: 10, fill: Palette.muted)
        }
        for (row, sex) in sexes.enumerated() {
            let top = 26 + Double(row) * Self.rowHeight
            svg += SVG.text(sex.sex == "male" ? "Males" : "Females", x: 8, y: top + 24, size: 12, weight: "bold")
            svg += bar("declared", value: sex.declared, top: top + 4, x: x, colour: Palette.expected)
            if let modelled = sex.modelled {
                svg += bar("modelled", value: modelled, top: top + 26, x: x, colour: "#8fb3d9")
            }
            if let target = sex.target {
                let tx = x(target)
                svg +=
                    "<line x1=\"\(SVG.n(tx))\" y1=\"\(SVG.n(top - 2))\" x2=\"\(SVG.n(tx))\" "
                    + "y2=\"\(SVG.n(top + 48))\" stroke=\"\(Palette.red)\" stroke-width=\"2.5\"/>"
                svg += SVG.text(
                    "target \(ReportText.years(target))", x: tx + 4, y: top - 4, size: 10, weight: "bold",
                    fill: Palette.red)
            }
        }
        return svg + "</svg>"
    }

    func bar(_ label: String, value: Double, top: Double, x: LinearScale, colour: String) -> String {
        let start = x(0)
        let end = max(x(value), start + 1)
        var svg =
            "<rect x=\"\(SVG.n(start))\" y=\"\(SVG.n(top))\" width=\"\(SVG.n(end - start))\" height=\"18\" "
            + "fill=\"\(colour)\"/>"
        // Values in a column of their own at the right, clear of the bars and the target line.
        svg += SVG.text(
            "\(label) \(ReportText.years(value))", x: Self.width - Self.right + 10, y: top + 13, size: 11,
            fill: Palette.ink)
        return svg
    }

    func description() -> String {
        let parts = headline.sexes.map { sex in
            var text = "\(sex.sex): declared \(ReportText.years(sex.declared))"
            if let modelled = sex.modelled { text += ", modelled \(ReportText.years(modelled))" }
            if let target = sex.target { text += " against a target of \(ReportText.years(target))" }
            return text
        }
        return "Contributions to closing the life-expectancy gap, in years: " + parts.joined(separator: "; ") + "."
    }
}
