import PlanModel

/// A plan still holding the TODO placeholders of `countdown new`.
public struct UnfinishedRule: LintRule {
    public static let description = RuleDescription(
        id: "unfinished",
        summary: "A text in a plan still says TODO (a placeholder from `countdown new`, or a note to self).",
        rationale: "A plan skeleton is a list of questions; each TODO left is one the plan has not answered yet.",
        defaultSeverity: .warning,
        triggering: [RuleExample(.plan, "title: ↓TODO the plan's title")],
        nonTriggering: [RuleExample(.plan, "title: Tobacco control")])

    public init() {}

    public func check(_ plan: Plan, in context: LintContext) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        // The description is built only for a text that holds a TODO.
        func consider(_ text: String, _ location: @autoclosure () -> SourceLocation, _ what: @autoclosure () -> String)
        {
            guard text.utf8.containsBytes(of: "TODO") else { return }
            findings.append(
                finding(
                    "\(what()) is not written yet: '\(text)'", at: location(),
                    hint: "replace the TODO with the plan's own words"))
        }
        consider(plan.title, plan.locations["title"], "the plan's title")
        if let summary = plan.summary { consider(summary, plan.locations["summary"], "the summary") }
        if let le = plan.lifeExpectancy, let basis = le.basis {
            consider(basis, le.locations["basis"], "the contribution's basis")
        }
        plan.forEachPerson { person, of in
            consider(person.role, person.locations["role"], "the role of the lead of \(of)")
        }
        plan.forEachMeasure { measure in
            let key = measure.kind == .outcome ? "title" : "statement"
            consider(measure.title, measure.locations[key], "the \(key) of \(measure.label)")
            consider(measure.unit, measure.locations["unit"], "the unit of \(measure.label)")
            if let source = measure.baseline.source {
                consider(source, measure.baseline.locations["source"], "the baseline source of \(measure.label)")
            }
        }
        for intervention in plan.interventions {
            consider(intervention.title, intervention.locations["title"], "intervention '\(intervention.id)'")
            for partner in intervention.partners {
                consider(partner.contribution, partner.locations["contribution"], "a partner's contribution")
                if let amount = partner.amount {
                    consider(amount.unit, partner.locations["amount"], "the unit of a partner's amount")
                }
            }
            for milestone in intervention.milestones {
                consider(milestone.title, milestone.locations["title"], "milestone '\(milestone.id)'")
            }
            for rating in intervention.diagnostic {
                if let evidence = rating.evidence {
                    consider(evidence, rating.locations["evidence"], "the evidence for '\(rating.component)'")
                }
            }
        }
        for risk in plan.risks {
            consider(risk.description, risk.locations["description"], "risk '\(risk.id)'")
            if let mitigation = risk.mitigation {
                consider(mitigation, risk.locations["mitigation"], "the mitigation of risk '\(risk.id)'")
            }
        }
        return findings
    }
}
