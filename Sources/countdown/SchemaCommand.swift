import ArgumentParser
import Foundation
import PlanLoading
import SystemIO

struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Write the JSON Schema (draft 2020-12) of plan files, countdown.yaml or framework files.",
        discussion: """
            Editors with the YAML language server (VS Code's YAML extension) use it to complete and check as you
            type: put this line at the top of a plan file:
              # yaml-language-server: $schema=../schema/plan.schema.json

            Examples:
              countdown schema plan                 the plan schema on standard output
              countdown schema --out schema         write all three files into schema/
            """)

    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case plan, workspace, framework

        var document: JSONSchemaGenerator.Document {
            switch self {
            case .plan: .plan
            case .workspace: .workspace
            case .framework: .framework
            }
        }
    }

    @Argument(help: "plan, workspace (countdown.yaml) or framework; omit with --out to write all three.")
    var kind: Kind?

    @Option(help: ArgumentHelp("Write the schema files into this folder instead.", valueName: "DIR"))
    var out: String?

    func run() throws {
        guard let out else {
            print(JSONSchemaGenerator.generate((kind ?? .plan).document), terminator: "")
            return
        }
        let kinds = kind.map { [$0] } ?? Kind.allCases
        do {
            try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
            for kind in kinds {
                let url = URL(fileURLWithPath: out).appendingPathComponent(kind.document.fileName)
                // Written whole to a temporary file, then renamed: never half a schema.
                try AtomicFileWriter.write(Data(JSONSchemaGenerator.generate(kind.document).utf8), to: url.path)
                printError("wrote \(url.path)")
            }
        } catch {
            throw CommandFailure(message: "cannot write the schema into \(out): \(error.localizedDescription)")
        }
    }
}
