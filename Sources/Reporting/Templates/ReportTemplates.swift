import Foundation
import Mustache

/// The Markdown and HTML layouts: mustache templates built in, each of
/// which a workspace may replace with a file of the same name in its
/// `templates/` folder (`templates/report.html.mustache`). Templates only
/// lay out the report view; they cannot query anything.
public struct ReportTemplates: Sendable {
    /// The templates a workspace may override, by file name without `.mustache`.
    public static let names = ["report.md", "report.html", "report.css"]

    let library: MustacheLibrary
    /// The templates that came from the workspace, by name.
    public let overridden: [String]

    /// The content types the templates declare, registered once before any
    /// template is parsed (swift-mustache reads them at parse time): our
    /// Markdown escaping, and our HTML escaping in place of the library's.
    static let markdownRegistered: Bool = {
        MustacheContentTypes.register(MarkdownContentType(), named: "MARKDOWN")
        MustacheContentTypes.register(HTMLContentType(), named: "HTML")
        return true
    }()

    /// A built-in template's text, to start a workspace's own from.
    public static func builtInText(_ name: String) -> String {
        BuiltInTemplates.text(name)
    }

    /// The built-in templates.
    public static func builtIn() -> ReportTemplates {
        // The built-in templates are tested to parse; a failure here would be a bug.
        try! ReportTemplates(overrides: [:])
    }

    /// The built-in templates with `overrides` (name to template text) in their place.
    public init(overrides: [String: (text: String, file: String)]) throws(TemplateError) {
        _ = Self.markdownRegistered
        var library = MustacheLibrary()
        for name in Self.names {
            let source = overrides[name] ?? (BuiltInTemplates.text(name), "built-in \(name) template")
            do {
                try library.register(source.text, named: name)
            } catch let error as MustacheTemplate.ParserError {
                throw TemplateError(
                    file: source.file, line: error.context.lineNumber, column: error.context.columnNumber,
                    reason: Self.describe(error.error))
            } catch {
                throw TemplateError(file: source.file, line: 1, column: 1, reason: String(describing: error))
            }
        }
        self.library = library
        overridden = Self.names.filter { overrides[$0] != nil }
    }

    func render(_ view: ReportView, template name: String) -> String {
        library.render(view, withTemplate: name) ?? ""
    }

    static func describe(_ error: Error) -> String {
        guard let error = error as? MustacheTemplate.Error else { return String(describing: error) }
        switch error {
        case .sectionCloseNameIncorrect: return "a section closes with a different name than it opened with"
        case .unfinishedName: return "a tag is not finished (a missing }})"
        case .expectedSectionEnd: return "a section is not closed ({{/name}})"
        case .invalidSetDelimiter: return "a set-delimiter tag is malformed"
        case .transformAppliedToInheritanceSection: return "a transform cannot apply to an inherited section"
        case .illegalTokenInsideInheritSection: return "only blocks may appear inside an inherited partial"
        case .textInsideInheritSection: return "text may not appear inside an inherited partial"
        case .invalidConfigVariableSyntax: return "a {{% pragma }} is malformed"
        case .unrecognisedConfigVariable: return "unknown {{% pragma }} (CONTENT_TYPE: HTML, TEXT or MARKDOWN)"
        }
    }
}

/// A template that cannot be parsed, with where.
public struct TemplateError: Error, Sendable, Hashable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int
    public var reason: String
    /// `report-template`, or `unreadable-file` for a file that may not or cannot be read.
    public var rule = "report-template"

    public init(file: String, line: Int, column: Int, reason: String, rule: String = "report-template") {
        self.file = file
        self.line = line
        self.column = column
        self.reason = reason
        self.rule = rule
    }

    public var description: String { "\(file):\(line):\(column): \(reason)" }
}
