import PlanModel

/// One file of a pack: its name inside the board's folder, and its text.
public struct RenderedFile: Sendable, Hashable {
    public var name: String
    public var text: String

    public init(name: String, text: String) {
        self.name = name
        self.text = text
    }
}

/// Renders a report in the formats asked for. Every renderer is a view of
/// the one model: no renderer reads a store, a file or a clock.
public struct ReportRenderer: Sendable {
    public var templates: ReportTemplates

    public init(templates: ReportTemplates = .builtIn()) {
        self.templates = templates
    }

    /// The files, named from the board and date (`awhb-2010-03-31.html`),
    /// in format order.
    public func render(_ report: BoardReport, formats: [ReportFormat]) -> [RenderedFile] {
        let stem = ExportLocation.fileStem(board: report.board.id, asOf: report.asOf)
        var files: [RenderedFile] = []
        for format in formats.sorted() {
            switch format {
            case .markdown:
                files.append(RenderedFile(name: "\(stem).md", text: markdown(report)))
            case .html:
                files.append(RenderedFile(name: "\(stem).html", text: html(report)))
            case .json:
                files.append(RenderedFile(name: "\(stem).json", text: JSONReportRenderer.render(report)))
            case .csv:
                for (kind, text) in CSVReportRenderer.render(report) {
                    files.append(RenderedFile(name: "\(stem)-\(kind.rawValue).csv", text: text))
                }
            }
        }
        return files
    }

    public func markdown(_ report: BoardReport) -> String {
        Self.tidy(templates.render(ReportView(report, charts: false), template: "report.md"))
    }

    public func html(_ report: BoardReport) -> String {
        Self.tidy(templates.render(ReportView(report, charts: true), template: "report.html"))
    }

    /// At most one blank line in a row and exactly one line end at the end,
    /// whatever a template's sections leave behind; spaces at line ends go.
    /// A control character that reached a value (a tampered store: lint and
    /// import refuse them) is written `U+001B`, so a pack never carries one.
    /// Works on the UTF-8 bytes in one pass: an HTML pack is megabytes of SVG.
    static func tidy(_ text: String) -> String {
        // As an array, so that each line is copied in one piece (a slice of a String's bytes is not).
        let bytes = Array(text.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + 1)
        var lineStart = 0
        // Whether the last line written was blank (or nothing is written yet).
        var afterBlank = true
        var pendingBlank = false
        while lineStart <= bytes.count {
            var lineEnd = lineStart
            // A control character: C0 but tab, DEL, C1 (C2 80–9F), U+2028–202E (E2 80 A8–AE) or U+2066–2069 (E2 81 A6–A9).
            // One test a byte here (ASCII text, nearly all of a pack, passes it); a line that fails it
            // is looked at closely below.
            var unusual = false
            while lineEnd < bytes.count && bytes[lineEnd] != 0x0A {
                let byte = bytes[lineEnd]
                unusual = unusual || byte < 0x20 || byte >= 0x7F
                lineEnd += 1
            }
            var suspect = false
            if unusual {
                var index = lineStart
                while index < lineEnd && !suspect {
                    suspect = Self.startsControl(bytes, at: index)
                    index += 1
                }
            }
            var contentEnd = lineEnd
            while contentEnd > lineStart && bytes[contentEnd - 1] == 0x20 { contentEnd -= 1 }
            if contentEnd == lineStart {
                if !afterBlank { pendingBlank = true }
                afterBlank = true
            } else {
                if pendingBlank { output.append(0x0A) }
                pendingBlank = false
                if suspect {
                    let line = String(decoding: bytes[lineStart..<contentEnd], as: UTF8.self)
                    output.append(contentsOf: ControlCharacters.neutralised(line).utf8)
                } else {
                    output.append(contentsOf: bytes[lineStart..<contentEnd])
                }
                output.append(0x0A)
                afterBlank = false
            }
            lineStart = lineEnd + 1
        }
        if output.isEmpty { output.append(0x0A) }
        return String(decoding: output, as: UTF8.self)
    }

    /// Whether the UTF-8 at `index` is a character `ControlCharacters.neutralised` rewrites.
    @inline(__always)
    static func startsControl(_ bytes: [UInt8], at index: Int) -> Bool {
        let byte = bytes[index]
        if byte < 0x20 { return byte != 0x09 }
        if byte == 0x7F { return true }
        guard index + 1 < bytes.count else { return false }
        let second = bytes[index + 1]
        if byte == 0xC2 { return (0x80...0x9F).contains(second) }
        guard index + 2 < bytes.count else { return false }
        let third = bytes[index + 2]
        return (second == 0x80 && (0xA8...0xAE).contains(third)) || (second == 0x81 && (0xA6...0xA9).contains(third))
    }
}
