import Common
import PlanLoading
import PlanModel
import SystemIO
import Tracking

/// `countdown import FILE…`.
public struct ImportRequest: Sendable {
    /// CSV files in an exchange format, as the user named them.
    public var files: [String]
    /// Import the good rows of a file that has bad ones.
    public var skipBad: Bool

    public init(files: [String], skipBad: Bool = false) {
        self.files = files
        self.skipBad = skipBad
    }
}

/// What importing the files did, file by file.
public struct ImportOutcome: Sendable {
    public var results: [ImportResult]
    public var messages: [Message]
    /// Some file had bad rows (exit 1).
    public var failed: Bool { results.contains { !$0.problems.isEmpty } }
}

extension Workbench {
    /// Import files are limited to 512 MB: a national programme's ten years
    /// of monthly returns is about a fifth of that, and a larger file is a
    /// mistake (or hostile) rather than data, which would be held in memory whole.
    public static let importSizeLimit = 512 * 1_048_576

    /// Imports each file in its own transaction. Every file is read before
    /// any is imported, so a file that cannot be read stops the run with nothing written.
    public func importFiles(_ request: ImportRequest, progress: ProgressListener? = nil) throws(WorkbenchError)
        -> ImportOutcome
    {
        let workspace = try open()
        let contents = try request.files.map { path throws(WorkbenchError) in (path, try Self.readImport(path)) }
        let catalog = workspace.catalog
        let store = try workspace.openStore(self)
        var outcome = ImportOutcome(results: [], messages: [])
        for (path, bytes) in contents {
            let display = workspace.loader.displayPath(path)
            progress?.begin("Importing \(display)", unit: "MB")
            let result = try storeCall { () throws(StoreError) in
                try store.importFile(
                    bytes: bytes, file: display, catalog: catalog, recordedBy: user, skipBad: request.skipBad
                ) { done, total in
                    progress?.update(done / 1_048_576, of: (total + 1_048_575) / 1_048_576)
                }
            }
            progress?.end()
            outcome.results.append(result)
            if result.problems.isEmpty {
                outcome.messages.append(.note(Self.summary(result)))
            } else {
                outcome.messages.append(
                    .findings(result.problems, sources: [display: String(decoding: bytes, as: UTF8.self)]))
                outcome.messages.append(.problem(Self.summary(result)))
            }
        }
        if outcome.failed, let skipped = workspace.skippedPlans { outcome.messages.append(skipped) }
        return outcome
    }

    static func summary(_ result: ImportResult) -> String {
        let rows = result.rowCount
        let kind = result.format.map { $0 == .actuals ? "actuals" : "milestones" } ?? "rows"
        let bad = result.problems.count
        guard result.written else {
            if result.format == nil || result.problems.contains(where: { $0.rule.hasPrefix("file-") }) {
                return "\(result.file): not imported: the file is not a usable exchange file."
            }
            return "\(result.file): nothing imported: \(count(bad, "bad row")) of \(rows) "
                + "(fix \(bad == 1 ? "it" : "them"), or use --skip-bad to import the good rows)."
        }
        var text =
            "\(result.file): \(rows) \(kind) rows: \(result.added) added, \(result.superseded) superseded, "
            + "\(result.unchanged) unchanged"
        if bad > 0 { text += ", \(bad) bad \(bad == 1 ? "row" : "rows") skipped" }
        return text + "."
    }

    /// The file's bytes; it must be a regular file of UTF-8 text. FileReader
    /// says why a path cannot be read (a folder, a named pipe, no permission)
    /// and never waits on a pipe.
    static func readImport(_ path: String) throws(WorkbenchError) -> [UInt8] {
        let bytes: [UInt8]
        switch FileReader.contents(of: path, limit: importSizeLimit) {
        case .success(let contents): bytes = contents
        case .failure(.tooLarge(let size, let limit)):
            throw .cannotRun(
                "cannot read \(path): it is \(size / 1_048_576) MB; import files are limited to "
                    + "\(limit / 1_048_576) MB (split it into several files)")
        case .failure(let failure):
            throw .cannotRun("cannot read \(path): \(failure.reason)")
        }
        guard ImportFile.isUTF8(bytes) else {
            let (line, offset) = firstInvalidUTF8(bytes)
            throw .cannotRun(
                "cannot read \(path): it is not UTF-8 text (line \(line), byte \(offset + 1) of the file is "
                    + "not UTF-8); save it as CSV UTF-8")
        }
        return bytes
    }

    /// The line (from 1) and byte offset (from 0) of the first byte that is
    /// not UTF-8; only asked once a file is known not to be.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> (line: Int, offset: Int) {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        var line = 1
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar):
                if scalar.count == 1 && scalar.first == 0x0A { line += 1 }
                offset += scalar.count
            case .error: return (line, offset)
            case .emptyInput: return (line, offset)
            }
        }
    }
}
