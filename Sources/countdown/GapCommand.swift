import ArgumentParser
import Foundation
import LifeTables
import Modelling

struct GapCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gap",
        abstract: "Decompose the life-expectancy gap by age and cause; with --plans, set the plans against it.",
        discussion: """
            Both life expectancies (Chiang II, 95% limits), the gap, and Arriaga's decomposition by age band, \
            each band split by cause in proportion to the difference in cause-specific death rates. The area \
            is the base population: the gap is comparator minus area, and a positive contribution is years the \
            area loses.

            Inside a workspace, --mortality defaults to life_expectancy.mortality, --area to the area's name \
            and --comparator to comparator in countdown.yaml.

            --plans adds each plan's declared contribution (life_expectancy.contribution) and the one modelled \
            from its interventions' impact blocks, and their totals against the workspace's target (baseline \
            gap × reduce_by_percent / 100). See README.md for how the modelled contribution is worked out.

            Examples:
              countdown gap
              countdown gap --sex male --plans
              countdown gap --sex female --format csv > gap-female.csv
              countdown gap --mortality deaths.csv --area Salford --comparator England

            CSV: age_band,cause,contribution (one sex; years to 6 decimal places). With --plans, CSV gives the \
            plans instead: plan,sex,declared,modelled,target (years to 3 decimal places; the target is on the \
            'total' rows).

            Exit codes: 0 printed, 1 the data is wrong or cannot give reliable life tables, 2 the command \
            could not run (no such file or population, no workspace for --plans, bad arguments).
            """)

    @OptionGroup var workspaceOptions: WorkspaceOptions
    @OptionGroup var options: MortalityOptions

    @Option(
        help: ArgumentHelp("The area's population name in the file (default: the workspace's area).", valueName: "NAME")
    )
    var area: String?

    @Option(
        help: ArgumentHelp("The comparator's population name (default: the workspace's comparator).", valueName: "NAME")
    )
    var comparator: String?

    @Flag(help: "Add each plan's declared and modelled contributions and the totals against the target.")
    var plans = false

    func run() throws {
        if options.format == .csv, options.sex == nil, !plans {
            throw CommandFailure(message: "CSV holds one decomposition: pass --sex male or --sex female")
        }
        let needed = plans || options.mortality == nil || area == nil || comparator == nil
        let inputs = try LifeExpectancyInputs(workspaceOptions, needed: needed)
        let values = try inputs.values([
            LifeExpectancyInputs.mortalitySetting(options.mortality),
            .init(option: "--area NAME", key: "area.name", given: area) { config, _ in config.area.name },
            .init(option: "--comparator NAME", key: "comparator", given: comparator) { config, _ in config.comparator },
        ])
        let (areaName, comparatorName) = (values[1], values[2])
        let file = try inputs.mortalityFile(values[0], givenAsOption: options.mortality != nil)
        let gaps = try options.sexes.map { sex in
            GapReport(
                area: areaName, comparator: comparatorName, sex: sex, mortalityFile: file.display,
                areaSchedule: try inputs.schedule(file, population: areaName, sex: sex),
                comparatorSchedule: try inputs.schedule(file, population: comparatorName, sex: sex))
        }
        let plansReport = plans ? try self.plansReport(inputs, file: file, area: areaName) : nil
        print(GapRenderer.render(gaps, plans: plansReport, as: options.format.format), terminator: "")
        if options.format == .json { print() }
        let unreliable = gaps.compactMap(\.unreliableStatement)
        if !unreliable.isEmpty {
            if options.format == .csv { unreliable.forEach(printError) }
            throw ExitCode(1)
        }
    }

    /// The plans' contributions: needs the workspace's plans and its target.
    func plansReport(_ inputs: LifeExpectancyInputs, file: MortalityFile, area: String) throws -> PlansReport {
        guard let workspace = inputs.workspace, let config = try inputs.config() else {
            throw CommandFailure(message: "--plans needs a workspace: run inside one, or name it with --workspace")
        }
        guard let goal = config.lifeExpectancy, let timing = EffectTiming(workspace: config) else {
            throw CommandFailure(
                message: "--plans needs life_expectancy (baseline and target) in countdown.yaml, "
                    + "to know the target and its date")
        }
        guard let model = ContributionModel(mortality: file.data, area: area, timing: timing) else {
            throw CommandFailure(message: "\(file.display) has no rows for \(area)")
        }
        let broken = Set(workspace.diagnostics.filter { $0.severity == .error }.map(\.location.file))
            .filter { $0.hasPrefix("plans/") || $0.contains("/plans/") }
        if !broken.isEmpty {
            printError(
                "countdown: \(broken.count) plan file\(broken.count == 1 ? " has" : "s have") errors and "
                    + "\(broken.count == 1 ? "is" : "are") left out; run `countdown lint` to see them")
        }
        return PlansReport(
            model: model, plans: workspace.plans, workspace: config, goal: goal, mortalityFile: file.display,
            sexes: options.sexes)
    }
}
