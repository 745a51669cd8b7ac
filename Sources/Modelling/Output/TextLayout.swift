/// Plain-text layout for reports: aligned columns and wrapped paragraphs,
/// with no trailing spaces.
enum TextLayout {
    enum Alignment {
        case left, right
    }

    /// `text` padded on the left to `width` characters.
    static func right(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }

    /// `text` padded on the right to `width` characters.
    static func left(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - text.count))
    }

    /// Rows as aligned columns two spaces apart, each column as wide as its
    /// widest cell, indented by `indent`.
    static func table(_ rows: [[String]], alignments: [Alignment], indent: String = "  ") -> [String] {
        var widths: [Int] = []
        for row in rows {
            for (index, cell) in row.enumerated() {
                if index < widths.count {
                    widths[index] = max(widths[index], cell.count)
                } else {
                    widths.append(cell.count)
                }
            }
        }
        return rows.map { row in
            let cells = row.enumerated().map { index, cell in
                let alignment = index < alignments.count ? alignments[index] : .left
                return alignment == .left ? left(cell, widths[index]) : right(cell, widths[index])
            }
            return (indent + cells.joined(separator: "  ")).trimmingTrailingSpaces
        }
    }

    /// `text` broken into lines of at most `width` characters at spaces.
    static func wrap(_ text: String, width: Int = 100) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty, line.count + 1 + word.count > width {
                lines.append(line)
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }
}

extension String {
    /// Without spaces at the end, so aligned tables leave no trailing blanks.
    var trimmingTrailingSpaces: String {
        var text = self
        while text.hasSuffix(" ") { text.removeLast() }
        return text
    }
}
