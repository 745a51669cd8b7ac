import Common
import LifeTables
import Modelling
import PlanModel
import SystemIO

/// `countdown lifetable`: one population's life table for each sex.
public struct LifeTableRequest: Sendable {
    /// The mortality CSV file (default: life_expectancy.mortality in countdown.yaml).
    public var mortality: String?
    /// The population's name in the file (default: the workspace's area).
    public var population: String?
    public var sexes: [Sex]

    public init(mortality: String? = nil, population: String? = nil, sexes: [Sex] = Sex.allCases) {
        self.mortality = mortality
        self.population = population
        self.sexes = sexes
    }
}

/// `countdown gap`: the gap's decomposition, and with `plans` the plans set against it.
public struct GapRequest: Sendable {
    public var mortality: String?
    /// The area's and the comparator's population names (default: countdown.yaml's).
    public var area: String?
    public var comparator: String?
    public var sexes: [Sex]
    /// Add each plan's declared and modelled contributions against the target.
    public var plans: Bool

    public init(
        mortality: String? = nil, area: String? = nil, comparator: String? = nil, sexes: [Sex] = Sex.allCases,
        plans: Bool = false
    ) {
        self.mortality = mortality
        self.area = area
        self.comparator = comparator
        self.sexes = sexes
        self.plans = plans
    }
}

public struct LifeTableOutcome: Sendable {
    public var tables: [LifeTableReport]
    /// Why a table is not reliable, one statement per table that is not (exit 1).
    public var unreliable: [String] { tables.compactMap(\.unreliableStatement) }
}

public struct GapOutcome: Sendable {
    public var gaps: [GapReport]
    public var plans: PlansReport?
    public var messages: [Message]
    /// Why a gap is not reliable (exit 1).
    public var unreliable: [String] { gaps.compactMap(\.unreliableStatement) }
}

extension Workbench {
    public func lifeTable(_ request: LifeTableRequest) throws(WorkbenchError) -> LifeTableOutcome {
        let inputs = try LifeExpectancyInputs(self, needed: request.mortality == nil || request.population == nil)
        let values = try inputs.values([
            LifeExpectancyInputs.mortalitySetting(request.mortality),
            .init(option: "--population NAME", key: "area.name", given: request.population) { config, _ in
                config.area.name
            },
        ])
        let name = values[1]
        let file = try inputs.mortalityFile(values[0], givenAsOption: request.mortality != nil)
        return LifeTableOutcome(
            tables: try request.sexes.map { sex throws(WorkbenchError) in
                LifeTableReport(
                    population: name, sex: sex, mortalityFile: file.display,
                    schedule: try inputs.schedule(file, population: name, sex: sex))
            })
    }

    public func gap(_ request: GapRequest) throws(WorkbenchError) -> GapOutcome {
        let needed = request.plans || request.mortality == nil || request.area == nil || request.comparator == nil
        let inputs = try LifeExpectancyInputs(self, needed: needed)
        let values = try inputs.values([
            LifeExpectancyInputs.mortalitySetting(request.mortality),
            .init(option: "--area NAME", key: "area.name", given: request.area) { config, _ in config.area.name },
            .init(option: "--comparator NAME", key: "comparator", given: request.comparator) { config, _ in
                config.comparator
            },
        ])
        let (areaName, comparatorName) = (values[1], values[2])
        let file = try inputs.mortalityFile(values[0], givenAsOption: request.mortality != nil)
        let gaps = try request.sexes.map { sex throws(WorkbenchError) in
            GapReport(
                area: areaName, comparator: comparatorName, sex: sex, mortalityFile: file.display,
                areaSchedule: try inputs.schedule(file, population: areaName, sex: sex),
                comparatorSchedule: try inputs.schedule(file, population: comparatorName, sex: sex))
        }
        var outcome = GapOutcome(gaps: gaps, plans: nil, messages: [])
        if request.plans {
            outcome.plans = try plansReport(
                inputs, file: file, area: areaName, sexes: request.sexes, messages: &outcome.messages)
            outcome.plans?.computedGaps = gaps.compactMap(\.computedGap)
        }
        return outcome
    }

    /// The plans' contributions: needs the workspace's plans and its target.
    func plansReport(
        _ inputs: LifeExpectancyInputs, file: MortalityFile, area: String, sexes: [Sex], messages: inout [Message]
    ) throws(WorkbenchError) -> PlansReport {
        guard let workspace = inputs.workspace, let config = try inputs.config() else {
            throw .cannotRun("--plans needs a workspace: run inside one, or name it with --workspace")
        }
        guard let goal = config.lifeExpectancy, let timing = EffectTiming(workspace: config) else {
            throw .cannotRun(
                "--plans needs life_expectancy (baseline and target) in countdown.yaml, to know the target and its date"
            )
        }
        guard let model = ContributionModel(mortality: file.data, area: area, timing: timing) else {
            throw .cannotRun("\(file.display) has no rows for \(area)")
        }
        let broken = Set(workspace.diagnostics.filter { $0.severity == .error }.map(\.location.file))
            .filter { $0.hasPrefix("plans/") || $0.contains("/plans/") }
        if !broken.isEmpty {
            messages.append(
                .problem(
                    "countdown: \(broken.count) plan file\(broken.count == 1 ? " has" : "s have") errors and "
                        + "\(broken.count == 1 ? "is" : "are") left out; run `countdown lint` to see them"))
        }
        return PlansReport(
            model: model, plans: workspace.plans, workspace: config, goal: goal, mortalityFile: file.display,
            sexes: sexes)
    }
}
