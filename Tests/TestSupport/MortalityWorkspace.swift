import Foundation

/// A fixture workspace copied to a temporary folder with the repository's
/// synthetic mortality file beside it (as mortality.csv), as a user would have it.
public enum MortalityWorkspace {
    /// The repository's synthetic mortality file.
    public static let dataFile = SourceTree.root + "/data/mortality-2005-07.csv"

    /// A fresh copy of the workspace folder `fixture`; `edit` may change countdown.yaml's text
    /// first. The caller removes the folder (or leaves it to the temporary directory).
    public static func copy(
        _ fixture: String, prefix: String, editingConfig edit: (String) -> String = { $0 }
    ) throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)").path
        try FileManager.default.copyItem(atPath: fixture, toPath: root)
        try FileManager.default.copyItem(atPath: dataFile, toPath: root + "/mortality.csv")
        let config = try String(contentsOfFile: root + "/countdown.yaml", encoding: .utf8)
        try edit(config).write(toFile: root + "/countdown.yaml", atomically: true, encoding: .utf8)
        return root
    }
}
