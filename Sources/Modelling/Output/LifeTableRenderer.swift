import Common
import LifeTables
import StableJSON

/// Views of `LifeTableReport`s (see `NumberText` for the precision used).
public enum LifeTableRenderer {
    /// The reports in `format`. CSV has no sex column, so it takes one report;
    /// an unreliable table gives the header only (its statement goes
    /// elsewhere, see `LifeTableReport.unreliableStatement`).
    public static func render(_ reports: [LifeTableReport], as format: OutputFormat) -> String {
        switch format {
        case .text: reports.map(text).joined(separator: "\n")
        case .csv: reports.map(csv).joined()
        case .json: StableJSONEncoder.text(JSONDocument(lifeTables: reports.map(document)), orElse: "{}")
        }
    }

    static func text(_ report: LifeTableReport) -> String {
        var lines = ["Life table: \(report.population), \(report.sex.plural) (\(report.mortalityFile))"]
        guard case .success(let table) = report.result else {
            return (lines + TextLayout.wrap(report.unreliableStatement ?? "")).joined(separator: "\n") + "\n"
        }
        let first = table.rows[0]
        lines.append(
            "Life expectancy at birth: \(NumberText.fixed(first.lifeExpectancy, places: 2)) years "
                + "(95% confidence interval \(NumberText.fixed(first.lowerConfidenceLimit, places: 2)) to "
                + "\(NumberText.fixed(first.upperConfidenceLimit, places: 2)))")
        lines.append("")
        var rows = [["age", "deaths", "population", "deaths/100k", "q", "l", "e", "95% CI"]]
        var wide = false
        for row in table.rows {
            wide = wide || row.intervalIsTooWideToPublish
            rows.append([
                row.ageBand.label, NumberText.grouped(row.deaths), NumberText.grouped(row.populationYears),
                NumberText.fixed(row.deathRate * 100_000, places: 1),
                NumberText.fixed(row.probabilityOfDying, places: 5), NumberText.grouped(row.survivors),
                NumberText.fixed(row.lifeExpectancy, places: 2),
                "\(NumberText.fixed(row.lowerConfidenceLimit, places: 2)) to "
                    + "\(NumberText.fixed(row.upperConfidenceLimit, places: 2))"
                    + (row.intervalIsTooWideToPublish ? " *" : ""),
            ])
        }
        lines += TextLayout.table(rows, alignments: [.left] + Array(repeating: .right, count: 6) + [.left])
        lines.append("")
        lines += TextLayout.wrap(
            "Chiang II abridged life table: q is the probability of dying in the band, l the survivors to its "
                + "start out of 100,000 born, e the life expectancy at its start.")
        if wide {
            lines.append("* The 95% interval is wider than 20 years: too imprecise to publish (the PHE rule).")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func csv(_ report: LifeTableReport) -> String {
        var lines = [LifeTableReport.csvHeader]
        if case .success(let table) = report.result {
            for row in table.rows {
                lines.append(
                    [
                        row.ageBand.label, NumberText.count(row.deaths), NumberText.count(row.populationYears),
                        NumberText.fixed(row.deathRate, places: 8), NumberText.fixed(row.probabilityOfDying, places: 8),
                        NumberText.fixed(row.survivors, places: 2), NumberText.fixed(row.lifeTableDeaths, places: 2),
                        NumberText.fixed(row.personYearsLived, places: 2),
                        NumberText.fixed(row.personYearsRemaining, places: 2),
                        // An analyst's CSV carries e at full precision (shortest round-trip digits).
                        String(row.lifeExpectancy), String(row.lowerConfidenceLimit),
                        String(row.upperConfidenceLimit),
                    ].joined(separator: ","))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    struct JSONDocument: Encodable {
        var version = 1
        var lifeTables: [Document]
    }

    struct Document: Encodable {
        var population: String
        var sex: String
        var mortalityFile: String
        var reliable: Bool
        /// Why there is no table, one sentence each (empty when reliable).
        var unreliableReasons: [String]
        var rows: [Row]
    }

    struct Row: Encodable {
        var ageBand: String
        var deaths: Double
        var population: Double
        var deathRate: Double
        var probabilityOfDying: Double
        var survivors: Double
        var lifeTableDeaths: Double
        var personYearsLived: Double
        var personYearsRemaining: Double
        var lifeExpectancy: Double
        var lower95: Double
        var upper95: Double
        var tooImpreciseToPublish: Bool
    }

    static func document(_ report: LifeTableReport) -> Document {
        var rows: [Row] = []
        var reasons: [String] = []
        switch report.result {
        case .success(let table):
            rows = table.rows.map { row in
                Row(
                    ageBand: row.ageBand.label, deaths: row.deaths, population: row.populationYears,
                    deathRate: row.deathRate, probabilityOfDying: row.probabilityOfDying, survivors: row.survivors,
                    lifeTableDeaths: row.lifeTableDeaths, personYearsLived: row.personYearsLived,
                    personYearsRemaining: row.personYearsRemaining, lifeExpectancy: row.lifeExpectancy,
                    lower95: row.lowerConfidenceLimit, upper95: row.upperConfidenceLimit,
                    tooImpreciseToPublish: row.intervalIsTooWideToPublish)
            }
        case .failure(let unreliable): reasons = unreliable.messages
        }
        return Document(
            population: report.population, sex: report.sex.rawValue, mortalityFile: report.mortalityFile,
            reliable: report.isReliable, unreliableReasons: reasons, rows: rows)
    }
}
