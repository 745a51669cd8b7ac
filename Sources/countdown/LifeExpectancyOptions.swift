import ArgumentParser
import LifeTables
import Modelling

extension Sex: ExpressibleByArgument {}
extension OutputFormat: ExpressibleByArgument {}

/// `--mortality`, `--sex` and `--format`, shared by `lifetable` and `gap`.
struct MortalityOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "The mortality CSV file (default: life_expectancy.mortality in countdown.yaml).", valueName: "FILE"))
    var mortality: String?

    @Option(help: "male or female (default: both; CSV needs one unless --plans).")
    var sex: Sex?

    @Option(help: "Output format: text, csv or json.")
    var format: OutputFormat = .text

    var sexes: [Sex] { sex.map { [$0] } ?? Sex.allCases }
}
