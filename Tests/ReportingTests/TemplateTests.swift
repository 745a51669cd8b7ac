import Foundation
import Testing
import Workbench

@testable import Reporting

/// Layouts come from templates a workspace may replace.
struct TemplateTests {
    @Test func theBuiltInTemplatesParse() throws {
        let templates = try ReportTemplates(overrides: [:])
        #expect(templates.overridden.isEmpty)
        for name in ReportTemplates.names { #expect(!ReportTemplates.builtInText(name).isEmpty) }
    }

    @Test func aWorkspaceTemplateReplacesTheBuiltInOne() throws {
        let folder = try Self.folder([
            "report.md.mustache":
                "{{% CONTENT_TYPE: MARKDOWN }}\n# {{boardName}}\n{{#summary}}- {{title}}\n{{/summary}}",
            "notes.txt": "not a template",
            "extra.mustache": "unknown",
        ])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let (templates, unknown) = try ReportTemplates.load(folder: folder, display: { $0 })
        #expect(templates.overridden == ["report.md"])
        #expect(unknown == [folder + "/extra.mustache"])
        let markdown = ReportRenderer(templates: templates).markdown(try ReportFixture.report())
        #expect(markdown.hasPrefix("# Health \\| Wellbeing &lt;Board&gt;\n"))
        #expect(markdown.contains("- &lt;script&gt;"))
        // The HTML layout is still the built-in one.
        #expect(ReportRenderer(templates: templates).html(try ReportFixture.report()).contains("<h1>Delivery plans"))
    }

    @Test func aBrokenTemplateIsReportedWithItsLine() throws {
        let folder = try Self.folder(["report.html.mustache": "<p>\n{{#plans}}\n{{title}}\n"])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect {
            _ = try ReportTemplates.load(folder: folder, display: { ($0 as NSString).lastPathComponent })
        } throws: { error in
            guard let error = error as? TemplateError else { return false }
            return error.file == "report.html.mustache" && error.reason.contains("not closed") && error.line >= 1
        }
    }

    @Test func anHTMLTemplateEscapesPlanTextByDefault() throws {
        let folder = try Self.folder(["report.html.mustache": "{{#summary}}<li>{{title}}</li>{{/summary}}"])
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let templates = try ReportTemplates.load(folder: folder, display: { $0 }).templates
        let html = ReportRenderer(templates: templates).html(try ReportFixture.report())
        #expect(!html.contains("<script"))
        #expect(html.contains("<li>&lt;script&gt;"))
    }

    static func folder(_ files: [String: String]) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("countdown-templates-\(UUID())").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for (name, text) in files { try Data(text.utf8).write(to: URL(fileURLWithPath: folder + "/" + name)) }
        return folder
    }
}
