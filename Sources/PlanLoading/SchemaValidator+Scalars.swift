import LocatedYAML
import PlanModel

extension SchemaValidator {
    /// Checks a value that should be a single scalar of `kind`.
    mutating func validateScalar(_ node: YAMLNode, as kind: ValueKind, name: String) {
        guard case .scalar(let scalar) = node else { return wrongType(node, kind, name) }
        let text = scalar.text
        switch kind {
        case .text:
            break
        case .identifier:
            if !ScalarReading.isIdentifier(text) {
                let suggestion = ScalarReading.suggestedIdentifier(for: text).map { ", such as '\($0)'" } ?? ""
                report(
                    .invalidID, "'\(text)' is not a valid id", at: node.position,
                    hint: "use lower-case letters, digits and '-' (up to 64 characters)\(suggestion)")
            }
        case .date:
            validateDate(scalar, name: name)
        case .number(let minimum, let maximum):
            guard let value = number(scalar, name: name) else { return }
            checkRange(value, minimum: minimum, maximum: maximum, name: name, at: node.position)
        case .fraction:
            guard let value = number(scalar, name: name) else { return }
            if !(0...1).contains(value) {
                report(
                    .outOfRange, "\(name) is \(text), but it must be a fraction between 0 and 1", at: node.position,
                    hint: value > 1 && value <= 100
                        ? "if \(text) is a percentage, write it as the fraction \(formatted(value / 100))" : nil)
            }
        case .integer(let minimum, let maximum):
            guard let value = number(scalar, name: name) else { return }
            guard value.rounded() == value else {
                report(.wrongType, "\(name) should be a whole number, not \(text)", at: node.position)
                return
            }
            checkRange(
                value, minimum: minimum.map(Double.init), maximum: maximum.map(Double.init), name: name,
                at: node.position)
        case .schemaVersion:
            guard let value = number(scalar, name: name) else { return }
            if value != 1 {
                report(
                    .unsupportedSchema,
                    "this file is written for format version \(text); this countdown reads version 1",
                    at: node.position,
                    hint: "write 'schema: 1', or use the countdown release that reads version \(text)")
            }
        case .choice(let words):
            if !words.contains(text) {
                let suggestion = Suggestion.closest(to: text, in: words)
                report(
                    .invalidValue,
                    "\(name) cannot be '\(text)'" + didYouMean(suggestion), at: node.position,
                    hint: "use one of: \(words.joined(separator: ", "))")
            }
        case .tolerance:
            if ScalarReading.tolerance(node) == nil {
                report(
                    .wrongType, "\(name) should be \(kind.expectation), not '\(text)'", at: node.position,
                    hint: "write 5% for 5% of the expected value, or a number such as 0.5 in the measure's unit")
            }
        case .ageRange:
            if ScalarReading.ageRange(node) == nil {
                report(
                    .invalidValue, "\(name) cannot be '\(text)': ages must start and end on life-table bands",
                    at: node.position,
                    hint: "bands start at 0, 1, 5, 10, … 90; write for example 35-74, 0-0, 1-14 or 75+… such as 90+")
            }
        case .reference(let reference):
            validateReference(text, reference, at: node.position)
        case .object, .list, .map:
            wrongType(node, kind, name)
        }
    }

    mutating func wrongType(_ node: YAMLNode, _ kind: ValueKind, _ name: String) {
        var hint: String?
        if case .object(let schema) = kind, schema.name == "person" {
            hint = "write: { role: ..., organisation: ... }"
        } else if case .list = kind, case .mapping = node {
            hint = "start each item with '- ' on its own line"
        }
        report(
            .wrongType, "\(name) should be \(kind.expectation), not \(node.kindDescription)", at: node.position,
            hint: hint)
    }

