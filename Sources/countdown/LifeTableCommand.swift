import ArgumentParser
import Modelling
import Workbench

struct LifeTableCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lifetable",
        abstract: "Print the abridged life table of one population, with 95% confidence limits.",
        discussion: """
            Chiang II abridged life table (the ONS and public health agency method): age bands 0, 1-4, …, \
            85-89, 90+; l per 100,000 born; 95% limits on e from Chiang's variance with the open last band's \
            adjustment.

            Inside a workspace, --mortality defaults to life_expectancy.mortality and --population to the \
            area's name in countdown.yaml.

            Examples:
              countdown lifetable --sex male
              countdown lifetable --population England --sex female
              countdown lifetable --mortality deaths.csv --population Salford
              countdown lifetable --sex male --format csv > manchester-male.csv

            CSV columns: age_band,deaths,population,m,q,l,d,L,T,e,e_lower,e_upper (m and q to 8 decimal \
            places, l, d, L and T to 2, e and its limits at full precision). JSON gives every value at full precision.
            When the data cannot give a reliable table (population of 5,000 person-years or less, no deaths \
            at 90+, ...), the reason is printed instead of numbers (CSV: the header only, the reason on \
            standard error).

            Exit codes: 0 table printed, 1 the data is wrong or cannot give a reliable table, 2 the command \
            could not run (no such file or population, bad arguments).
            """)

    @OptionGroup var workspaceOptions: WorkspaceOptions
    @OptionGroup var options: MortalityOptions

    @Option(
        help: ArgumentHelp("The population (area) name in the file (default: the workspace's area).", valueName: "NAME")
    )
    var population: String?

    func run() throws {
        if options.format == .csv, options.sex == nil {
            throw CommandFailure(message: "CSV holds one life table: pass --sex male or --sex female")
        }
        let request = LifeTableRequest(mortality: options.mortality, population: population, sexes: options.sexes)
        let outcome = try perform { () throws(WorkbenchError) in try workspaceOptions.workbench.lifeTable(request) }
        print(LifeTableRenderer.render(outcome.tables, as: options.format), terminator: "")
        if options.format == .json { print() }
        if !outcome.unreliable.isEmpty {
            if options.format == .csv { outcome.unreliable.forEach(printError) }
            throw ExitCode(1)
        }
    }
}
