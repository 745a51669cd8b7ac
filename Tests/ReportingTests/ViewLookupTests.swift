import Mustache
import Testing

@testable import Reporting

/// The views answer templates' lookups through hand-written switches
/// (`ViewLookup.swift`) instead of reflection. These tests walk every view
/// of a full report and check that each stored property is answered, by
/// its own name, with its own value: a field added to a view and forgotten
/// in the switch would otherwise render as nothing.
@Suite struct ViewLookupTests {
    @Test(arguments: [true, false])
    func everyStoredPropertyIsAnsweredByName(charts: Bool) throws {
        var checked = Set<String>()
        for previous in [true, false] {
            let view = ReportView(try ReportFixture.report(previous: previous), charts: charts)
            try Self.check(view, path: "report", checked: &checked)
        }
        // Every view type of the report was reached at least once, so the walk
        // is not vacuous; nested types count by their own name.
        for type in [
            "ReportView", "HeadlineView", "TileView", "LifeExpectancyView", "SexRow", "PlanRow", "ExceptionView",
            "SummaryRowView", "StateView", "ChangesView", "PlanView", "MeasureView", "MilestoneView", "TreeView",
            "Column", "Row", "Cell", "Concern", "PartnerView", "RiskView", "RiskGridRow", "RiskGridCell",
            "ComponentView", "RulesView",
        ] {
            #expect(checked.contains(type), "no \(type) was checked")
        }
    }

    @Test func anUnknownNameIsNotAnswered() {
        let state = StateView("red")
        #expect(state.child(named: "colour") == nil)
        #expect(state.child(named: "state") as? String == "red")
    }

    /// Compares each field Mirror sees with the lookup's answer, then walks
    /// into the field's value (and each element of an array).
    static func check(_ value: Any, path: String, checked: inout Set<String>) throws {
        if let array = value as? [Any] {
            for (index, element) in array.enumerated() {
                try check(element, path: "\(path)[\(index)]", checked: &checked)
            }
            return
        }
        let mirror = Mirror(reflecting: value)
        if mirror.displayStyle == .optional {
            if let wrapped = mirror.children.first?.value { try check(wrapped, path: path, checked: &checked) }
            return
        }
        guard mirror.displayStyle == .struct, String(reflecting: type(of: value)).hasPrefix("Reporting.") else {
            return
        }
        let parent = try #require(value as? MustacheParent, "\(path): \(type(of: value)) answers no lookups")
        checked.insert(String(describing: type(of: value)))
        for child in mirror.children {
            let name = try #require(child.label)
            let answered = parent.child(named: name)
            let expected = unwrapped(child.value)
            let same = answered.map { String(describing: $0) } == expected.map { String(describing: $0) }
            #expect(same, "\(path).\(name) is not answered with its own value")
            try check(child.value, path: "\(path).\(name)", checked: &checked)
        }
    }

    static func unwrapped(_ value: Any) -> Any? {
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .optional else { return value }
        return mirror.children.first?.value
    }
}
