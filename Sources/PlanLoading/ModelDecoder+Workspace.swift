import LocatedYAML
import PlanModel

extension ModelDecoder {
    func workspace(_ root: NodeID) -> WorkspaceConfig? {
        guard let m = mapping(root), let schema = integer(m, "schema"), let areaMap = mapping(value(m, "area")),
            let areaID = text(areaMap, "id"), let areaName = text(areaMap, "name"),
            let period = period(value(m, "period")),
            let organisations = all(value(m, "organisations"), organisation),
            let boards = all(value(m, "boards"), board),
            let extraContributors = all(value(m, "contributors"), contributor)
        else { return nil }
        var goal: LifeExpectancyGoal?
        if let le = mapping(value(m, "life_expectancy")) {
            guard let baseline = mapping(value(le, "baseline")), let baselinePeriod = text(baseline, "period"),
                let target = mapping(value(le, "target")), let percent = number(target, "reduce_by_percent"),
                let by = date(target, "by")
            else { return nil }
            goal = LifeExpectancyGoal(
                baselinePeriod: baselinePeriod,
                baselineGap: BySex(male: number(baseline, "male"), female: number(baseline, "female")),
                reduceByPercent: percent, by: by, mortality: text(le, "mortality"), locations: locations(le))
        }
        var lint = LintSettings()
        if let settings = mapping(value(m, "lint")) {
            if let rules = mapping(value(settings, "rules")) {
                for index in 0..<storage.count(rules) {
                    let key = storage.key(index, of: rules)
                    guard let word = ScalarReading.text(storage, storage.value(index, of: rules)) else { return nil }
                    lint.severities[storage.text(key)] = word == "off" ? .some(nil) : Severity(rawValue: word)
                    lint.severityLocations[storage.text(key)] = location(key)
                }
            }
            lint.maxYearlyChangePercent = number(settings, "max_yearly_change_percent") ?? lint.maxYearlyChangePercent
            lint.contributionFactor = number(settings, "contribution_factor") ?? lint.contributionFactor
        }
        // Workspace contributors extend the built-in list; one with a built-in id replaces it.
        let extraIDs = Set(extraContributors.map(\.id))
        let contributors = Contributor.builtIn.filter { !extraIDs.contains($0.id) } + extraContributors
        return WorkspaceConfig(
            schema: schema, area: Area(id: areaID, name: areaName), comparator: text(m, "comparator"),
            period: period, lifeExpectancy: goal, organisations: organisations, boards: boards,
            diagnostic: text(m, "diagnostic") ?? DiagnosticFramework.christmasTree.id, contributors: contributors,
            lint: lint, dueSoonDays: integer(m, "due_soon_days") ?? 14,
            store: text(m, "store") ?? ".countdown/tracking.sqlite", exports: text(m, "exports") ?? "exports",
            locations: locations(m), graceDays: integer(m, "grace_days") ?? WorkspaceConfig.defaultGraceDays)
    }

    func organisation(_ node: NodeID) -> Organisation? {
        guard let m = mapping(node), let id = text(m, "id"), let name = text(m, "name") else { return nil }
        return Organisation(id: id, name: name, location: location(m))
    }

    func board(_ node: NodeID) -> Board? {
        guard let m = mapping(node), let id = text(m, "id"), let name = text(m, "name"),
            let cadence: Cadence = word(m, "cadence")
        else { return nil }
        return Board(id: id, name: name, cadence: cadence, location: location(m))
    }

    func contributor(_ node: NodeID) -> Contributor? {
        guard let m = mapping(node), let id = text(m, "id"), let title = text(m, "title"),
            let causes = all(
                value(m, "causes"), { ScalarReading.text(storage, $0).flatMap(CauseGroup.init(rawValue:)) })
        else { return nil }
        return Contributor(id: id, title: title, causes: causes)
    }

    func framework(_ root: NodeID) -> DiagnosticFramework? {
        guard let m = mapping(root), let id = text(m, "id"), let title = text(m, "title"),
            let components = all(
                value(m, "components"),
                { node -> DiagnosticFramework.Component? in
                    guard let c = mapping(node), let id = text(c, "id"), let title = text(c, "title"),
                        let question = text(c, "question")
                    else { return nil }
                    return DiagnosticFramework.Component(
                        id: id, title: title, question: question, isShare: text(c, "share") == "true")
                })
        else { return nil }
        return DiagnosticFramework(id: id, title: title, components: components)
    }
}
