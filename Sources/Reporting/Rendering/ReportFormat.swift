/// The formats a board pack is written in: a closed set, so adding one is
/// a compile error until every switch renders it.
public enum ReportFormat: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case markdown = "md"
    case csv
    case html
    case json

    /// Parses `md,csv,html,json` (any order, spaces allowed, `markdown`
    /// accepted for `md`); nil with the unknown name when one is not a format.
    public static func list(_ text: String) -> Result<[ReportFormat], UnknownFormat> {
        var formats: [ReportFormat] = []
        for part in text.split(separator: ",") {
            let name = part.trimmingSpaces.lowercased()
            guard let format = name == "markdown" ? .markdown : ReportFormat(rawValue: name) else {
                return .failure(UnknownFormat(name: name))
            }
            if !formats.contains(format) { formats.append(format) }
        }
        return formats.isEmpty ? .failure(UnknownFormat(name: text)) : .success(formats.sorted())
    }

    public struct UnknownFormat: Error, Sendable, Hashable {
        public var name: String
    }

    /// The files a format writes, for a board and date (`awhb-2010-03-31`):
    /// one per format except CSV, which writes four tables.
    public func fileNames(stem: String) -> [String] {
        switch self {
        case .markdown: ["\(stem).md"]
        case .html: ["\(stem).html"]
        case .json: ["\(stem).json"]
        case .csv: CSVTableKind.allCases.map { "\(stem)-\($0.rawValue).csv" }
        }
    }

    public static func < (lhs: ReportFormat, rhs: ReportFormat) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// The CSV tables of a pack.
public enum CSVTableKind: String, Sendable, CaseIterable {
    /// One row per plan.
    case summary
    /// One row per measure and point: baseline, trajectory, target, actual, forecast (long form).
    case measures
    case milestones
    /// One row per intervention and diagnostic component.
    case diagnostic
}
