import LifeTables
import PlanModel

/// Every plan's declared and modelled contribution, and their totals
/// against the workspace's target, for `countdown gap --plans`.
public struct PlansReport: Sendable {
    /// One plan's line in the report.
    public struct Entry: Sendable {
        public let contribution: PlanContribution
        public let status: PlanStatus
        /// Why the plan is shown but not counted towards the target (a draft; a period ending outside the
        /// workspace's), or nil when it counts.
        public let notCountedReason: String?
        public var isCounted: Bool { notCountedReason == nil }
    }

    public let area: String
    public let mortalityFile: String
    public let sexes: [Sex]
    public let timing: EffectTiming
    /// The baseline period label (`2005-07`) and gap, and the percentage cut.
    public let goal: LifeExpectancyGoal
    public let entries: [Entry]
    /// The gaps computed from the mortality file, to set beside the declared baseline (issue 18, item 8).
    public var computedGaps: [ComputedGap] = []

    public init(
        model: ContributionModel, plans: [Plan], workspace: WorkspaceConfig, goal: LifeExpectancyGoal,
        mortalityFile: String, sexes: [Sex]
    ) {
        area = model.area
        self.mortalityFile = mortalityFile
        self.sexes = sexes
        timing = model.timing
        self.goal = goal
        entries = plans.map {
            Entry(
                contribution: model.contribution(of: $0, in: workspace), status: $0.status,
                notCountedReason: $0.notCountedReason(in: workspace))
        }
    }

    /// Years of gap the workspace means to close for `sex`
    /// (baseline gap × reduce_by_percent / 100), when its baseline gives one.
    public func target(_ sex: Sex) -> Double? {
        switch sex {
        case .male: goal.targetReduction.male
        case .female: goal.targetReduction.female
        }
    }

    /// The baseline gap for `sex` written in countdown.yaml.
    public func baselineGap(_ sex: Sex) -> Double? {
        switch sex {
        case .male: goal.baselineGap.male
        case .female: goal.baselineGap.female
        }
    }

    /// The declared baseline gap for `sex` when it lies outside the computed gap's 95% interval: the file
    /// and countdown.yaml then disagree by more than chance, and the target may rest on the wrong gap.
    public func baselineDisagreement(_ sex: Sex) -> (declared: Double, computed: ComputedGap)? {
        guard let declared = baselineGap(sex), let computed = computedGaps.first(where: { $0.sex == sex }),
            declared < computed.lower || declared > computed.upper
        else { return nil }
        return (declared, computed)
    }

    /// The counted plans' declared contributions for `sex`, added up.
    public func totalDeclared(_ sex: Sex) -> Double {
        entries.filter(\.isCounted).compactMap { $0.contribution.declared(sex) }.reduce(0, +)
    }

    /// The counted plans' modelled contributions for `sex`, added up (as the
    /// declared ones are; the plans' deaths hardly overlap).
    public func totalModelled(_ sex: Sex) -> Double {
        entries.filter(\.isCounted).compactMap { $0.contribution.modelled[sex] }.reduce(0, +)
    }
}
