import Common
import LocatedYAML
import PlanModel

extension SchemaValidator {
    /// Checks a value that should be a single scalar of `kind`. Text is
    /// made from the scalar's bytes only when a check needs it.
    mutating func validateScalar(_ storage: YAMLStorage, _ node: NodeID, as kind: Int32, field: Int32?) {
        guard storage.kind(node) == .scalar else { return wrongType(storage, node, kind, name(field)) }
        let position = storage.position(node)
        switch schema.kinds[Int(kind)] {
        case .text:
            // Controls can only come from a double-quoted escape (the file itself is checked for raw
            // ones); a right-to-left override is not ASCII. Plain ASCII text, nearly all of it, is free.
            if storage.style(node) == .doubleQuoted || !storage.isASCII(node) {
                checkControlCharacters(storage, node, at: position)
            }
        case .identifier:
            if !ScalarReading.isIdentifier(storage, node) {
                let text = storage.text(node)
                let suggestion = ScalarReading.suggestedIdentifier(for: text).map { ", such as '\($0)'" } ?? ""
                report(
                    .invalidID, "'\(text)' is not a valid id", at: position,
                    hint: "use lower-case letters, digits and '-' (up to 64 characters)\(suggestion)")
            }
        case .date:
            if ScalarReading.date(storage, node) == nil { reportDate(storage, node, name: name(field)) }
        case .number(let minimum, let maximum):
            guard let value = number(storage, node, field: field) else { return }
            checkRange(value, minimum: minimum, maximum: maximum, field: field, at: position)
        case .fraction:
            guard let value = number(storage, node, field: field) else { return }
            if !(0...1).contains(value) {
                let text = storage.text(node)
                report(
                    .outOfRange, "\(name(field)) is \(text), but it must be a fraction between 0 and 1", at: position,
                    hint: value > 1 && value <= 100
                        ? "if \(text) is a percentage, write it as the fraction \(NumberText.written(value / 100))"
                        : nil)
            }
        case .integer(let minimum, let maximum):
            guard let value = number(storage, node, field: field) else { return }
            guard value.rounded() == value else {
                report(.wrongType, "\(name(field)) should be a whole number, not \(storage.text(node))", at: position)
                return
            }
            checkRange(
                value, minimum: minimum.map(Double.init), maximum: maximum.map(Double.init), field: field,
                at: position)
        case .schemaVersion:
            guard let value = number(storage, node, field: field) else { return }
            if value != 1 {
                let text = storage.text(node)
                report(
                    .unsupportedSchema,
                    "this file is written for format version \(text); this countdown reads version 1",
                    at: position,
                    hint: "write 'schema: 1', or use the countdown release that reads version \(text)")
            }
        case .choice(let first, let count):
            if !schema.isWord(node, in: storage, first: first, count: count) {
                guard case .choice(let words) = schema.valueKinds[Int(kind)] else { return }
                let text = storage.text(node)
                let suggestion = Suggestion.closest(to: text, in: words)
                report(
                    .invalidValue,
                    "\(name(field)) cannot be '\(text)'" + Suggestion.hint(suggestion), at: position,
                    hint: "use one of: \(words.joined(separator: ", "))")
            }
        case .tolerance:
            if ScalarReading.tolerance(storage, node) == nil {
                report(
                    .wrongType,
                    "\(name(field)) should be \(schema.valueKinds[Int(kind)].expectation), not '\(storage.text(node))'",
                    at: position,
                    hint: "write 5% for 5% of the expected value, or a number such as 0.5 in the measure's unit")
            }
        case .ageRange:
            if ScalarReading.ageRange(storage, node) == nil {
                report(
                    .invalidValue,
                    "\(name(field)) cannot be '\(storage.text(node))': ages must start and end on life-table bands",
                    at: position,
                    hint: "bands start at 0, 1, 5, 10, … 90; write for example 35-74, 0-0, 1-14 or 75+… such as 90+")
            }
        case .reference(let reference):
            validateReference(storage, node, reference, at: position)
        case .object, .list, .map:
            wrongType(storage, node, kind, name(field))
        }
    }

    mutating func wrongType(_ storage: YAMLStorage, _ node: NodeID, _ kind: Int32, _ name: String) {
        let valueKind = schema.valueKinds[Int(kind)]
        var hint: String?
        if case .object(let objectSchema) = valueKind, objectSchema.name == "person" {
            hint = "write: { role: ..., organisation: ... }"
        } else if case .list = valueKind, storage.kind(node) == .mapping {
            hint = "start each item with '- ' on its own line"
        }
        report(
            .wrongType, "\(name) should be \(valueKind.expectation), not \(storage.node(node).kindDescription)",
            at: storage.position(node), hint: hint)
    }

