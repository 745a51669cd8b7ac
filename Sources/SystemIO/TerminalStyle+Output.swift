import Common
import Foundation

extension TerminalStyle {
    /// The style for output written to `fileDescriptor`: colour only on a
    /// terminal, and never when NO_COLOR is set (no-color.org).
    public static func forOutput(fileDescriptor: Int32) -> TerminalStyle {
        let noColour = ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        return TerminalStyle(colour: !noColour && isatty(fileDescriptor) == 1)
    }
}
