import Foundation
import PlanLoading
import TestSupport
import Testing

@testable import PlanLint

/// Files generated from the code are committed; these tests fail when one is
/// stale. Regenerate deliberately with RECORD_SNAPSHOTS=1 swift test.
struct GeneratedFilesTests {
    static let repository = URL(fileURLWithPath: SourceTree.root)

    func check(_ relativePath: String, _ generated: String) throws {
        let url = Self.repository.appendingPathComponent(relativePath)
        if ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" {
            try Data(generated.utf8).write(to: url, options: .atomic)
        }
        let committed = try String(contentsOf: url, encoding: .utf8)
        #expect(
            committed == generated,
            Comment(
                rawValue: "\(relativePath) is stale: run `swift run countdown rules --format md > docs/rules.md` "
                    + "and `swift run countdown schema --out schema`, or RECORD_SNAPSHOTS=1 swift test"))
    }

    @Test func theRuleReferenceIsCurrent() throws {
        try check("docs/rules.md", RuleReference.markdown())
    }

    @Test(arguments: JSONSchemaGenerator.Document.allCases)
    func theJSONSchemaIsCurrent(_ document: JSONSchemaGenerator.Document) throws {
        try check("schema/\(document.fileName)", JSONSchemaGenerator.generate(document))
    }
}
