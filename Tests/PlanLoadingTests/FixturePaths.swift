import Foundation
import TestSupport

enum FixturePaths {
    static let root = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.path
    static let workspace = root + "/workspace"
    static func error(_ name: String) -> String { root + "/errors/\(name).yaml" }

    /// The example workspace at the repository root.
    static let example = SourceTree.root
}
