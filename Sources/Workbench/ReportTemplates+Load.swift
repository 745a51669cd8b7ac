import Common
import Foundation
import PlanLoading
import Reporting
import SystemIO

extension ReportTemplates {
    /// A template is a page of layout; anything larger is a mistake or hostile.
    static let sizeLimit = 4 * 1_048_576

    /// The templates with any overrides found in `folder` (a workspace's
    /// `templates/`). A file there that is not one of `names` is returned in
    /// `unknown`, so the caller can say so rather than ignore it silently. A
    /// template is read only when it lies inside the workspace at `root`
    /// (default: the folder above `folder`), links followed: a committed link
    /// to /proc/self/environ must not put the environment into a pack.
    public static func load(folder: String, display: (String) -> String, root: String? = nil) throws(TemplateError)
        -> (templates: ReportTemplates, unknown: [String])
    {
        let root = root ?? (folder as NSString).deletingLastPathComponent
        var overrides: [String: (text: String, file: String)] = [:]
        var unknown: [String] = []
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted()
        for file in files where file.hasSuffix(".mustache") {
            let name = String(file.dropLast(".mustache".count))
            let path = folder + "/" + file
            guard names.contains(name) else {
                unknown.append(display(path))
                continue
            }
            func refuse(_ reason: String) -> TemplateError {
                TemplateError(file: display(path), line: 1, column: 1, reason: reason, rule: "unreadable-file")
            }
            if let refusal = WorkspaceConfinement.problem(reading: path, root: root) { throw refuse(refusal) }
            let bytes: [UInt8]
            switch FileReader.contents(of: path, limit: sizeLimit) {
            case .success(let contents): bytes = contents
            case .failure(let failure): throw refuse("cannot be read: \(failure.reason)")
            }
            guard let text = String(validating: bytes, as: UTF8.self) else {
                throw TemplateError(file: display(path), line: 1, column: 1, reason: "cannot be read as UTF-8 text")
            }
            overrides[name] = (text, display(path))
        }
        return (try ReportTemplates(overrides: overrides), unknown)
    }
}
