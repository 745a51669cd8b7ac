/// The headline's life-expectancy table and chart, as text.
struct LifeExpectancyView {
    var intro: String
    var rows: [SexRow]
    var plans: [PlanRow]
    var modelled: Bool
    var modelledNote: String?
    var chart: String?
    var verdict: String

    struct SexRow {
        var sex: String
        var baselineGap: String
        var target: String
        var declared: String
        var declaredShare: String
        var modelled: String
        var modelledShare: String
        var boardDeclared: String
        var boardModelled: String
        var addsUp: Bool
        var shortBy: String?
    }

    struct PlanRow {
        var plan: String
        var title: String
        var board: String
        var onThisBoard: Bool
        var note: String?
        var declaredMale: String
        var declaredFemale: String
        var modelledMale: String
        var modelledFemale: String
    }

    init(_ headline: LifeExpectancyHeadline, charts: Bool) {
        intro =
            "The target is to cut the \(headline.baselinePeriod) gap in life expectancy at birth by "
            + "\(ReportText.number(headline.reduceByPercent))% by \(ReportText.date(headline.by)). "
            + "All the area's plans count towards it, whichever board they report to; draft plans are shown "
            + "but not counted."
            + (headline.plans.contains { $0.notCountedReason != nil }
                ? " So are plans whose period ends outside the workspace's period." : "")
        let dash = "–"
        rows = headline.sexes.map { sex in
            let short = sex.target.map { $0 - sex.declared }.flatMap { $0 > 1e-9 ? $0 : nil }
            return SexRow(
                sex: sex.sex == "male" ? "Males" : "Females",
                baselineGap: sex.baselineGap.map(ReportText.years) ?? dash,
                target: sex.target.map(ReportText.years) ?? dash, declared: ReportText.years(sex.declared),
                declaredShare: sex.declaredShare.map(ReportText.percent) ?? dash,
                modelled: sex.modelled.map(ReportText.years) ?? dash,
                modelledShare: sex.modelledShare.map(ReportText.percent) ?? dash,
                boardDeclared: ReportText.years(sex.boardDeclared),
                boardModelled: sex.boardModelled.map(ReportText.years) ?? dash, addsUp: sex.addsUp ?? true,
                shortBy: short.map(ReportText.years))
        }
        plans = headline.plans.map { line in
            var notes: [String] = []
            if !line.counted { notes.append("\(line.notCountedReason ?? "draft"): not counted") }
            if !line.onThisBoard { notes.append("reports to \(line.boardName)") }
            return PlanRow(
                plan: line.plan, title: line.title, board: line.board, onThisBoard: line.onThisBoard,
                note: notes.isEmpty ? nil : notes.joined(separator: "; "),
                declaredMale: line.declared.male.map(ReportText.years) ?? dash,
                declaredFemale: line.declared.female.map(ReportText.years) ?? dash,
                modelledMale: line.modelled?.male.map(ReportText.years) ?? dash,
                modelledFemale: line.modelled?.female.map(ReportText.years) ?? dash)
        }
        modelled = headline.modelled
        modelledNote =
            headline.modelled
            ? nil
            : "Modelled contributions are not shown: "
                + (headline.modelledUnavailable ?? "countdown.yaml names no mortality file") + "."
        chart = charts && !headline.sexes.isEmpty ? ContributionChart(headline: headline).render() : nil
        let short = headline.sexes.filter { $0.addsUp == false }
        if headline.sexes.isEmpty {
            verdict = "No plan declares a contribution yet."
        } else if short.isEmpty {
            verdict = "The plans' declared contributions add up to the target."
        } else {
            let names = short.map { sex in
                "\(sex.sex == "male" ? "males" : "females") (short by "
                    + "\(ReportText.years((sex.target ?? 0) - sex.declared)) years)"
            }
            verdict =
                "The plans' declared contributions do not add up to the target for " + HeadlineView.list(names) + "."
        }
        let shares = headline.sexes.compactMap { sex in
            sex.modelledShare.map { "\(ReportText.percent($0)) of the \(sex.sex) target" }
        }
        if headline.modelled, !shares.isEmpty {
            verdict += " Modelled from their interventions' impact, they cover " + HeadlineView.list(shares) + "."
        }
    }
}
