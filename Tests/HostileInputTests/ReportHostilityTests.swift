import Common
import Foundation
import PropertyBased
import Testing
import Tracking

/// Board packs are safe to open whatever the plans and countdown.yaml say:
/// plan text shows as text in HTML (`<img src=x onerror=alert(1)>` is not an
/// image), a `|` does not break a Markdown table, no CSV cell starts a
/// formula, and no file is written outside the exports folder, whatever the
/// ids or the board's name. Checked on random plans (RandomPlan's texts are
/// chosen to be hostile) beside a fixed plan and a countdown.yaml whose
/// names are hostile too.
struct ReportHostilityTests {
    static let hostileConfig = """
        schema: 1
        area: { id: testshire, name: "<script>alert('area')</script> & | =1+1" }
        comparator: England
        period: { start: 2009-04-01, end: 2011-03-31 }
        organisations:
          - { id: pct, name: "=HYPERLINK(\\"http://evil.example\\") <b>PCT</b>" }
          - { id: council, name: "| Council |" }
        boards:
          - { id: hwb, name: "../../../../tmp/escaped <img src=x onerror=alert(1)>", cadence: quarterly }

        """

    static let title = "<img src=x onerror=alert(1)> | =cmd|' /C calc'!A0"

    @Test func packsAreSafeWhateverThePlansSay() async throws {
        let fixed = try String(contentsOfFile: Paths.basePlan, encoding: .utf8).replacingOccurrences(
            of: "title: no\n", with: "title: \(PlanYAMLEmitter.doubleQuoted(Self.title))\n")
        await propertyCheck(count: 12, input: RandomPlan.generator) { plan in
            do {
                let container = try TemporaryWorkspace()
                let root = container.path + "/workspace"
                try FileManager.default.createDirectory(atPath: root + "/plans", withIntermediateDirectories: true)
                try Data(Self.hostileConfig.utf8).write(to: URL(fileURLWithPath: root + "/countdown.yaml"))
                try Data(fixed.utf8).write(to: URL(fileURLWithPath: root + "/plans/fixed.yaml"))
                try Data(PlanYAMLEmitter.emit(plan).utf8).write(to: URL(fileURLWithPath: root + "/plans/random.yaml"))
                let before = Set(try FileManager.default.subpathsOfDirectory(atPath: container.path))
                let run = try countdown.run(["report", "--as-of", "2010-03-31"], in: root)
                #expect(run.status == 0, "\(run.stderr)")
                let written = Set(try FileManager.default.subpathsOfDirectory(atPath: container.path)).subtracting(
                    before)
                let outside = written.filter {
                    !$0.hasPrefix("workspace/exports/") && !$0.hasPrefix("workspace/.countdown")
                        && $0 != "workspace/exports"
                }
                #expect(outside.isEmpty, "written outside the exports folder: \(outside.sorted())")
                let folder = root + "/exports/hwb/2010-03-31/"
                let names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
                #expect(names.count == 7, "\(names)")
                for name in names {
                    let text = try String(contentsOfFile: folder + name, encoding: .utf8)
                    if name.hasSuffix(".html") { Self.checkHTML(text) }
                    if name.hasSuffix(".md") { Self.checkMarkdown(text) }
                    if name.hasSuffix(".csv") { Self.checkCSV(text, name) }
                    if name.hasSuffix(".json") {
                        #expect((try? JSONSerialization.jsonObject(with: Data(text.utf8))) != nil, "\(name)")
                    }
                }
            } catch {
                Issue.record("the workspace could not be set up or read: \(error)")
            }
        }
    }

    /// A board that is not declared is refused; an id cannot name a path.
    @Test func aBoardOptionThatIsAPathIsRefused() throws {
        let container = try TemporaryWorkspace()
        try FileManager.default.copyItem(atPath: Paths.basePlan, toPath: container.path + "/plans/valid.yaml")
        let run = try container.run(["report", "--as-of", "2010-03-31", "--board", "../../etc"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("../../etc"), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: container.path + "/exports"))
    }

    static func checkHTML(_ html: String) {
        let lower = html.lowercased()
        #expect(!lower.contains("<script"), "a script element")
        #expect(!lower.contains("<img"), "an img element")
        #expect(!lower.contains("<iframe") && !lower.contains("javascript:"))
        #expect(lower.contains("&lt;img src=x onerror=alert(1)&gt;"), "the title is not shown as text")
        for (tag, attributes) in tags(in: html) {
            #expect(!["script", "img", "iframe", "object", "embed", "link"].contains(tag), "<\(tag)>")
            for name in attributes { #expect(!name.hasPrefix("on"), "<\(tag) \(name)=…>: an event handler") }
        }
    }

    /// Every element's name and attribute names, reading quoted values as
    /// values (a title attribute may hold the text "onerror=…", escaped).
    static func tags(in html: String) -> [(String, [String])] {
        let characters = Array(html.unicodeScalars)
        var found: [(String, [String])] = []
        var index = 0
        func word() -> String {
            var text = ""
            while index < characters.count,
                characters[index].properties.isAlphabetic || characters[index] == "-"
                    || characters[index] == ":" || ("0"..."9").contains(characters[index])
            {
                text.unicodeScalars.append(characters[index])
                index += 1
            }
            return text.lowercased()
        }
        while index < characters.count {
            guard characters[index] == "<", index + 1 < characters.count,
                characters[index + 1].properties.isAlphabetic
            else {
                index += 1
                continue
            }
            index += 1
            let name = word()
            var attributes: [String] = []
            while index < characters.count, characters[index] != ">" {
                if characters[index] == " " || characters[index] == "\n" || characters[index] == "/" {
                    index += 1
                    continue
                }
                let attribute = word()
                if attribute.isEmpty {
                    index += 1
                    continue
                }
                attributes.append(attribute)
                guard index < characters.count, characters[index] == "=" else { continue }
                index += 1
                if index < characters.count, characters[index] == "\"" || characters[index] == "'" {
                    let quote = characters[index]
                    index += 1
                    while index < characters.count, characters[index] != quote { index += 1 }
                    index += 1
                } else {
                    while index < characters.count, characters[index] != " ", characters[index] != ">" { index += 1 }
                }
            }
            found.append((name, attributes))
        }
        return found
    }

    /// Every row of a table has as many unescaped `|` as its header.
    static func checkMarkdown(_ markdown: String) {
        #expect(!markdown.contains("<img"), "raw HTML passed through")
        var expected: Int?
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            guard line.hasPrefix("|") else {
                expected = nil
                continue
            }
            var pipes = 0
            var escaped = false
            for character in line {
                if escaped {
                    escaped = false
                } else if character == "\\" {
                    escaped = true
                } else if character == "|" {
                    pipes += 1
                }
            }
            if let expected {
                #expect(pipes == expected, "a table row broke: \(line)")
            } else {
                expected = pipes
            }
        }
    }

    /// No cell would be run as a formula: none starts with `=`, `+`, `@`, a
    /// tab or a carriage return, and one starting with `-` is a number.
    static func checkCSV(_ text: String, _ name: String) {
        let rows = CSVReader(text).rows
        guard let header = rows.first else {
            Issue.record("\(name) is empty")
            return
        }
        for row in rows {
            #expect(row.fields.count == header.fields.count, "\(name):\(row.line)")
            for field in row.fields {
                guard let first = field.unicodeScalars.first else { continue }
                #expect(!["=", "+", "@", "\t", "\r"].contains(first), "\(name):\(row.line): \(field)")
                if first == "-" { #expect(Double(field) != nil, "\(name):\(row.line): \(field)") }
            }
        }
    }
}
