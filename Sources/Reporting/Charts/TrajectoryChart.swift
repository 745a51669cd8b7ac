import PlanModel
import Progress

/// A measure's trajectory as SVG: the expected line (baseline through the
/// trajectory to the target) with its tolerance band on the worse side,
/// the actuals (the latest coloured by its judgement), the forecast as a
/// dashed line to the target date, the target, and the as-of date.
///
/// The band is drawn where the judgement puts amber: between the expected
/// value and the expected value plus the tolerance, on the side that is
/// worse. A chart and the status can therefore never disagree.
struct TrajectoryChart {
    let measure: MeasureSection
    let asOf: Day

    static let width = 560.0
    static let height = 230.0
    static let left = 58.0
    static let right = 18.0
    static let top = 22.0
    static let bottom = 34.0

    func render() -> String {
        let progress = measure.progress
        let path = ExpectedPath(points: progress.path)
        let firstDay = ([measure.baseline.date] + progress.actuals.map(\.date)).min() ?? measure.baseline.date
        let lastDay = [progress.target.date, asOf, progress.actuals.last?.date ?? asOf].max() ?? asOf
        let days = (firstDay.adding(days: -10), lastDay.adding(days: 20))
        let x = LinearScale(
            domain: (Double(days.0.daysSinceEpoch), Double(days.1.daysSinceEpoch)),
            range: (Self.left, Self.width - Self.right))
        let xOf = { (day: Day) in x(Double(day.daysSinceEpoch)) }

        // The expected line and its band, at every bend and at both ends.
        var bends = [days.0] + progress.path.map(\.date).filter { $0 > days.0 && $0 < days.1 } + [days.1]
        bends = Array(Set(bends)).sorted()
        let worse = progress.better == .lower ? 1.0 : -1.0
        let expected = bends.map { (day: $0, value: path.expectedValue(at: $0)) }
        let edge = expected.map { point in
            (day: point.day, value: point.value + worse * (measure.tolerance?.width(around: point.value) ?? 0))
        }
        let forecast = forecastLine()
        var values = expected.map(\.value) + edge.map(\.value) + progress.actuals.map(\.value)
        values += forecast.map { [$0.0.value, $0.1.value] } ?? []
        let (domain, ticks) = LinearScale.nice(low: values.min() ?? 0, high: values.max() ?? 1)
        let y = LinearScale(domain: domain, range: (Self.height - Self.bottom, Self.top))

        let description = description()
        var svg = SVG.open(width: Self.width, height: Self.height, label: description, className: "chart trajectory")
        svg.reserveCapacity(2048 + progress.actuals.count * 120)
        svg += "<title>\(SVG.escape(progress.title))</title>"
        svg += "<desc>\(SVG.escape(description))</desc>"
        svg += grid(x: xOf, y: y, ticks: ticks, from: days.0, to: days.1)
        if measure.tolerance != nil {
            let outline =
                expected.map { (xOf($0.day), y($0.value)) } + edge.reversed().map { (xOf($0.day), y($0.value)) }
            svg += "<polygon points=\"\(SVG.points(outline))\" fill=\"\(Palette.band)\" fill-opacity=\"0.6\"/>"
        }
        svg +=
            "<polyline points=\"\(SVG.points(expected.map { (xOf($0.day), y($0.value)) }))\" fill=\"none\" "
            + "stroke=\"\(Palette.expected)\" stroke-width=\"2\"/>"
        // As-of line.
        let asOfX = xOf(asOf)
        svg +=
            "<line x1=\"\(SVG.n(asOfX))\" y1=\"\(SVG.n(Self.top))\" x2=\"\(SVG.n(asOfX))\" "
            + "y2=\"\(SVG.n(Self.height - Self.bottom))\" stroke=\"\(Palette.ink)\" stroke-width=\"1\" "
            + "stroke-dasharray=\"2 3\"/>"
        svg += SVG.text(
            "as of " + ReportText.date(asOf), x: asOfX, y: Self.top - 8, anchor: "middle", size: 10, fill: Palette.ink)
        if let forecast {
            svg +=
                "<line x1=\"\(SVG.n(xOf(forecast.0.day)))\" y1=\"\(SVG.n(y(forecast.0.value)))\" "
                + "x2=\"\(SVG.n(xOf(forecast.1.day)))\" y2=\"\(SVG.n(y(forecast.1.value)))\" "
                + "stroke=\"\(Palette.forecast)\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\"/>"
        }
        // Target.
        let target = (xOf(progress.target.date), y(progress.target.value))
        svg +=
            "<rect x=\"\(SVG.n(target.0 - 5))\" y=\"\(SVG.n(target.1 - 5))\" width=\"10\" height=\"10\" "
            + "transform=\"rotate(45 \(SVG.n(target.0)) \(SVG.n(target.1)))\" fill=\"#ffffff\" "
            + "stroke=\"\(Palette.expected)\" stroke-width=\"2\"/>"
        svg += actuals(x: xOf, y: y)
        svg += "</svg>"
        return svg
    }

