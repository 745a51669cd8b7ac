/// The key to the trajectory charts, drawn once per pack.
enum ChartLegend {
    static func svg() -> String {
        var svg = SVG.open(width: 760, height: 26, label: "Chart key", className: "chart legend")
        var x = 4.0
        func item(_ mark: String, _ label: String, width: Double) {
            svg += mark
            svg += SVG.text(label, x: x + 26, y: 17, size: 11, fill: Palette.muted)
            x += width
        }
        item(
            "<line x1=\"\(SVG.n(x))\" y1=\"13\" x2=\"\(SVG.n(x + 20))\" y2=\"13\" stroke=\"\(Palette.expected)\" "
                + "stroke-width=\"2\"/>", "expected", width: 92)
        item(
            "<rect x=\"\(SVG.n(x))\" y=\"7\" width=\"20\" height=\"12\" fill=\"\(Palette.band)\" "
                + "fill-opacity=\"0.6\"/>", "tolerance (amber)", width: 138)
        item(
            "<circle cx=\"\(SVG.n(x + 10))\" cy=\"13\" r=\"4\" fill=\"#ffffff\" stroke=\"\(Palette.ink)\" "
                + "stroke-width=\"1.5\"/>", "actual", width: 76)
        item(
            "<line x1=\"\(SVG.n(x))\" y1=\"13\" x2=\"\(SVG.n(x + 20))\" y2=\"13\" stroke=\"\(Palette.forecast)\" "
                + "stroke-width=\"1.5\" stroke-dasharray=\"6 4\"/>", "forecast", width: 90)
        item(
            "<rect x=\"\(SVG.n(x + 5))\" y=\"8\" width=\"10\" height=\"10\" transform=\"rotate(45 \(SVG.n(x + 10)) 13)\" "
                + "fill=\"#ffffff\" stroke=\"\(Palette.expected)\" stroke-width=\"2\"/>", "target", width: 74)
        item(
            "<line x1=\"\(SVG.n(x + 10))\" y1=\"3\" x2=\"\(SVG.n(x + 10))\" y2=\"23\" stroke=\"\(Palette.ink)\" "
                + "stroke-dasharray=\"2 3\"/>", "as-of date", width: 96)
        item(
            "<circle cx=\"\(SVG.n(x + 10))\" cy=\"13\" r=\"5.5\" fill=\"\(Palette.red)\" stroke=\"\(Palette.ink)\" "
                + "stroke-width=\"1.5\"/>", "latest, coloured by status", width: 180)
        return svg + "</svg>"
    }
}
