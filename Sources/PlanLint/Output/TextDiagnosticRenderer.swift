import Common
import Foundation
import PlanModel

/// Compiler-style text: the location and message, the source line with a
/// caret under the column, how to fix it, and related places.
///
///     plans/tobacco.yaml:47:5: error: unknown key 'milstones' (did you mean 'milestones'?) [unknown-key]
///        47 |     milstones:
///           |     ^
public struct TextDiagnosticRenderer: Sendable {
    public var style: TerminalStyle
    private let sources: [String: String]
    private let lineIndexes = LineIndexes()

    /// Lines are found when a diagnostic needs them, not up front: most files
    /// have none. A file's line starts are then found once, in one pass, and
    /// kept, so that no excerpt walks the file from its top.
    public init(sources: [String: String], style: TerminalStyle = .plain) {
        self.style = style
        self.sources = sources
    }

    public func render(_ diagnostic: Diagnostic) -> String {
        let label =
            switch diagnostic.severity {
            case .error: style.paint("error:", .red)
            case .warning: style.paint("warning:", .yellow)
            case .info: style.paint("info:", .cyan)
            }
        var lines = [
            "\(style.bold("\(diagnostic.location):")) \(label) \(style.bold(diagnostic.message.printable)) [\(diagnostic.rule)]"
        ]
        lines += excerpt(at: diagnostic.location)
        if let hint = diagnostic.hint {
            lines.append("\(gutter(for: diagnostic.location)) \(style.paint("=", .blue)) help: \(hint.printable)")
        }
        for note in diagnostic.notes {
            lines.append("\(style.bold("\(note.location):")) \(style.paint("note:", .cyan)) \(note.message.printable)")
            lines += excerpt(at: note.location)
        }
        return lines.joined(separator: "\n")
    }

    /// "2 errors, 1 warning in 7 files".
    public func summary(errors: Int, warnings: Int, infos: Int = 0, files: Int) -> String {
        func count(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        let info = infos > 0 ? ", \(infos) info" : ""
        let text = "\(count(errors, "error")), \(count(warnings, "warning"))\(info) in \(count(files, "file"))"
        if errors > 0 { return style.paint(text, .red) }
        return warnings > 0 ? style.paint(text, .yellow) : style.paint(text, .green)
    }

    static let maximumWidth = 120

    private func gutter(for location: SourceLocation) -> String {
        String(repeating: " ", count: max(5, String(location.line).count))
    }

    private func excerpt(at location: SourceLocation) -> [String] {
        guard let text = sources[location.file], location.line >= 1,
            let sourceLine = lineIndexes.index(of: location.file, text: text).line(location.line, of: text)
        else { return [] }
        var scalars = Array(sourceLine.replacingBOM.printable.unicodeScalars)
        var column = max(0, location.column - 1)
        // A very long line is shown as a window around the column.
        if scalars.count > Self.maximumWidth {
            let start = max(0, min(column - Self.maximumWidth / 2, scalars.count - Self.maximumWidth))
            let end = min(scalars.count, start + Self.maximumWidth)
            scalars = (start > 0 ? ["…"] : []) + scalars[start..<end] + (end < scalars.count ? ["…"] : [])
            column = column - start + (start > 0 ? 1 : 0)
        }
        var line = String.UnicodeScalarView()
        line.append(contentsOf: scalars)
        let number = String(location.line)
        let pad = gutter(for: location)
        // Keep tabs so the caret lines up with the text above it.
        let lead = scalars.prefix(column).map { $0 == "\t" ? "\t" : " " }.joined()
        return [
            String(pad.dropLast(number.count)) + style.paint(number + " |", .blue) + " " + String(line),
            pad + style.paint(" |", .blue) + " " + lead + style.paint("^", .green),
        ]
    }
}

extension StringProtocol {
    /// Text safe to print on a terminal: control characters (which could
    /// carry escape sequences from a hostile file; `ControlCharacters` says
    /// which) become U+FFFD, one character each so that the caret lines up;
    /// tabs stay.
    var printable: String {
        var result = String.UnicodeScalarView()
        for scalar in unicodeScalars {
            result.append(ControlCharacters.isControl(scalar) && scalar != "\t" ? "\u{FFFD}" : scalar)
        }
        return String(result)
    }
}

extension Substring {
    /// The source line as shown: without a byte-order mark or a trailing CR.
    fileprivate var replacingBOM: String {
        var text = self
        if text.unicodeScalars.first == "\u{FEFF}" { text = text.dropFirst() }
        return String(text)
    }
}

/// Where each line of a text starts and ends (lines end at LF, CR or CRLF,
/// as libyaml counts them): built in one pass over its characters.
struct LineIndex: Sendable {
    /// The index just past each line's last character (its line end, or the text's end).
    private var ends: [String.Index] = []
    /// The index each line starts at.
    private var starts: [String.Index] = []

    init(_ text: String) {
        var start = text.startIndex
        var index = text.startIndex
        while index < text.endIndex {
            if text[index].isNewline {
                starts.append(start)
                ends.append(index)
                start = text.index(after: index)
            }
            index = text.index(after: index)
        }
        starts.append(start)
        ends.append(text.endIndex)
    }

    func line(_ number: Int, of text: String) -> Substring? {
        guard number >= 1, number <= starts.count else { return nil }
        return text[starts[number - 1]..<ends[number - 1]]
    }
}

/// Each file's line index, made on first use; shared by the copies of a
/// renderer, whichever thread renders.
final class LineIndexes: @unchecked Sendable {
    private let lock = NSLock()
    private var indexes: [String: LineIndex] = [:]

    func index(of file: String, text: String) -> LineIndex {
        lock.withLock {
            if let index = indexes[file] { return index }
            let index = LineIndex(text)
            indexes[file] = index
            return index
        }
    }
}
