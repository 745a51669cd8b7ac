import ArgumentParser
import PlanChanges
import Workbench

extension ChangeFormat: ExpressibleByArgument {}
extension DiffRequest.FailOn: ExpressibleByArgument {}

struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Show what changed in the plans between two git revisions, or two folders.",
        discussion: """
            Compares the plans as two git revisions hold them (read through git: no
            checkout is touched), or two workspace folders. Plans are matched by id, so a
            renamed or moved file is the same plan. Each change is weakening (a target
            less ambitious, a milestone slipped, a rating improved with unchanged
            evidence, a commitment removed, the plans' contributions falling below the
            life-expectancy target), strengthening, or neutral.

            Without revisions, compares where this branch left the default branch (the
            merge base with GITHUB_BASE_REF, origin/HEAD, main or master) with the
            working tree, uncommitted edits included. With one, compares it with the
            working tree.

            Examples:
              countdown diff                           this branch's changes, for review
              countdown diff main                      main against the working tree
              countdown diff v1.0 HEAD                 two commits
              countdown diff --format md > comment.md  a pull-request comment
              countdown diff --format github           annotations on a pull request
              countdown diff --fail-on weakening       exit 1 on a weakening change (for CI)
              countdown diff --from old --to new       two workspace folders outside git

            Exit codes: 0 compared, 1 --fail-on found what it names, or the plans after
            have errors (their files are left out), 2 the command could not run.
            """)

    @OptionGroup var workspaceOptions: WorkspaceOptions

    @Argument(help: ArgumentHelp("The revision before (default: the merge base with the default branch)."))
    var base: String?

    @Argument(help: ArgumentHelp("The revision after (default: the working tree)."))
    var head: String?

    @Option(help: ArgumentHelp("A workspace folder to compare from, instead of git.", valueName: "DIR"))
    var from: String?

    @Option(help: ArgumentHelp("The workspace folder to compare to (with --from).", valueName: "DIR"))
    var to: String?

    @Option(help: "Output format: text, md (a pull-request comment), json, or github (annotations).")
    var format: ChangeFormat = .text

    @Option(help: ArgumentHelp("Exit 1 when there is a weakening change, or any change.", valueName: "weakening|any"))
    var failOn: DiffRequest.FailOn?

    func validate() throws {
        if (from == nil) != (to == nil) { throw ValidationError("--from and --to go together: name both folders") }
        if from != nil && (base != nil || head != nil) {
            throw ValidationError("compare two folders (--from, --to) or two revisions, not both")
        }
    }

    func run() throws {
        let sides: DiffRequest.Sides =
            if let from, let to { .folders(before: from, after: to) } else { .revisions(before: base, after: head) }
        let request = DiffRequest(sides: sides, failOn: failOn)
        let outcome = try perform { () throws(WorkbenchError) in try workspaceOptions.workbench.diff(request) }
        say(outcome.messages)
        let output = format.render(outcome.changes, failing: failOn == .weakening)
        if !output.isEmpty { print(output, terminator: output.hasSuffix("\n") ? "" : "\n") }
        if outcome.failed { throw ExitCode(1) }
    }
}
