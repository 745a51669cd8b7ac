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
        var svg = SVGBuffer(capacity: 4096 + progress.actuals.count * 120)
        svg.raw(SVG.open(width: Self.width, height: Self.height, label: description, className: "chart trajectory"))
        svg.raw("<title>")
        svg.escaped(progress.title)
        svg.raw("</title><desc>")
        svg.escaped(description)
        svg.raw("</desc>")
        grid(into: &svg, x: xOf, y: y, ticks: ticks, from: days.0, to: days.1)
        if measure.tolerance != nil {
            let outline =
                expected.map { (xOf($0.day), y($0.value)) } + edge.reversed().map { (xOf($0.day), y($0.value)) }
            svg.raw("<polygon points=\"")
            svg.points(outline)
            svg.raw("\" fill=\"")
            svg.raw(Palette.band)
            svg.raw("\" fill-opacity=\"0.6\"/>")
        }
        svg.raw("<polyline points=\"")
        svg.points(expected.map { (xOf($0.day), y($0.value)) })
        svg.raw("\" fill=\"none\" stroke=\"")
        svg.raw(Palette.expected)
        svg.raw("\" stroke-width=\"2\"/>")
        // As-of line.
        let asOfX = xOf(asOf)
        svg.line(asOfX, Self.top, asOfX, Self.height - Self.bottom, "stroke=\"")
        svg.raw(Palette.ink)
        svg.raw("\" stroke-width=\"1\" stroke-dasharray=\"2 3\"/>")
        svg.label("as of " + ReportText.date(asOf), x: asOfX, y: Self.top - 8, anchor: "middle", size: 10)
        if let forecast {
            svg.line(
                xOf(forecast.0.day), y(forecast.0.value), xOf(forecast.1.day), y(forecast.1.value), "stroke=\"")
            svg.raw(Palette.forecast)
            svg.raw("\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\"/>")
        }
        // Target.
        let target = (xOf(progress.target.date), y(progress.target.value))
        svg.raw("<rect x=\"")
        svg.number(target.0 - 5)
        svg.raw("\" y=\"")
        svg.number(target.1 - 5)
        svg.raw("\" width=\"10\" height=\"10\" transform=\"rotate(45 ")
        svg.number(target.0)
        svg.raw(" ")
        svg.number(target.1)
        svg.raw(")\" fill=\"#ffffff\" stroke=\"")
        svg.raw(Palette.expected)
        svg.raw("\" stroke-width=\"2\"/>")
        actuals(into: &svg, x: xOf, y: y)
        svg.raw("</svg>")
        return svg.text
    }

    /// The forecast from the first actual's date to the target date.
    func forecastLine() -> ((day: Day, value: Double), (day: Day, value: Double))? {
        let progress = measure.progress
        guard let forecast = progress.forecast, let first = progress.actuals.first?.date else { return nil }
        let start = forecast.valueAtTarget + forecast.slopePerDay * Double(progress.target.date.days(to: first))
        return ((first, start), (progress.target.date, forecast.valueAtTarget))
    }

    func actuals(into svg: inout SVGBuffer, x: (Day) -> Double, y: LinearScale) {
        let progress = measure.progress
        guard !progress.actuals.isEmpty else { return }
        if progress.actuals.count > 1 {
            svg.raw("<polyline points=\"")
            svg.points(progress.actuals.map { (x($0.date), y($0.value)) })
            svg.raw("\" fill=\"none\" stroke=\"")
            svg.raw(Palette.ink)
            svg.raw("\" stroke-width=\"1.5\"/>")
        }
        for (index, actual) in progress.actuals.enumerated() {
            let isLatest = index == progress.actuals.count - 1
            let fill = isLatest ? Palette.colour(progress.state.colour) : "#ffffff"
            svg.raw("<circle cx=\"")
            svg.number(x(actual.date))
            svg.raw("\" cy=\"")
            svg.number(y(actual.value))
            svg.raw(isLatest ? "\" r=\"5.5\" fill=\"" : "\" r=\"3.5\" fill=\"")
            svg.raw(progress.state == .stale && isLatest ? Palette.grey : fill)
            svg.raw("\" stroke=\"")
            svg.raw(Palette.ink)
            svg.raw("\" stroke-width=\"1.5\"/>")
        }
    }

    /// Horizontal gridlines with values, and the financial years along the bottom.
    func grid(into svg: inout SVGBuffer, x: (Day) -> Double, y: LinearScale, ticks: [Double], from: Day, to: Day) {
        let plotLeft = Self.left
        let plotRight = Self.width - Self.right
        let plotBottom = Self.height - Self.bottom
        for tick in ticks {
            let ty = y(tick)
            svg.line(plotLeft, ty, plotRight, ty, "stroke=\"")
            svg.raw(Palette.grid)
            svg.raw("\" stroke-width=\"1\"/>")
            svg.label(
                ReportText.number(tick), x: plotLeft - 6, y: ty + 3.5, anchor: "end", size: 10, fill: Palette.muted)
        }
        svg.line(plotLeft, plotBottom, plotRight, plotBottom, "stroke=\"")
        svg.raw(Palette.axis)
        svg.raw("\" stroke-width=\"1\"/>")
        // Quarter ticks, and each financial year's label centred on its visible part.
        var quarter = FinancialQuarter(containing: from)
        while quarter.start <= to {
            if quarter.start >= from {
                let qx = x(quarter.start)
                let major = quarter.quarter == 1
                svg.line(qx, plotBottom, qx, plotBottom + (major ? 8 : 4), "stroke=\"")
                svg.raw(Palette.axis)
                svg.raw("\" stroke-width=\"1\"/>")
            }
            if quarter.quarter == 1 || quarter.start <= from {
                let yearStart = max(FinancialQuarter(startYear: quarter.startYear, quarter: 1).start, from)
                let yearEnd = min(FinancialQuarter(startYear: quarter.startYear, quarter: 4).end, to)
                if yearStart.days(to: yearEnd) > 60 {
                    svg.label(
                        quarter.financialYear, x: (x(yearStart) + x(yearEnd)) / 2, y: plotBottom + 20,
                        anchor: "middle", size: 10, fill: Palette.muted)
                }
            }
            quarter = FinancialQuarter(containing: quarter.end.adding(days: 1))
        }
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
