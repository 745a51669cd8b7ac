import ArgumentParser
import Common
import Foundation
import LifeTables
import Modelling
import PlanLint
import PlanLoading
import PlanModel
import SystemIO

enum SexOption: String, ExpressibleByArgument, CaseIterable {
    case male, female

    var sex: Sex {
        switch self {
        case .male: .male
        case .female: .female
        }
    }
}

enum FormatOption: String, ExpressibleByArgument, CaseIterable {
    case text, csv, json

    var format: OutputFormat {
        switch self {
        case .text: .text
        case .csv: .csv
        case .json: .json
        }
    }
}

/// `--mortality`, `--sex` and `--format`, shared by `lifetable` and `gap`.
struct MortalityOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "The mortality CSV file (default: life_expectancy.mortality in countdown.yaml).", valueName: "FILE"))
    var mortality: String?

    @Option(help: "male or female (default: both; CSV needs one unless --plans).")
    var sex: SexOption?

    @Option(help: "Output format: text, csv or json.")
    var format: FormatOption = .text

    var sexes: [Sex] { sex.map { [$0.sex] } ?? Sex.allCases }
}

/// The workspace, when there is one, and the settings it gives as defaults.
/// Wiring only: every value is either an option or read from countdown.yaml.
struct LifeExpectancyInputs {
    let loader = WorkspaceLoader()
    /// `nil` outside a workspace (and when none was needed).
    let workspace: LoadedWorkspace?

    /// Finds the workspace. It is required when `needed` (a default must
    /// come from countdown.yaml) or when --workspace names one.
    init(_ options: WorkspaceOptions, needed: Bool) throws(CommandFailure) {
        guard needed || options.workspace != nil else {
            workspace = nil
            return
        }
        do {
            let root = try options.root()
            workspace = try loader.load(root: root)
        } catch {
            if options.workspace != nil { throw CommandFailure(message: error.description) }
            workspace = nil
        }
    }

    /// countdown.yaml's settings, or `nil` outside a workspace. Stops when
    /// countdown.yaml is there but has errors, because its defaults can't be trusted.
    func config() throws(CommandFailure) -> WorkspaceConfig? {
        guard let workspace else { return nil }
        guard let config = workspace.config else {
            throw CommandFailure(
                message: "countdown.yaml has errors, so its settings cannot be used as defaults; "
                    + "run `countdown lint` to see them, or pass every option")
        }
        return config
    }

    /// A value a command needs: given as an option, or else read from countdown.yaml.
    struct Setting {
        /// `--area NAME`, as the message to pass it says.
        var option: String
        /// Where countdown.yaml gives it, such as `area.name`.
        var key: String
        var given: String?
        var fromConfig: (WorkspaceConfig, _ root: String) -> String?
    }

    /// Each setting's value, from its option or countdown.yaml; when any is
    /// missing, one failure naming every option to pass.
    func values(_ settings: [Setting]) throws(CommandFailure) -> [String] {
        let config = settings.allSatisfy { $0.given != nil } ? nil : try config()
        var values: [String] = []
        var missing: [Setting] = []
        for setting in settings {
            if let value = setting.given ?? config.flatMap({ setting.fromConfig($0, workspace?.root ?? "") }) {
                values.append(value)
            } else {
                missing.append(setting)
            }
        }
        guard missing.isEmpty else {
            // countdown.yaml names a mortality file outside the workspace: say so, not "missing".
            if let written = config?.lifeExpectancy?.mortality,
                missing.contains(where: { $0.option == "--mortality FILE" }),
                let refusal = WorkspaceConfinement.problem(naming: written, root: workspace?.root ?? "")
            {
                throw CommandFailure(message: "the mortality file in countdown.yaml: \(refusal); pass --mortality FILE")
            }
            let options = Self.list(missing.map(\.option))
            let keys = Self.list(missing.map(\.key))
            let place =
                workspace == nil
                ? "run inside a workspace whose countdown.yaml sets \(keys)" : "set \(keys) in countdown.yaml"
            throw CommandFailure(message: "missing \(options): pass \(missing.count == 1 ? "it" : "them"), or \(place)")
        }
        return values
    }

    /// "a", "a and b", "a, b and c".
    static func list(_ items: [String]) -> String {
        guard let last = items.last, items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " and " + last
    }

    /// `--mortality FILE`, defaulting to countdown.yaml's file (as an absolute path).
    static func mortalitySetting(_ option: String?) -> Setting {
        Setting(option: "--mortality FILE", key: "life_expectancy.mortality", given: option) { config, root in
            WorkspaceLoader.mortalityPath(config, root: root)
        }
    }

    /// The mortality file, read and checked. Problems in its contents are
    /// printed with their file:line:column and end the command with exit 1;
    /// a file that cannot be read ends it with exit 2. `path` is shown as
    /// given when it was an option, else relative to the current folder.
    func mortalityFile(_ path: String, givenAsOption: Bool) throws -> MortalityFile {
        let display = givenAsOption ? path : loader.displayPath(path)
        switch MortalityFile.load(path: path, display: display) {
        case .success(let file): return file
        case .failure(.unreadable(let display, let reason)):
            throw CommandFailure(message: "cannot read the mortality file \(display): \(reason)")
        case .failure(let failure):
            let renderer = TextDiagnosticRenderer(
                sources: failure.sources, style: .forOutput(fileDescriptor: 2))
            for diagnostic in failure.diagnostics { printError(renderer.render(diagnostic)) }
            printError("\(failure.message); correct the file and run again")
            throw ExitCode(1)
        }
    }

    /// The schedule of one population and sex, or exit 2 with what the file holds.
    func schedule(_ file: MortalityFile, population: String, sex: Sex) throws(CommandFailure) -> MortalitySchedule {
        do {
            return try file.schedule(for: population, sex: sex)
        } catch {
            throw CommandFailure(message: error.description)
        }
    }
}
