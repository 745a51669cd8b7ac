import Foundation

#if FUZZING
    /// libFuzzer's driver (compiler-rt, linked by `-sanitize=fuzzer`). SwiftPM
    /// gives an executable its own `main`, so this one calls the driver rather
    /// than letting libFuzzer provide `main`.
    @_silgen_name("LLVMFuzzerRunDriver")
    func llvmFuzzerRunDriver(
        _ argc: UnsafeMutablePointer<CInt>,
        _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
        _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
    ) -> CInt
#endif

/// The loader's fuzz target. Built by `scripts/fuzz.sh` with
/// `-sanitize=fuzzer -DFUZZING`, it is a libFuzzer binary taking libFuzzer's
/// options. Built plainly (as `swift build` does), it replays inputs: each
/// FILE, or every file in each FOLDER, goes through the same checks, so a
/// crash the fuzzer saved can be reproduced under a debugger.
@main
struct FuzzLoader {
    static func main() {
        #if FUZZING
            var argc = CommandLine.argc
            var argv = CommandLine.unsafeArgv
            exit(
                // libFuzzer's C entry point hands over each input as a pointer: copied to an array at once.
                llvmFuzzerRunDriver(&argc, &argv) { data, size in
                    LoaderHarness.run(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
                    return 0
                })
        #else
            replay(Array(CommandLine.arguments.dropFirst()))
        #endif
    }

    static func replay(_ paths: [String]) {
        guard !paths.isEmpty else {
            FileHandle.standardError.write(Data("usage: FuzzLoader FILE-OR-FOLDER...\n".utf8))
            exit(2)
        }
        var count = 0
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                FileHandle.standardError.write(Data("FuzzLoader: no such file or folder: \(path)\n".utf8))
                exit(2)
            }
            let files =
                isFolder.boolValue
                ? ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted().map { path + "/" + $0 }
                : [path]
            for file in files {
                guard let data = FileManager.default.contents(atPath: file) else { continue }
                LoaderHarness.run(Array(data))
                count += 1
            }
        }
        print("replayed \(count) inputs: no crash")
    }
}
