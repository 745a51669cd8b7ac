import Foundation
import PlanModel

/// Every lead and owner is a real, designated role.
public struct UnassignedLeadRule: LintRule {
    public static let description = RuleDescription(
        id: "unassigned-lead",
        summary: "A lead or owner's role is blank or a placeholder (TBC, TBD, to be confirmed).",
        rationale: "The national support team asked that every component of a plan have a designated lead.",
        defaultSeverity: .warning,
        triggering: [RuleExample(.objective, "owner: { role: ↓TBC, organisation: pct }")],
        nonTriggering: [RuleExample(.objective, "owner: { role: Stop Smoking Service Manager, organisation: pct }")])

    static let placeholders: Set<String> = [
        "", "tbc", "tbd", "tba", "to be confirmed", "to be decided", "to be agreed", "unknown", "n/a", "none", "?",
    ]

    public init() {}

    /// Placeholders are short: only a short role is worth normalising.
    static func isPlaceholder(_ role: String) -> Bool {
        guard role.utf8.count <= 24 else { return false }
        // Every placeholder is blank or starts with t, u, n or '?': a role
        // whose first non-blank byte is another ASCII character is no placeholder.
        if let first = role.utf8.first(where: { !(0x09...0x0D).contains($0) && $0 != UInt8(ascii: " ") }),
            first < 0x80, !"tTuUnN?".utf8.contains(first)
        {
            return false
        }
        var text = Substring(role)
        while text.first?.isWhitespace == true { text = text.dropFirst() }
        while text.last?.isWhitespace == true { text = text.dropLast() }
        return placeholders.contains(text.lowercased())
    }

    public func check(_ plan: Plan, in context: LintContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        plan.forEachPerson { person, of in
            guard Self.isPlaceholder(person.role) else { return }
            findings.append(
                finding(
                    "\(of) has no designated lead: the role is '\(person.role)'", at: person.locations["role"],
                    hint: "name the role that answers for it, e.g. Stop Smoking Service Manager"))
        }
        return findings
    }
}

/// Partner contributions in an active plan are quantified.
public struct UnquantifiedPartnerRule: LintRule {
    public static let description = RuleDescription(
        id: "unquantified-partner",
        summary: "A partner's contribution in an active plan has no `amount`.",
        rationale: """
            The national support team asked plans to quantify each partner's contribution, so that commissioning \
            and reports to partners can hold each to it.
            """,
        defaultSeverity: .warning,
        triggering: [
            RuleExample(
                .intervention,
                """
                partners:
                  - ↓{ organisation: council, contribution: Workplace sessions }
                """)
        ],
        nonTriggering: [RuleExample(.plan, "status: draft")])

    public init() {}

    public func check(_ plan: Plan, in context: LintContext) -> [Diagnostic] {
        guard plan.isActive else { return [] }
        return plan.interventions.flatMap { intervention in
            intervention.partners.filter { $0.amount == nil }.map { partner in
                finding(
                    "partner '\(partner.organisation)' in intervention '\(intervention.id)' has no amount",
                    at: partner.locations.start,
                    hint: "add amount: { value: N, unit: … }, e.g. amount: { value: 1200, unit: quit attempts a year }")
            }
        }
    }
}
