import Common
import LifeTables
import PlanModel

/// Views of a `PlansReport`.
public enum PlansRenderer {
    /// The CSV columns: one row per plan and sex, then a `total` row per sex
    /// whose `target` column holds the workspace's target.
    public static let csvHeader = "plan,sex,declared,modelled,target"

    static func years(_ value: Double?) -> String {
        value.map { NumberText.fixed($0, places: 3) } ?? "-"
    }

    static func text(_ report: PlansReport, sex: Sex) -> String {
        var lines = [
            "Plans' contributions to closing the gap, \(sex.plural) (years of life expectancy by "
                + "\(report.timing.targetDate))", "",
        ]
        var rows = [["plan / intervention with impact", "declared", "modelled"]]
        for entry in report.entries {
            let plan = entry.contribution
            let label = plan.planID + (entry.notCountedReason.map { " (\($0), not counted)" } ?? "")
            rows.append([
                label, years(plan.declared(sex)), plan.isModelled ? years(plan.modelled[sex]) : "no impact",
            ])
            for item in plan.interventions where item.sex.sexes.contains(sex) {
                let detail =
                    "  \(item.id): \(item.cause.rawValue) \(item.ages) \(item.sex.rawValue), "
                    + "\(NumberText.fixed(item.deathsAvertedPerYear, places: 1)) deaths averted a year"
                rows.append([detail, "", years(item.gain[sex])])
            }
            for problem in plan.problems { rows.append(["  cannot model: \(problem)", "", ""]) }
        }
        rows.append(["Total", years(report.totalDeclared(sex)), years(report.totalModelled(sex))])
        let target = report.target(sex)
        rows.append(["Target", years(target), ""])
        lines += TextLayout.table(rows, alignments: [.left, .right, .right])
        lines.append("")
        let baseline = report.baselineGap(sex).map { NumberText.fixed($0, places: 2) } ?? "-"
        var summary =
            "The target is \(NumberText.count(report.goal.reduceByPercent))% of the \(baseline)-year "
            + "\(report.goal.baselinePeriod) gap."
        if let target, target > 0 {
            let declared = report.totalDeclared(sex) / target * 100
            let modelled = report.totalModelled(sex) / target * 100
            summary +=
                " Declared contributions add up to \(NumberText.fixed(declared, places: 0))% of it; "
                + "modelled ones to \(NumberText.fixed(modelled, places: 0))%."
        }
        if let (declared, computed) = report.baselineDisagreement(sex) {
            summary +=
                " The declared gap of \(NumberText.fixed(declared, places: 2)) years differs from the "
                + "\(NumberText.fixed(computed.years, places: 2)) years computed from \(report.mortalityFile) "
                + "(95% interval \(NumberText.fixed(computed.lower, places: 2)) to "
                + "\(NumberText.fixed(computed.upper, places: 2))) by more than the interval: check "
                + "life_expectancy.baseline in countdown.yaml against the mortality file's years."
        }
        lines += TextLayout.wrap(summary)
        lines.append("")
        lines += method(report)
        return lines.joined(separator: "\n") + "\n"
    }

    /// How the modelled column was worked out, in a few lines.
    static func method(_ report: PlansReport) -> [String] {
        let pooled = NumberText.count(report.timing.pooledYears)
        let effects = Set(report.entries.map { NumberText.fixed($0.contribution.yearsOfEffect, places: 1) }).sorted()
        return TextLayout.wrap(
            "Modelled: each intervention's deaths averted a year (eligible × deaths_per_1000 / 1000 × "
                + "relative_risk_reduction × its Christmas Tree fractions), over the years from the plan's start "
                + "to \(report.timing.targetDate) (\(effects.joined(separator: ", ")) of the \(pooled) years pooled "
                + "in the data), removed from \(report.area)'s deaths from that cause and age, and the life table "
                + "recomputed. Persons are split between the sexes by their deaths from the cause at those ages. "
                + "Draft plans are not counted.")
    }

    static func csv(_ report: PlansReport) -> String {
        var lines = [csvHeader]
        for entry in report.entries {
            let plan = entry.contribution
            for sex in report.sexes {
                let declared = plan.declared(sex).map { NumberText.fixed($0, places: 3) } ?? ""
                let modelled = plan.modelled[sex].map { NumberText.fixed($0, places: 3) } ?? ""
                lines.append("\(CSVWriter.quoted(plan.planID)),\(sex.rawValue),\(declared),\(modelled),")
            }
        }
        for sex in report.sexes {
            let target = report.target(sex).map { NumberText.fixed($0, places: 3) } ?? ""
            lines.append(
                "total,\(sex.rawValue),\(NumberText.fixed(report.totalDeclared(sex), places: 3)),"
                    + "\(NumberText.fixed(report.totalModelled(sex), places: 3)),\(target)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    struct Document: Encodable {
        var area: String
        var mortalityFile: String
        var targetDate: String
        var pooledYears: Double
        var plans: [PlanDocument]
        var totals: [Total]
    }

    struct PlanDocument: Encodable {
        var id: String
        var title: String
        var file: String
        var status: String
        var counted: Bool
        var yearsOfEffect: Double
        var declared: [SexValue]
        var modelled: [SexValue]
        var interventions: [InterventionDocument]
        var problems: [String]
    }

    struct SexValue: Encodable {
        var sex: String
        var years: Double
    }

    struct InterventionDocument: Encodable {
        var id: String
        var cause: String
        var sex: String
        var ages: String
        var deathsAvertedPerYear: Double
        var cascadeProduct: Double
        var deathsRemoved: [SexValue]
        var gain: [SexValue]
    }

    struct Total: Encodable {
        var sex: String
        var declared: Double
        var modelled: Double
        var target: Double?
    }

    static func document(_ report: PlansReport) -> Document {
        func values(_ lookup: (Sex) -> Double?) -> [SexValue] {
            report.sexes.compactMap { sex in lookup(sex).map { SexValue(sex: sex.rawValue, years: $0) } }
        }
        let plans = report.entries.map { entry in
            let plan = entry.contribution
            return PlanDocument(
                id: plan.planID, title: plan.title, file: plan.file, status: entry.status.rawValue,
                counted: entry.isCounted, yearsOfEffect: plan.yearsOfEffect, declared: values(plan.declared),
                modelled: values { plan.modelled[$0] },
                interventions: plan.interventions.map { item in
                    InterventionDocument(
                        id: item.id, cause: item.cause.rawValue, sex: item.sex.rawValue, ages: item.ages.description,
                        deathsAvertedPerYear: item.deathsAvertedPerYear, cascadeProduct: item.cascadeProduct,
                        deathsRemoved: values { item.deathsRemoved[$0] }, gain: values { item.gain[$0] })
                }, problems: plan.problems)
        }
        return Document(
            area: report.area, mortalityFile: report.mortalityFile, targetDate: report.timing.targetDate.description,
            pooledYears: report.timing.pooledYears, plans: plans,
            totals: report.sexes.map { sex in
                Total(
                    sex: sex.rawValue, declared: report.totalDeclared(sex), modelled: report.totalModelled(sex),
                    target: report.target(sex))
            })
    }
}
