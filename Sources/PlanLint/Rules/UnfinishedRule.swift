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
        texts(plan).compactMap { text, location, what in
            guard text.contains("TODO") else { return nil }
            return finding(
                "\(what) is not written yet: '\(text)'", at: location,
                hint: "replace the TODO with the plan's own words")
        }
    }

    /// Every free-text value in a plan, where it is, and what it is.
    private func texts(_ plan: Plan) -> [(String, SourceLocation, String)] {
        var result: [(String, SourceLocation, String)] = [
            (plan.title, plan.locations["title"], "the plan's title")
        ]
        if let summary = plan.summary { result.append((summary, plan.locations["summary"], "the summary")) }
        if let basis = plan.lifeExpectancy?.basis, let le = plan.lifeExpectancy {
            result.append((basis, le.locations["basis"], "the contribution's basis"))
        }
        for (person, of) in plan.people {
            result.append((person.role, person.locations["role"], "the role of the lead of \(of)"))
        }
        for measure in plan.measures {
            let key = measure.kind == .outcome ? "title" : "statement"
            result.append((measure.title, measure.locations[key], "the \(key) of \(measure.label)"))
            result.append((measure.unit, measure.locations["unit"], "the unit of \(measure.label)"))
        }
        for intervention in plan.interventions {
            result.append((intervention.title, intervention.locations["title"], "intervention '\(intervention.id)'"))
            for partner in intervention.partners {
                result.append((partner.contribution, partner.locations["contribution"], "a partner's contribution"))
            }
            for milestone in intervention.milestones {
                result.append((milestone.title, milestone.locations["title"], "milestone '\(milestone.id)'"))
            }
            for rating in intervention.diagnostic {
                if let evidence = rating.evidence {
                    result.append((evidence, rating.locations["evidence"], "the evidence for '\(rating.component)'"))
                }
            }
        }
        for risk in plan.risks {
            result.append((risk.description, risk.locations["description"], "risk '\(risk.id)'"))
        }
        return result
    }
}