    private mutating func number(_ storage: YAMLStorage, _ node: NodeID, field: Int32?) -> Double? {
        if let value = ScalarReading.number(storage, node) { return value }
        let scalar = YAMLScalar(storage: storage, id: node)
        let name = name(field)
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
        _ value: Double, minimum: Double?, maximum: Double?, field: Int32?, at position: TextPosition
    ) {
        if let minimum, value < minimum {
            report(
                .outOfRange,
                "\(name(field)) is \(NumberText.written(value)), but it cannot be less than \(NumberText.written(minimum))",
                at: position)
        } else if let maximum, value > maximum {
            report(
                .outOfRange,
                "\(name(field)) is \(NumberText.written(value)), but it cannot be more than \(NumberText.written(maximum))",
                at: position)
        }
    }

    /// A value that is not a date: a number, an impossible day, or another shape.
    private mutating func reportDate(_ storage: YAMLStorage, _ node: NodeID, name: String) {
        let scalar = YAMLScalar(storage: storage, id: node)
        let text = scalar.text
        // A date of this workspace's period, not the example workspace's (issue 18, item 2).
        let sample = context.period?.upperBound.description ?? "2024-03-31"
        if ScalarReading.number(storage, node) != nil {
            report(
                .wrongType, "\(name) should be a date written YYYY-MM-DD, not the number \(text)", at: scalar.position,
                hint: "for example \(sample)")
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
            hint: "for example \(sample) (year, month, day, with leading zeros)")
    }

    private mutating func validateReference(
        _ storage: YAMLStorage, _ node: NodeID, _ kind: ReferenceKind, at position: TextPosition
    ) {
        let declared: Set<String>?
        let rule: SchemaRule
        switch kind {
        case .organisation: (declared, rule) = (context.organisations, .undeclaredOrganisation)
        case .board: (declared, rule) = (context.boards, .undeclaredBoard)
        case .contributor: (declared, rule) = (context.contributors, .unknownContributor)
        }
        guard let declared else { return }
        let text = storage.text(node)
        guard !declared.contains(text) else { return }
        let suggestion = Suggestion.closest(to: text, in: declared.sorted())
        let known = declared.sorted().prefix(12).joined(separator: ", ")
        report(
            rule, "\(kind.rawValue) '\(text)' is not declared" + Suggestion.hint(suggestion), at: position,
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

extension SchemaValidator {
    /// A text that would act on a terminal, a log or a report instead of
    /// being read is refused, with the character named as YAML would escape it.
    mutating func checkControlCharacters(_ storage: YAMLStorage, _ node: YAMLNodeID, at position: TextPosition) {
        let text = storage.text(node)
        guard
            let found = text.unicodeScalars.first(where: { ControlCharacters.isControl($0) && $0 != "\t" && $0 != "\n" }
            )
        else { return }
        let override = (0x202A...0x202E).contains(found.value) || (0x2066...0x2069).contains(found.value)
        report(
            .controlCharacter,
            override
                ? "the text holds a right-to-left override (\(ControlCharacters.visible(found))), which makes it read "
                    + "differently from how it is stored"
                : "the text holds the control character \(ControlCharacters.visible(found)) (\(Self.escape(found))), "
                    + "which a terminal or a report would act on rather than show",
            at: position, hint: "remove it from the text")
    }

    /// How YAML writes a character in double quotes: `\e`, `\0`, `\x07`.
    static func escape(_ scalar: Unicode.Scalar) -> String {
        switch scalar.value {
        case 0x00: return "\\0"
        case 0x07: return "\\a"
        case 0x08: return "\\b"
        case 0x0B: return "\\v"
        case 0x0C: return "\\f"
        case 0x0D: return "\\r"
        case 0x1B: return "\\e"
        case 0x85: return "\\N"
        case 0x2028: return "\\L"
        case 0x2029: return "\\P"
        case 0x100...: return "\\u" + String(scalar.value, radix: 16, uppercase: true)
        default:
            let hex = String(scalar.value, radix: 16, uppercase: true)
            return "\\x" + (hex.count == 1 ? "0" + hex : hex)
        }
    }
}
