import Common
import Foundation
import LifeTables
import Modelling
import PlanLoading
import PlanModel
import SystemIO

/// The workspace, when there is one, and the settings it gives as defaults.
/// Wiring only: every value is either an option or read from countdown.yaml.
struct LifeExpectancyInputs {
    let loader = WorkspaceLoader()
    /// `nil` outside a workspace (and when none was needed).
    let workspace: LoadedWorkspace?

    /// Finds the workspace. It is required when `needed` (a default must
    /// come from countdown.yaml) or when --workspace names one.
    init(_ workbench: Workbench, needed: Bool) throws(WorkbenchError) {
        guard needed || workbench.selection.folder != nil else {
            workspace = nil
            return
        }
        do throws(WorkbenchError) {
            workspace = try OpenedWorkspace.load(root: try workbench.root(), loader: loader)
        } catch {
            if workbench.selection.folder != nil { throw error }
            workspace = nil
        }
    }

    /// countdown.yaml's settings, or `nil` outside a workspace. Stops when
    /// countdown.yaml is there but has errors, because its defaults can't be trusted.
    func config() throws(WorkbenchError) -> WorkspaceConfig? {
        guard let workspace else { return nil }
        guard let config = workspace.config else {
            throw .cannotRun(
                "countdown.yaml has errors, so its settings cannot be used as defaults; "
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
    func values(_ settings: [Setting]) throws(WorkbenchError) -> [String] {
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
                throw .cannotRun("the mortality file in countdown.yaml: \(refusal); pass --mortality FILE")
            }
            let options = Self.list(missing.map(\.option))
            let keys = Self.list(missing.map(\.key))
            let place =
                workspace == nil
                ? "run inside a workspace whose countdown.yaml sets \(keys)" : "set \(keys) in countdown.yaml"
            throw .cannotRun("missing \(options): pass \(missing.count == 1 ? "it" : "them"), or \(place)")
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
    func mortalityFile(_ path: String, givenAsOption: Bool) throws(WorkbenchError) -> MortalityFile {
        let display = givenAsOption ? path : loader.displayPath(path)
        switch MortalityFile.load(path: path, display: display) {
        case .success(let file): return file
        case .failure(.unreadable(let display, let reason)):
            throw .cannotRun("cannot read the mortality file \(display): \(reason)")
        case .failure(let failure):
            throw .stopped([
                .findings(failure.diagnostics, sources: failure.sources),
                .problem("\(failure.message); correct the file and run again"),
            ])
        }
    }

    /// The schedule of one population and sex, or exit 2 with what the file holds.
    func schedule(_ file: MortalityFile, population: String, sex: Sex) throws(WorkbenchError) -> MortalitySchedule {
        do {
            return try file.schedule(for: population, sex: sex)
        } catch {
            throw .cannotRun(error.description)
        }
    }
}
