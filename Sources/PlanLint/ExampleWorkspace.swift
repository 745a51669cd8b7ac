import PlanModel

/// The small workspace every rule example is merged into: a plan that
/// passes every rule, so that an example shows one rule at a time. Used by
/// the rule tests and by `countdown explain`.
public enum ExampleWorkspace {
    /// A text file with the position of the example's marker, if it has one.
    public struct Rendered: Sendable {
        public var config: String
        public var plan: String
        /// The marker's place: `countdown.yaml` or `plans/example.yaml`, line and column.
        public var marker: SourceLocation?
    }

    public static let planFile = "plans/example.yaml"
    public static let configFile = "countdown.yaml"

    public static func render(_ example: RuleExample? = nil) -> Rendered {
        let fragment = example.map { Fragment($0.yaml) }
        func merged(_ base: [Entry], at place: RuleExample.Place) -> [Entry] {
            guard let fragment, example?.place == place else { return base }
            return fragment.merged(into: base)
        }
        let objective = merged(baseObjective, at: .objective)
        var intervention = merged(baseIntervention, at: .intervention)
        intervention = intervention.map { entry in
            guard entry.key == "objectives", !(example?.place == .intervention && fragment?.has("objectives") == true)
            else { return entry }
            return Entry(key: "objectives", lines: [Line("objectives:")] + listItem(objective, indent: 2))
        }
        var plan = merged(basePlan, at: .plan)
        plan = plan.map { entry in
            guard entry.key == "interventions", !(example?.place == .plan && fragment?.has("interventions") == true)
            else { return entry }
            return Entry(
                key: "interventions",
                lines: [Line("interventions:")] + listItem(intervention, indent: 2)
                    + listItem(secondIntervention, indent: 2))
        }
        let config = merged(baseConfig, at: .workspace)
        let planLines = plan.flatMap(\.lines)
        let configLines = config.flatMap(\.lines)
        var marker: SourceLocation?
        for (file, lines) in [(planFile, planLines), (configFile, configLines)] {
            if let index = lines.firstIndex(where: { $0.marker != nil }), let column = lines[index].marker {
                marker = SourceLocation(file: file, line: index + 1, column: column + 1)
            }
        }
        return Rendered(
            config: configLines.map(\.text).joined(separator: "\n") + "\n",
            plan: planLines.map(\.text).joined(separator: "\n") + "\n", marker: marker)
    }

    /// A mapping rendered as a list item: `- ` before the first key.
    private static func listItem(_ entries: [Entry], indent: Int) -> [Line] {
        entries.flatMap(\.lines).enumerated().map { index, line in
            line.indented(by: indent + 2, prefix: index == 0 ? String(repeating: " ", count: indent) + "- " : nil)
        }
    }

    // MARK: - Text with a tracked marker

    struct Line {
        var text: String
        /// 0-based column of the marker in `text`.
        var marker: Int?

        init(_ raw: String) {
            if let index = raw.firstIndex(of: RuleExample.marker) {
                marker = raw.distance(from: raw.startIndex, to: index)
                text = raw.replacingCharacters(at: index)
            } else {
                text = raw
            }
        }

        func indented(by count: Int, prefix: String? = nil) -> Line {
            var line = self
            let lead = prefix ?? String(repeating: " ", count: count)
            line.text = lead + text
            line.marker = marker.map { $0 + lead.count }
            return line
        }
    }

    struct Entry {
        var key: String
        var lines: [Line]
    }

    /// A YAML fragment split at its top-level keys.
    struct Fragment {
        var entries: [Entry] = []

        init(_ text: String) {
            for raw in text.split(separator: "\n", omittingEmptySubsequences: false) where !raw.isEmpty {
                let line = Line(String(raw))
                if let first = line.text.first, first != " ", first != "-", let colon = line.text.firstIndex(of: ":") {
                    entries.append(Entry(key: String(line.text[..<colon]), lines: [line]))
                } else if !entries.isEmpty {
                    entries[entries.count - 1].lines.append(line)
                }
            }
        }

        func has(_ key: String) -> Bool { entries.contains { $0.key == key } }

        /// The base with this fragment's keys replacing or added to it;
        /// a key written as `key: ~DELETE` removes it.
        func merged(into base: [Entry]) -> [Entry] {
            var result = base
            for entry in entries {
                let remove = entry.lines.first?.text.hasSuffix("~DELETE") == true
                if let index = result.firstIndex(where: { $0.key == entry.key }) {
                    if remove { result.remove(at: index) } else { result[index] = entry }
                } else if !remove {
                    result.append(entry)
                }
            }
            return result
        }
    }

    static func entries(_ text: String) -> [Entry] { Fragment(text).entries }
}

extension String {
    fileprivate func replacingCharacters(at index: Index) -> String {
        String(self[..<index]) + String(self[self.index(after: index)...])
    }
}
