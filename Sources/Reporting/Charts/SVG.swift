import Common
import PlanModel
import Progress

/// Small helpers for writing SVG by hand: every chart is drawn by countdown
/// itself, as text, so it is the same on every machine and needs no library
/// or network. Every piece of plan text goes through `escape`.
enum SVG {
    /// Text safe inside an element or a quoted attribute.
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default:
                // Control characters other than tab and newline are not allowed in XML.
                if scalar.value < 0x20 && scalar != "\t" && scalar != "\n" {
                    result += " "
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }

    /// A coordinate to one decimal, without trailing zeros: the same text everywhere.
    static func n(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        return NumberText.format(value, decimals: 1)
    }

    /// `points="x,y x,y"` for a polyline or polygon.
    static func points(_ points: [(Double, Double)]) -> String {
        var svg = SVGBuffer(capacity: points.count * 12)
        svg.points(points)
        return svg.text
    }

    static func text(
        _ content: String, x: Double, y: Double, anchor: String = "start", size: Double = 11,
        weight: String? = nil, fill: String = Palette.ink, className: String? = nil
    ) -> String {
        var svg = SVGBuffer(capacity: 96 + content.utf8.count)
        svg.label(content, x: x, y: y, anchor: anchor, size: size, weight: weight, fill: fill, className: className)
        return svg.text
    }

    /// The opening tag of a chart that scales to its container's width.
    static func open(width: Double, height: Double, label: String, className: String) -> String {
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"\(className)\" viewBox=\"0 0 \(n(width)) \(n(height))\" "
            + "width=\"\(n(width))\" height=\"\(n(height))\" role=\"img\" aria-label=\"\(escape(label))\" "
            + "font-family=\"Helvetica, Arial, sans-serif\">"
    }

    /// Text cut to `limit` characters with an ellipsis, for labels in a fixed space.
    static func clipped(_ text: String, to limit: Int) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }
}

/// The pack's colours: the RAG colours are dark enough to carry white text
/// and differ in lightness too, so a greyscale print still tells them apart
/// (and every coloured mark also carries a word or a letter).
enum Palette {
    static let ink = "#1a1a1a"
    static let muted = "#5f6368"
    static let grid = "#e3e5e8"
    static let axis = "#9aa0a6"
    static let green = "#1e7b3c"
    static let amber = "#d98a00"
    static let red = "#b3261e"
    static let grey = "#8a8f98"
    static let expected = "#1f4e79"
    static let band = "#f6d58e"
    static let forecast = "#6b4fa0"
    static let trunk = "#7a5a44"

    static func colour(_ rag: RAG?) -> String {
        switch rag {
        case .green: green
        case .amber: amber
        case .red: red
        case nil: grey
        }
    }

    static func colour(_ rating: Rating) -> String {
        switch rating {
        case .green: green
        case .amber: amber
        case .red: red
        case .unknown: grey
        }
    }
}
