import Common
import Progress

/// An SVG drawing written as bytes: a board pack at national scale draws
/// hundreds of trajectory charts with tens of thousands of points, so no
/// number becomes a `String` of its own. Writes exactly what the `SVG` helpers write.
struct SVGBuffer {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Markup or an attribute value countdown wrote itself (no plan text).
    mutating func raw(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    /// Plan text, escaped as `SVG.escape` does.
    mutating func escaped(_ text: String) {
        bytes.append(contentsOf: SVG.escape(text).utf8)
    }

    /// A coordinate, as `SVG.n`: one decimal at most, `0` when not finite.
    mutating func number(_ value: Double) {
        guard value.isFinite else {
            bytes.append(0x30)
            return
        }
        NumberText.append(value, decimals: 1, to: &bytes)
    }

    /// `x,y x,y` (`SVG.points` is this, as a string).
    mutating func points(_ points: [(Double, Double)]) {
        for (index, point) in points.enumerated() {
            if index > 0 { bytes.append(0x20) }
            number(point.0)
            bytes.append(0x2C)
            number(point.1)
        }
    }

    /// A line from one point to another, its attributes after the coordinates.
    mutating func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double, _ attributes: String) {
        raw("<line x1=\"")
        number(x1)
        raw("\" y1=\"")
        number(y1)
        raw("\" x2=\"")
        number(x2)
        raw("\" y2=\"")
        number(y2)
        raw("\" ")
        raw(attributes)
    }

    /// A text label (`SVG.text` is this, as a string).
    mutating func label(
        _ content: String, x: Double, y: Double, anchor: String = "start", size: Double = 11,
        weight: String? = nil, fill: String = Palette.ink, className: String? = nil
    ) {
        raw("<text x=\"")
        number(x)
        raw("\" y=\"")
        number(y)
        raw("\" font-size=\"")
        number(size)
        raw("\" fill=\"")
        raw(fill)
        raw("\"")
        if anchor != "start" {
            raw(" text-anchor=\"")
            raw(anchor)
            raw("\"")
        }
        if let weight {
            raw(" font-weight=\"")
            raw(weight)
            raw("\"")
        }
        if let className {
            raw(" class=\"")
            raw(className)
            raw("\"")
        }
        raw(">")
        escaped(content)
        raw("</text>")
    }
}
