import Foundation
import Testing

/// One case of the hostile-input corpus, as Corpus/manifest.json states it.
///
/// `kind` says how the case is set up in a temporary workspace that holds the
/// loader's fixture countdown.yaml (organisations pct and council, board hwb):
/// - `plan`: `file` is copied into plans/;
/// - `config`: `file` becomes countdown.yaml, beside the fixture's valid plan;
/// - `folder`: every file in the folder `file` is copied into plans/;
/// - `generated`: `generator` makes plans/NAME.yaml at test time (too big to
///   commit, or a folder, a link or a pipe rather than a file);
/// - `csv`: `file` is imported beside the fixture's valid plan;
/// - `generated-csv`: `generator` makes the file to import.
/// Files are named from Tests/, so a fixture another target already has is
/// reused rather than copied.
///
/// `errors` lists every error expected, as `RULE FILE:LINE:COLUMN` (empty:
/// the input must work); `message` is the first error's message, or for a
/// file that cannot be read at all, the reason the command gives; `exit` is
/// the command's exit code; `added` is how many rows a good CSV file adds.
struct CorpusCase: Decodable, Sendable, CustomTestStringConvertible {
    var name: String
    var kind: String
    var file: String?
    var generator: String?
    var errors: [String]
    var message: String?
    var exit: Int32
    var added: Int?

    var testDescription: String { name }
    var isCSV: Bool { kind == "csv" || kind == "generated-csv" }

    struct Manifest: Decodable {
        var cases: [CorpusCase]
    }

    static let all: [CorpusCase] = {
        do {
            let data = try Data(contentsOf: URL(fileURLWithPath: Paths.corpus + "/manifest.json"))
            return try JSONDecoder().decode(Manifest.self, from: data).cases
        } catch {
            fatalError("Corpus/manifest.json cannot be read: \(error)")
        }
    }()

    /// The file name it has in the workspace.
    var workspaceName: String {
        switch kind {
        case "generated": name + ".yaml"
        case "generated-csv": name + ".csv"
        default: URL(fileURLWithPath: file ?? name).lastPathComponent
        }
    }
}
