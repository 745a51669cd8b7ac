import LifeTables
import PlanModel

/// A plan's declared contribution beside the one modelled from its
/// interventions' `impact` blocks.
public struct PlanContribution: Sendable, Hashable {
    public let planID: String
    public let title: String
    /// The plan file, as displayed.
    public let file: String
    /// `life_expectancy.contribution`, when the plan declares one.
    public let declared: BySex?
    /// Where the declared contribution is written (the plan's start when absent).
    public let declaredLocation: SourceLocation
    /// Interventions with an `impact` block, in plan order.
    public let interventions: [ModelledIntervention]
    /// Years from the plan's period start to the target date.
    public let yearsToTarget: Double
    /// Years' worth of yearly deaths averted removed (see `EffectTiming`).
    public let yearsOfEffect: Double
    /// The gain for each sex with all the plan's interventions at once: 0
    /// for a sex none of them reaches, absent when it could not be worked out.
    /// Empty when no intervention has an `impact` block.
    public let modelled: [Sex: Double]
    /// Why something could not be modelled, for people to read.
    public let problems: [String]

    public init(
        planID: String, title: String, file: String, declared: BySex?, declaredLocation: SourceLocation,
        interventions: [ModelledIntervention], yearsToTarget: Double, yearsOfEffect: Double,
        modelled: [Sex: Double], problems: [String]
    ) {
        self.planID = planID
        self.title = title
        self.file = file
        self.declared = declared
        self.declaredLocation = declaredLocation
        self.interventions = interventions
        self.yearsToTarget = yearsToTarget
        self.yearsOfEffect = yearsOfEffect
        self.modelled = modelled
        self.problems = problems
    }

    /// The declared years for `sex`, if declared.
    public func declared(_ sex: Sex) -> Double? {
        switch sex {
        case .male: declared?.male
        case .female: declared?.female
        }
    }

    /// Whether any intervention carries model inputs.
    public var isModelled: Bool { !interventions.isEmpty }

    /// The value lint rules compare with: `nil` when there is nothing to model.
    public func summary(mortalityFile: String) -> ModelledContribution? {
        guard isModelled else { return nil }
        return ModelledContribution(
            years: BySex(male: modelled[.male], female: modelled[.female]),
            interventionCount: interventions.count, mortalityFile: mortalityFile)
    }
}