    /// The forecast from the first actual's date to the target date.
    func forecastLine() -> ((day: Day, value: Double), (day: Day, value: Double))? {
        let progress = measure.progress
        guard let forecast = progress.forecast, let first = progress.actuals.first?.date else { return nil }
        let start = forecast.valueAtTarget + forecast.slopePerDay * Double(progress.target.date.days(to: first))
        return ((first, start), (progress.target.date, forecast.valueAtTarget))
    }

    func actuals(x: (Day) -> Double, y: LinearScale) -> String {
        let progress = measure.progress
        guard !progress.actuals.isEmpty else { return "" }
        var svg = ""
        if progress.actuals.count > 1 {
            svg +=
                "<polyline points=\"\(SVG.points(progress.actuals.map { (x($0.date), y($0.value)) }))\" "
                + "fill=\"none\" stroke=\"\(Palette.ink)\" stroke-width=\"1.5\"/>"
        }
        // A chart per measure and an actual per month: tens of thousands of
        // circles in a board's pack, so each is appended piece by piece.
        for (index, actual) in progress.actuals.enumerated() {
            let isLatest = index == progress.actuals.count - 1
            let fill = isLatest ? Palette.colour(progress.state.colour) : "#ffffff"
            svg.append("<circle cx=\"")
            svg.append(SVG.n(x(actual.date)))
            svg.append("\" cy=\"")
            svg.append(SVG.n(y(actual.value)))
            svg.append(isLatest ? "\" r=\"5.5\" fill=\"" : "\" r=\"3.5\" fill=\"")
            svg.append(progress.state == .stale && isLatest ? Palette.grey : fill)
            svg.append("\" stroke=\"")
            svg.append(Palette.ink)
            svg.append("\" stroke-width=\"1.5\"/>")
        }
        return svg
    }

    /// Horizontal gridlines with values, and the financial years along the bottom.
    func grid(x: (Day) -> Double, y: LinearScale, ticks: [Double], from: Day, to: Day) -> String {
        let plotLeft = Self.left
        let plotRight = Self.width - Self.right
        let plotBottom = Self.height - Self.bottom
        var svg = ""
        for tick in ticks {
            let ty = y(tick)
            svg +=
                "<line x1=\"\(SVG.n(plotLeft))\" y1=\"\(SVG.n(ty))\" x2=\"\(SVG.n(plotRight))\" y2=\"\(SVG.n(ty))\" "
                + "stroke=\"\(Palette.grid)\" stroke-width=\"1\"/>"
            svg += SVG.text(
                ReportText.number(tick), x: plotLeft - 6, y: ty + 3.5, anchor: "end", size: 10, fill: Palette.muted)
        }
        svg +=
            "<line x1=\"\(SVG.n(plotLeft))\" y1=\"\(SVG.n(plotBottom))\" x2=\"\(SVG.n(plotRight))\" "
            + "y2=\"\(SVG.n(plotBottom))\" stroke=\"\(Palette.axis)\" stroke-width=\"1\"/>"
        // Quarter ticks, and each financial year's label centred on its visible part.
        var quarter = FinancialQuarter(containing: from)
        while quarter.start <= to {
            if quarter.start >= from {
                let qx = x(quarter.start)
                let major = quarter.quarter == 1
                svg +=
                    "<line x1=\"\(SVG.n(qx))\" y1=\"\(SVG.n(plotBottom))\" x2=\"\(SVG.n(qx))\" "
                    + "y2=\"\(SVG.n(plotBottom + (major ? 8 : 4)))\" stroke=\"\(Palette.axis)\" stroke-width=\"1\"/>"
            }
            if quarter.quarter == 1 || quarter.start <= from {
                let yearStart = max(FinancialQuarter(startYear: quarter.startYear, quarter: 1).start, from)
                let yearEnd = min(FinancialQuarter(startYear: quarter.startYear, quarter: 4).end, to)
                if yearStart.days(to: yearEnd) > 60 {
                    svg += SVG.text(
                        quarter.financialYear, x: (x(yearStart) + x(yearEnd)) / 2, y: plotBottom + 20,
                        anchor: "middle", size: 10, fill: Palette.muted)
                }
            }
            quarter = FinancialQuarter(containing: quarter.end.adding(days: 1))
        }
        return svg
    }

    /// What the chart shows, in words, for screen readers and tooltips.
    func description() -> String {
        let progress = measure.progress
        let unit = progress.unit
        var text = "\(progress.title): expected line to \(ReportText.quantity(progress.target.value, unit: unit))"
        text += " by \(ReportText.date(progress.target.date))"
        if let latest = progress.latest {
            text +=
                "; latest \(ReportText.quantity(latest.judgement.value, unit: unit)) on "
                + "\(ReportText.date(latest.date)) against \(ReportText.number(latest.judgement.expected)) expected"
        }
        if let forecast = progress.forecast {
            text += "; forecast \(ReportText.number(forecast.valueAtTarget)) at the target date"
        }
        return text + "."
    }
}
