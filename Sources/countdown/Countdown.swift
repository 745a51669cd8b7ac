import ArgumentParser
import PlanLint

struct Countdown: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "countdown",
        abstract: "Check, track and report public-health delivery plans kept as YAML.",
        discussion: """
            countdown reads a workspace: a folder holding countdown.yaml and plans/*.yaml.
            It is found from the current folder upwards, or named with --workspace.

            Exit codes: 0 no errors, 1 errors found, 2 the command could not run.
            """,
        version: ToolInfo.version,
        subcommands: [
            InitCommand.self, NewCommand.self,
            LintCommand.self, RulesCommand.self, ExplainCommand.self, SchemaCommand.self, LifeTableCommand.self,
            GapCommand.self, SyncCommand.self, RecordCommand.self, DoneCommand.self, HistoryCommand.self,
            ImportCommand.self, ExportCommand.self, StatusCommand.self, DiffCommand.self, ReportCommand.self,
        ]
    )
}
