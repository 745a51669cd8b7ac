import PlanModel
import Progress

extension BoardReportBuilder {
    /// One plan's detail; nil only if the judged plan is missing from the
    /// plans given (the pipeline always gives both).
    func section(_ progress: PlanProgress) -> PlanSection? {
        guard let plan = plansByID[progress.id] else { return nil }
        let config = inputs.workspace
        let period = plan.effectivePeriod(in: config)
        var interventionOf: [String: String] = [:]
        for intervention in plan.interventions {
            for objective in intervention.objectives { interventionOf[objective.id] = intervention.id }
        }
        let measures = zip(plan.measures, progress.measures).map { measure, judged in
            MeasureSection(
                progress: judged, intervention: interventionOf[measure.id],
                baseline: .init(date: measure.baseline.date, value: measure.baseline.value),
                trajectory: measure.trajectory.map { .init(date: $0.date, value: $0.value) },
                tolerance: measure.tolerance.map(MeasureSection.ToleranceBand.init))
        }
        let owners = Dictionary(
            plan.milestones.map { ($0.id, ReportText.person($0.owner, in: config)) }, uniquingKeysWith: { a, _ in a })
        let milestones = progress.milestones.map { milestone in
            var copy = milestone
            copy.owner = owners[milestone.id] ?? milestone.owner
            return copy
        }
        let risks = plan.risks.map {
            RiskLine(
                id: $0.id, description: $0.description, likelihood: $0.likelihood, impact: $0.impact,
                owner: ReportText.person($0.owner, in: config), mitigation: $0.mitigation)
        }
        return PlanSection(
            id: plan.id, title: plan.title, summary: plan.summary, contributor: plan.contributor,
            lead: ReportText.person(plan.lead, in: config), planStatus: plan.status, status: progress.status,
            reporting: plan.reporting, periodStart: period.start, periodEnd: period.end,
            targetDate: progress.targetDate, daysToTarget: progress.daysToTarget, measures: measures,
            milestones: milestones, interventions: plan.interventions.map(intervention),
            risks: risks.sorted { ($1.score, $1.likelihood, $0.id) < ($0.score, $0.likelihood, $1.id) })
    }

    func intervention(_ intervention: Intervention) -> InterventionSection {
        let config = inputs.workspace
        let ratings = Dictionary(
            intervention.diagnostic.map { ($0.component, $0) }, uniquingKeysWith: { first, _ in first })
        return InterventionSection(
            id: intervention.id, title: intervention.title, level: intervention.level,
            lead: ReportText.person(intervention.lead, in: config),
            partners: intervention.partners.map {
                PartnerLine(
                    organisation: $0.organisation,
                    organisationName: config.organisation($0.organisation)?.name ?? $0.organisation,
                    contribution: $0.contribution, amount: $0.amount?.value, amountUnit: $0.amount?.unit)
            },
            ratings: inputs.framework.components.map { component in
                guard let rating = ratings[component.id] else {
                    return RatingCell(
                        component: component.id, rating: .unknown, rated: false, evidence: nil, value: nil)
                }
                return RatingCell(
                    component: component.id, rating: rating.rating, rated: true, evidence: rating.evidence,
                    value: rating.value)
            })
    }

    /// A modelled figure to a millionth of a year, as `gap` prints it: the
    /// life-table maths goes through `exp` and `log`, whose last bits may
    /// differ between machines, and a pack must not.
    static func micro(_ years: Double?) -> Double? {
        years.map { ($0 * 1_000_000).rounded() / 1_000_000 }
    }

    /// The plans' contributions against the workspace's target.
    func lifeExpectancy() -> LifeExpectancyHeadline? {
        guard let goal = inputs.workspace.lifeExpectancy else { return nil }
        let board = inputs.board.id
        let lines = inputs.plans.map { plan in
            let declared = plan.lifeExpectancy?.contribution
            let modelled = inputs.modelled?[plan.id]?.years
            return PlanContributionLine(
                plan: plan.id, title: plan.title, board: plan.board,
                boardName: inputs.workspace.board(plan.board)?.name ?? plan.board, onThisBoard: plan.board == board,
                planStatus: plan.status, notCountedReason: plan.notCountedReason(in: inputs.workspace),
                declared: .init(male: declared?.male, female: declared?.female),
                modelled: modelled.map { .init(male: Self.micro($0.male), female: Self.micro($0.female)) })
        }
        let counted = lines.filter(\.counted)
        var sexes: [LifeExpectancyHeadline.SexTotals] = []
        for (sex, gap, target) in [
            ("male", goal.baselineGap.male, goal.targetReduction.male),
            ("female", goal.baselineGap.female, goal.targetReduction.female),
        ] {
            let declared = counted.compactMap { $0.declared[sex] }
            guard target != nil || !declared.isEmpty else { continue }
            let modelled = { (lines: [PlanContributionLine]) -> Double? in
                self.inputs.modelled == nil ? nil : lines.compactMap { $0.modelled?[sex] }.reduce(0, +)
            }
            let onBoard = counted.filter(\.onThisBoard)
            sexes.append(
                .init(
                    sex: sex, baselineGap: gap, target: target, declared: declared.reduce(0, +),
                    modelled: modelled(counted), boardDeclared: onBoard.compactMap { $0.declared[sex] }.reduce(0, +),
                    boardModelled: modelled(onBoard)))
        }
        return LifeExpectancyHeadline(
            baselinePeriod: goal.baselinePeriod, reduceByPercent: goal.reduceByPercent, by: goal.by, sexes: sexes,
            plans: lines, modelled: inputs.modelled != nil, modelledUnavailable: inputs.modelledUnavailable)
    }
}
