import PlanModel
import TestSupport
import Tracking

/// Writes a plan model back as a plan file, for the round-trip property
/// (load → model → YAML → load gives the same model).
///
/// `canonical` writes every text double-quoted and every object in block
/// style, so two equal models give the same bytes. `varied` writes each
/// text in a style it allows (plain, single-quoted, double-quoted, a literal
/// block) and small objects as `{ … }` or as blocks, chosen by a seed: the
/// loader must read them all the same.
struct PlanYAMLEmitter {
    enum Mode {
        case canonical
        case varied(seed: UInt64)
    }

    private var lines: [String] = []
    private var random: SplitMix64?

    init(_ mode: Mode) {
        if case .varied(let seed) = mode { random = SplitMix64(seed: seed) }
    }

    static func emit(_ plan: Plan, _ mode: Mode = .canonical) -> String {
        var emitter = PlanYAMLEmitter(mode)
        emitter.plan(plan)
        return emitter.lines.joined(separator: "\n") + "\n"
    }

    private mutating func plan(_ plan: Plan) {
        lines.append("schema: \(plan.schema)")
        lines.append("id: \(plan.id)")
        field("title", text(plan.title), indent: 0)
        lines.append("contributor: \(plan.contributor)")
        lines.append("board: \(plan.board)")
        person("lead", plan.lead, indent: 0)
        lines.append("reporting: \(plan.reporting.rawValue)")
        lines.append("status: \(plan.status.rawValue)")
        if let period = plan.period { object("period", [("start", "\(period.start)"), ("end", "\(period.end)")], 0) }
        if let summary = plan.summary { field("summary", text(summary, block: true, indent: 2), indent: 0) }
        lines.append("outcome:")
        measure(plan.outcome, indent: 2)
        if let le = plan.lifeExpectancy {
            lines.append("life_expectancy:")
            lines.append("  causes: [" + le.causes.map(\.rawValue).joined(separator: ", ") + "]")
            var sexes: [(String, String)] = []
            if let male = le.contribution.male { sexes.append(("male", number(male))) }
            if let female = le.contribution.female { sexes.append(("female", number(female))) }
            if sexes.isEmpty { lines.append("  contribution: {}") } else { object("contribution", sexes, 2) }
            if let basis = le.basis { field("basis", text(basis, block: true, indent: 4), indent: 2) }
        }
        lines.append("interventions:")
        for intervention in plan.interventions { self.intervention(intervention) }
        if !plan.risks.isEmpty { lines.append("risks:") }
        for risk in plan.risks {
            lines.append("  - id: \(risk.id)")
            field("description", text(risk.description, block: true, indent: 6), indent: 4)
            lines.append("    likelihood: \(risk.likelihood)")
            lines.append("    impact: \(risk.impact)")
            person("owner", risk.owner, indent: 4)
            if let mitigation = risk.mitigation { field("mitigation", text(mitigation), indent: 4) }
        }
    }

    private mutating func measure(_ measure: Measure, indent: Int, firstPrefix: String? = nil) {
        let pad = String(repeating: " ", count: indent)
        lines.append((firstPrefix ?? pad) + "id: \(measure.id)")
        field(measure.kind == .outcome ? "title" : "statement", text(measure.title), indent: indent)
        field("unit", text(measure.unit), indent: indent)
        lines.append(pad + "better: \(measure.better.rawValue)")
        datedValue("baseline", measure.baseline, indent: indent)
        datedValue("target", measure.target, indent: indent)
        if !measure.trajectory.isEmpty {
            lines.append(pad + "trajectory:")
            for point in measure.trajectory {
                lines.append(pad + "  - { date: \(point.date), value: \(number(point.value)) }")
            }
        }
        switch measure.tolerance {
        case .percent(let percent)?: lines.append(pad + "tolerance: \(number(percent))%")
        case .absolute(let amount)?: lines.append(pad + "tolerance: \(number(amount))")
        case nil: break
        }
        if let owner = measure.owner { person("owner", owner, indent: indent) }
    }

    private mutating func intervention(_ intervention: Intervention) {
        lines.append("  - id: \(intervention.id)")
        field("title", text(intervention.title), indent: 4)
        lines.append("    level: \(intervention.level.rawValue)")
        person("lead", intervention.lead, indent: 4)
        if !intervention.partners.isEmpty { lines.append("    partners:") }
        for partner in intervention.partners {
            lines.append("      - organisation: \(partner.organisation)")
            field("contribution", text(partner.contribution), indent: 8)
            if let amount = partner.amount {
                object("amount", [("value", number(amount.value)), ("unit", text(amount.unit))], 8)
            }
        }
        if !intervention.objectives.isEmpty { lines.append("    objectives:") }
        for objective in intervention.objectives { measure(objective, indent: 8, firstPrefix: "      - ") }
        if !intervention.milestones.isEmpty { lines.append("    milestones:") }
        for milestone in intervention.milestones {
            lines.append("      - id: \(milestone.id)")
            field("title", text(milestone.title), indent: 8)
            lines.append("        due: \(milestone.due)")
            person("owner", milestone.owner, indent: 8)
        }
        if !intervention.diagnostic.isEmpty { lines.append("    diagnostic:") }
        for rating in intervention.diagnostic {
            var entries = [("rating", rating.rating.rawValue)]
            if let evidence = rating.evidence { entries.append(("evidence", text(evidence))) }
            if let value = rating.value { entries.append(("value", number(value))) }
            object(rating.component, entries, 6)
        }
        if let impact = intervention.impact {
            object(
                "impact",
                [
                    ("cause", impact.cause.rawValue), ("sex", impact.sex.rawValue), ("ages", impact.agesText),
                    ("eligible", number(impact.eligible)), ("deaths_per_1000", number(impact.deathsPer1000)),
                    ("relative_risk_reduction", number(impact.relativeRiskReduction)),
                ], 4)
        }
    }