    private mutating func number(_ scalar: YAMLScalar, name: String) -> Double? {
        let node = YAMLNode.scalar(scalar)
        if let value = ScalarReading.number(node) { return value }
        let text = scalar.text
        if !scalar.isExplicitText && ScalarReading.isPlainDecimal(text) {
            report(
                .outOfRange, "\(name) is too large a number (\(text.count) characters)", at: scalar.position,
                hint: "numbers must be below 10^308; check for a typing slip")
            return nil
        }
        var hint: String?
        if scalar.isExplicitText && ScalarReading.isPlainDecimal(text) {
            hint = "remove the quotes: \(text)"
        } else if text.hasSuffix("%") && ScalarReading.isPlainDecimal(String(text.dropLast()).trimmingSpaces) {
            hint = "write the number alone (\(text.dropLast())) and put \"%\" in the unit"
        } else if text.contains(","), ScalarReading.isPlainDecimal(text.filter { $0 != "," }) {
            hint = "write the number without thousands separators: \(text.filter { $0 != "," })"
        } else if Day(iso: text) != nil {
            hint = "a date is not a number here; check that the right value is under \(name)"
        }
        report(.wrongType, "\(name) should be a number, not \(describe(scalar))", at: scalar.position, hint: hint)
        return nil
    }

    private mutating func checkRange(
        _ value: Double, minimum: Double?, maximum: Double?, name: String, at position: TextPosition
    ) {
        if let minimum, value < minimum {
            report(
                .outOfRange, "\(name) is \(formatted(value)), but it cannot be less than \(formatted(minimum))",
                at: position)
        } else if let maximum, value > maximum {
            report(
                .outOfRange, "\(name) is \(formatted(value)), but it cannot be more than \(formatted(maximum))",
                at: position)
        }
    }

    private mutating func validateDate(_ scalar: YAMLScalar, name: String) {
        let text = scalar.text
        if Day(iso: text) != nil { return }
        if ScalarReading.number(.scalar(scalar)) != nil {
            report(
                .wrongType, "\(name) should be a date written YYYY-MM-DD, not the number \(text)", at: scalar.position,
                hint: "for example 2009-09-30")
            return
        }
        let parts = text.split(separator: "-")
        if parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]), (1...12).contains(month)
        {
            report(
                .invalidDate, "\(name) is '\(text)', which is not a real date",
                at: scalar.position,
                hint:
                    "\(monthName(month)) \(year) has \(Day.daysIn(month: month, year: year)) days (day \(day) was given)"
            )
            return
        }
        report(
            .invalidDate, "\(name) should be a date written YYYY-MM-DD, not '\(text)'", at: scalar.position,
            hint: "for example 2009-09-30 (year, month, day, with leading zeros)")
    }

    private mutating func validateReference(_ text: String, _ kind: ReferenceKind, at position: TextPosition) {
        let declared: Set<String>?
        let rule: SchemaRule
        switch kind {
        case .organisation: (declared, rule) = (context.organisations, .undeclaredOrganisation)
        case .board: (declared, rule) = (context.boards, .undeclaredBoard)
        case .contributor: (declared, rule) = (context.contributors, .unknownContributor)
        }
        guard let declared, !declared.contains(text) else { return }
        let suggestion = Suggestion.closest(to: text, in: declared.sorted())
        let known = declared.sorted().prefix(12).joined(separator: ", ")
        report(
            rule, "\(kind.rawValue) '\(text)' is not declared" + didYouMean(suggestion), at: position,
            hint: "declare it \(kind.declaredWhere), or use one of: \(known)")
    }

    private func describe(_ scalar: YAMLScalar) -> String {
        if scalar.isNull { return "an empty value" }
        return scalar.isExplicitText ? "the quoted text \"\(scalar.text)\"" : "'\(scalar.text)'"
    }

    private func monthName(_ month: Int) -> String {
        [
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December",
        ][month - 1]
    }
}

/// Numbers as a person writes them: 0.72, 5, 1200 (no trailing ".0").
func formatted(_ value: Double) -> String {
    if value.rounded() == value && abs(value) < 1e15 { return String(Int(value)) }
    return String(value)
}
