import Foundation
import PlanModel
import SystemIO
import Tracking

/// Where a board's pack goes: `EXPORTS/BOARD/DATE/`, and never anywhere
/// else, whatever a board id says.
///
/// The board's folder name is made from its id by keeping ASCII letters,
/// digits, `-` and `_` and writing any other byte as `%XX`, so `..`, `/`,
/// a leading dot or a NUL cannot make a path that leaves the exports
/// folder; an id with nothing safe in it becomes `board`. The date is a
/// `Day`, always `YYYY-MM-DD`. The folder is checked to lie inside the
/// exports folder after both are standardised, as a second line of defence.
public enum ExportLocation {
    /// A single safe path component for `text`.
    public static func component(_ text: String) -> String {
        var result = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "_"):
                result.append(Character(Unicode.Scalar(byte)))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                result += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        // Long ids are cut (with a hash of the whole, so two never collide) to stay
        // within file-name limits.
        if result.count > 100 {
            result = String(result.prefix(80)) + "-" + String(SHA256.hex(Array(text.utf8)).prefix(16))
        }
        return result.isEmpty ? "board" : result
    }

    /// `awhb-2010-03-31`: the start of every file name in a pack, so a file
    /// sent on its own still says which board and date it is.
    public static func fileStem(board: String, asOf: Day) -> String {
        "\(component(board))-\(asOf)"
    }

    /// The board's folder for a date inside `exports`; nil if, against
    /// expectation, it would not lie inside it.
    public static func folder(exports: String, board: String, asOf: Day) -> String? {
        let base = URL(fileURLWithPath: exports).standardizedFileURL.path
        let folder = URL(fileURLWithPath: base).appendingPathComponent(component(board))
            .appendingPathComponent(asOf.description).standardizedFileURL.path
        let prefix = base.hasSuffix("/") ? base : base + "/"
        return folder.hasPrefix(prefix) ? folder : nil
    }
}