    private mutating func person(_ key: String, _ person: Person, indent: Int) {
        var entries = [("role", text(person.role)), ("organisation", person.organisation)]
        if let name = person.name { entries.append(("name", text(name))) }
        object(key, entries, indent)
    }

    private mutating func datedValue(_ key: String, _ value: DatedValue, indent: Int) {
        var entries = [("date", "\(value.date)"), ("value", number(value.value))]
        if let source = value.source { entries.append(("source", text(source))) }
        object(key, entries, indent)
    }

    /// A small object, as `{ … }` or as a block. Its values are written so
    /// that they are valid in either (a literal block is never one of them).
    private mutating func object(_ key: String, _ entries: [(String, String)], _ indent: Int) {
        let pad = String(repeating: " ", count: indent)
        if chance(2) {
            lines.append(pad + "\(key):")
            for (name, value) in entries { lines.append(pad + "  \(name): \(value)") }
        } else {
            lines.append(pad + "\(key): { " + entries.map { "\($0.0): \($0.1)" }.joined(separator: ", ") + " }")
        }
    }

    private mutating func field(_ key: String, _ value: String, indent: Int) {
        lines.append(String(repeating: " ", count: indent) + "\(key): \(value)")
    }

    /// A text in one of the styles that can hold it: plain only when YAML
    /// would read it back unchanged, single quotes only on one line of
    /// printable characters, a literal block only for clean lines.
    private mutating func text(_ text: String, block: Bool = false, indent: Int = 0) -> String {
        guard random != nil else { return Self.doubleQuoted(text) }
        if Self.isPlainSafe(text), chance(2) { return text }
        if block, Self.isLiteralBlockSafe(text), chance(2) {
            let pad = String(repeating: " ", count: indent)
            return "|-\n"
                + text.split(separator: "\n", omittingEmptySubsequences: false).map { pad + $0 }.joined(
                    separator: "\n")
        }
        if Self.isSingleQuoteSafe(text), chance(2) { return "'" + text.replacingOccurrences(of: "'", with: "''") + "'" }
        return Self.doubleQuoted(text)
    }

    private mutating func chance(_ oneIn: UInt64) -> Bool {
        guard random != nil else { return false }
        return random!.next() % oneIn == 0
    }

    private func number(_ value: Double) -> String { ExchangeNumber.format(value) }

    /// Every character YAML may hold as it is (libyaml's "printable").
    static func isPrintable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D, 0x20...0x7E, 0x85, 0xA0...0xD7FF, 0x10000...0x10FFFF: true
        case 0xE000...0xFFFD: scalar.value != 0xFEFF
        default: false
        }
    }

    /// What YAML 1.1 reads as a line break (and folds inside quotes).
    static func isLineBreak(_ scalar: Unicode.Scalar) -> Bool {
        [0x0A, 0x0D, 0x85, 0x2028, 0x2029].contains(scalar.value)
    }

    static func doubleQuoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if isPrintable(scalar) && !isLineBreak(scalar) {
                    out.unicodeScalars.append(scalar)
                } else {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    out +=
                        scalar.value <= 0xFF
                        ? "\\x" + String(repeating: "0", count: 2 - hex.count) + hex
                        : "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                }
            }
        }
        return out + "\""
    }

    /// Letters, digits, spaces and a few marks; starts with a letter or digit,
    /// does not end with a space and is not one of YAML's words for null.
    static func isPlainSafe(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last,
            first.properties.isAlphabetic || ("0"..."9").contains(first), last != " ",
            !["null", "Null", "NULL"].contains(text)
        else { return false }
        return text.unicodeScalars.allSatisfy { scalar in
            (scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)))
                || " ._()/'+-".unicodeScalars.contains(scalar)
        }
    }

    static func isSingleQuoteSafe(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { isPrintable($0) && !isLineBreak($0) }
            && !text.hasPrefix(" ") && !text.hasSuffix(" ")
    }

    static func isLiteralBlockSafe(_ text: String) -> Bool {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        return lines.allSatisfy { line in
            !line.isEmpty && !line.hasPrefix(" ") && !line.hasPrefix("\t") && !line.hasSuffix(" ")
                && !line.hasSuffix("\t") && line.unicodeScalars.allSatisfy { isPrintable($0) && !isLineBreak($0) }
        }
    }
}
