import Foundation
import TestSupport
import Testing

/// Hostile files never crash or hang the linter: each gives exit code 1 and
/// an error naming the file. Elapsed times are printed (measured, not asserted:
/// the timeout only guards against a hang).
@Suite(.serialized)
struct HostileInputTests {
    static let cases: [(name: String, bytes: [UInt8], rule: String)] = [
        ("alias-bomb", Array(aliasBomb().utf8), "input-limits"),
        (
            "deep-flow",
            Array(("a: " + String(repeating: "[", count: 20_000) + String(repeating: "]", count: 20_000)).utf8),
            "input-limits"
        ),
        ("deep-block", Array(("a:\n" + String(repeating: "- ", count: 20_000) + "x\n").utf8), "input-limits"),
        ("invalid-utf8", Array("schema: 1\ntitle: ".utf8) + [0xC3, 0x28] + [0x0A], "file-encoding"),
        ("binary", (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7) }, "file-encoding"),
        ("empty", [], "empty-file"),
        ("scalar-root", Array("just a sentence\n".utf8), "root-not-mapping"),
    ]

    static func aliasBomb() -> String {
        var text = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for (name, previous) in zip("bcdefghijklmnop", "abcdefghijklmno") {
            text += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ", ") + "]\n"
        }
        return text
    }

    @Test(arguments: cases.map(\.name))
    func hostileFileIsReportedNotFatal(_ name: String) throws {
        let testCase = try #require(Self.cases.first { $0.name == name })
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "countdown-hostile-\(getpid())-\(name)")
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("plans"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(
            atPath: countdown.fixtures + "/broken/countdown.yaml",
            toPath: folder.appendingPathComponent("countdown.yaml").path)
        try Data(testCase.bytes).write(to: folder.appendingPathComponent("plans/\(name).yaml"))
        let result = try countdown.run(["lint", "--format", "json"], in: folder.path, timeout: 20)
        print("hostile input \(name): exit \(result.status) in \(String(format: "%.3f", result.seconds)) s")
        #expect(result.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let diagnostics = try #require(json["diagnostics"] as? [[String: Any]])
            .filter { $0["severity"] as? String == "error" }
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?["rule"] as? String == testCase.rule)
        #expect((diagnostics.first?["location"] as? [String: Any])?["file"] as? String == "plans/\(name).yaml")
    }
}
