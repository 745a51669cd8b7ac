import Common
import LifeTables
import PlanModel
import StableJSON

/// Views of `GapReport`s, and of the plans' contributions when asked for.
public enum GapRenderer {
    /// The gap for each sex, then the plans' contributions when `plans` is
    /// given. CSV holds one table: the decomposition of one sex
    /// (`age_band,cause,contribution`) or, with `plans`, the plans'
    /// contributions (see `PlansRenderer`).
    public static func render(_ gaps: [GapReport], plans: PlansReport? = nil, as format: OutputFormat) -> String {
        switch format {
        case .text:
            let sections = gaps.map { gap in
                text(gap) + (plans.map { "\n" + PlansRenderer.text($0, sex: gap.sex) } ?? "")
            }
            return sections.joined(separator: "\n")
        case .csv:
            if let plans { return PlansRenderer.csv(plans) }
            return gaps.map(csv).joined()
        case .json:
            return StableJSONEncoder.text(
                JSONDocument(gaps: gaps.map(document), plans: plans.map(PlansRenderer.document)), orElse: "{}")
        }
    }

    /// Short column headings for the age-by-cause table, in cause order.
    static func shortName(_ cause: CauseGroup) -> String {
        switch cause {
        case .circulatory: "circ"
        case .cancer: "cancer"
        case .respiratory: "resp"
        case .digestive: "digest"
        case .external: "external"
        case .mentalBehavioural: "mental"
        case .deathsUnder28Days: "<28days"
        case .other: "other"
        }
    }

    static func text(_ gap: GapReport) -> String {
        var lines = [
            "Life-expectancy gap: \(gap.area) against \(gap.comparator), \(gap.sex.plural) (\(gap.mortalityFile))"
        ]
        guard let decomposition = gap.decomposition else {
            return (lines + TextLayout.wrap(gap.unreliableStatement ?? "")).joined(separator: "\n") + "\n"
        }
        lines.append("")
        var summary = [["", "life expectancy", "95% confidence interval"]]
        for (name, result) in [(gap.comparator, gap.comparatorTable), (gap.area, gap.areaTable)] {
            guard case .success(let table) = result else { continue }
            let row = table.rows[0]
            summary.append([
                name, NumberText.fixed(row.lifeExpectancy, places: 2),
                NumberText.fixed(row.lowerConfidenceLimit, places: 2) + " to "
                    + NumberText.fixed(row.upperConfidenceLimit, places: 2),
            ])
        }
        summary.append([
            "Gap", NumberText.fixed(decomposition.gap, places: 2), "years (\(gap.comparator) minus \(gap.area))",
        ])
        lines += TextLayout.table(summary, alignments: [.left, .right, .left])
        lines.append("")
        lines.append("The gap by cause (years; positive where \(gap.area) loses years)")
        var causes: [[String]] = gap.byCause.map { cause, years in
            let share = decomposition.gap != 0 ? years / decomposition.gap * 100 : 0
            return [cause.title, NumberText.fixed(years, places: 2), NumberText.fixed(share, places: 0) + "%"]
        }
        causes.append(["All causes", NumberText.fixed(decomposition.gap, places: 2), "100%"])
        lines += TextLayout.table(causes, alignments: [.left, .right, .right])
        lines.append("")
        lines.append("The gap by age band and cause (years)")
        var rows = [["age"] + CauseGroup.allCases.map(shortName) + ["all"]]
        for band in decomposition.bands {
            rows.append(
                [band.ageBand.label]
                    + CauseGroup.allCases.map { NumberText.fixed(band.contribution(of: $0), places: 2) }
                    + [NumberText.fixed(band.total, places: 2)])
        }
        rows.append(
            ["all"] + CauseGroup.allCases.map { NumberText.fixed(decomposition.contribution(of: $0), places: 2) }
                + [NumberText.fixed(decomposition.gap, places: 2)])
        lines += TextLayout.table(rows, alignments: [.left] + Array(repeating: .right, count: 9))
        lines.append("")
        lines += TextLayout.wrap(
            "Chiang II life tables; Arriaga's decomposition with \(gap.area) as the base population, each age band "
                + "split by cause in proportion to the difference in cause-specific death rates.")
        return lines.joined(separator: "\n") + "\n"
    }

    static func csv(_ gap: GapReport) -> String {
        var lines = [GapReport.csvHeader]
        for band in gap.decomposition?.bands ?? [] {
            for cause in CauseGroup.allCases {
                lines.append(
                    "\(band.ageBand.label),\(cause.rawValue),"
                        + NumberText.fixed(band.contribution(of: cause), places: 6))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    struct JSONDocument: Encodable {
        var version = 1
        var gaps: [Document]
        var plans: PlansRenderer.Document?
    }

    struct Expectancy: Encodable {
        var population: String
        var lifeExpectancy: Double
        var lower95: Double
        var upper95: Double
    }

    struct Share: Encodable {
        var cause: String
        var years: Double
    }

    struct Band: Encodable {
        var ageBand: String
        var years: Double
        var byCause: [Share]
    }

    struct Document: Encodable {
        var area: String
        var comparator: String
        var sex: String
        var mortalityFile: String
        var reliable: Bool
        var unreliableReasons: [String]
        var lifeExpectancies: [Expectancy]
        /// Comparator minus area, in years.
        var gap: Double?
        var byCause: [Share]
        var byAgeBand: [Band]
    }

    static func document(_ gap: GapReport) -> Document {
        var expectancies: [Expectancy] = []
        var reasons: [String] = []
        for (name, result) in [(gap.area, gap.areaTable), (gap.comparator, gap.comparatorTable)] {
            switch result {
            case .success(let table):
                let row = table.rows[0]
                expectancies.append(
                    Expectancy(
                        population: name, lifeExpectancy: row.lifeExpectancy, lower95: row.lowerConfidenceLimit,
                        upper95: row.upperConfidenceLimit))
            case .failure(let unreliable): reasons += unreliable.messages.map { "\(name): \($0)" }
            }
        }
        let bands = (gap.decomposition?.bands ?? []).map { band in
            Band(
                ageBand: band.ageBand.label, years: band.total,
                byCause: CauseGroup.allCases.map { Share(cause: $0.rawValue, years: band.contribution(of: $0)) })
        }
        return Document(
            area: gap.area, comparator: gap.comparator, sex: gap.sex.rawValue, mortalityFile: gap.mortalityFile,
            reliable: gap.decomposition != nil, unreliableReasons: reasons, lifeExpectancies: expectancies,
            gap: gap.decomposition?.gap, byCause: gap.byCause.map { Share(cause: $0.cause.rawValue, years: $0.years) },
            byAgeBand: bands)
    }
}
