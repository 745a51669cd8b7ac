import ArgumentParser
import Modelling
import Workbench

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
        let request = GapRequest(
            mortality: options.mortality, area: area, comparator: comparator, sexes: options.sexes, plans: plans)
        let outcome = try perform { () throws(WorkbenchError) in try workspaceOptions.workbench.gap(request) }
        say(outcome.messages)
        print(GapRenderer.render(outcome.gaps, plans: outcome.plans, as: options.format), terminator: "")
        if options.format == .json { print() }
        if !outcome.unreliable.isEmpty {
            if options.format == .csv { outcome.unreliable.forEach(printError) }
            throw ExitCode(1)
        }
    }
}
