import PlanModel

/// The files `countdown init` and `countdown new` write: commented so that
/// a programme manager can fill them in without the format reference open.
public enum Scaffold {
    public static func workspaceConfig(areaID: String, areaName: String, today: Day) -> String {
        let start = Day(year: today.month >= 4 ? today.year : today.year - 1, month: 4, day: 1)!
        let end = Day(year: start.year + 2, month: 3, day: 31)!
        return """
            # yaml-language-server: $schema=https://countdown.example/schema/countdown.schema.json
            # countdown workspace: the area, its life-expectancy target, and what plans may name.
            # Check it with: countdown lint
            schema: 1
            area: { id: \(areaID), name: \(YAMLText.scalar(areaName)) }
            comparator: England
            # The delivery horizon the countdown runs to (financial years run April to March).
            period: { start: \(start), end: \(end) }
            life_expectancy:
              # The gap to the comparator at baseline, in years (from the public health observatory's profile).
              baseline: { period: \(start.year - 4)-\(String(start.year - 2).suffix(2)), male: 0.0, female: 0.0 }
              target: { reduce_by_percent: 10, by: \(end) }
            # Every organisation a plan may name as a lead, owner or partner.
            organisations:
              - { id: pct, name: Primary Care Trust }
              - { id: council, name: City Council }
            # The boards plans report to, and how often they meet (monthly, quarterly, half-yearly, annually).
            boards:
              - { id: health-board, name: Health and Wellbeing Board, cadence: quarterly }
            diagnostic: christmas-tree
            lint:
              rules: {}            # per-rule severity, e.g. { vague-objective: warning }
            due_soon_days: 14

            """
    }

    public static let gitignore = """
        # countdown's tracking store: progress is exported to CSV for sharing, not committed as SQLite.
        .countdown/

        """

    /// A plan skeleton for `countdown new`. It is a draft with TODO where the
    /// author must write, so it lints with only findings asking for that.
    public static func plan(
        id: String, title: String?, contributor: Contributor, workspace: WorkspaceConfig
    ) -> String {
        let board = workspace.boards.first?.id ?? "TODO-board"
        let organisation = workspace.organisations.first?.id ?? "TODO-organisation"
        let period = workspace.period
        let baselineDate = period.start.adding(days: -1)
        let causes = contributor.causes.map(\.rawValue).joined(separator: ", ")
        let lead = "{ role: TODO the lead's role, organisation: \(organisation) }"
        return """
            # yaml-language-server: $schema=../schema/plan.schema.json
            # \(YAMLText.comment(title ?? contributor.title)) delivery plan. Replace every TODO, then: countdown lint plans/\(id).yaml
            # What each key means: countdown schema plan; what a finding means: countdown explain RULE
            schema: 1
            id: \(id)
            title: \(YAMLText.scalar(title ?? "TODO the plan's title, e.g. \(contributor.title)"))
            contributor: \(contributor.id)
            board: \(board)                     # a board id from countdown.yaml
            lead: \(lead)
            reporting: quarterly                # how often progress goes to the board; milestones at least this often
            status: draft                       # draft, then active once agreed, closed when done
            summary: TODO two or three sentences on what the plan will change and for whom

            # The population-level outcome: the top of the Christmas Tree.
            outcome:
              id: outcome                       # a short id such as smoking-prevalence
              title: TODO what is measured, e.g. Adult smoking prevalence (18+)
              unit: TODO the unit, e.g. "%" or per 100,000
              better: lower                     # lower or higher: which way is better
              baseline: { date: \(baselineDate), value: 100, source: TODO where the baseline comes from }
              target: { date: \(period.end), value: 90 }
              tolerance: 5%                     # the amber band around the expected value

            life_expectancy:
              causes: [\(causes)]
              contribution: { male: 0.0, female: 0.0 }   # years of the gap this plan closes by the target date
              basis: TODO how the contribution was worked out

            interventions:
              - id: intervention-1
                title: TODO what will be done, at what scale
                level: frontline                # population, frontline or community
                lead: \(lead)
                partners:
                  - organisation: \(organisation)
                    contribution: TODO what this partner contributes
                    amount: { value: 0, unit: TODO the unit such as sessions a year }
                objectives:                     # SMART: a number, a unit and a date
                  - id: objective-1
                    statement: TODO how much of what by when, e.g. Deliver 3,400 four-week quitters in 2010/11
                    unit: TODO the unit, e.g. people
                    better: higher
                    baseline: { date: \(baselineDate), value: 100 }
                    target: { date: \(period.end), value: 110 }
                    owner: \(lead)
                milestones:                     # countdown milestones: at least one each reporting period
                  - id: milestone-1
                    title: TODO what will be done by then
                    due: \(period.end)
                    owner: \(lead)
                diagnostic:                     # the Christmas Tree: rate each green, amber or red, with evidence
                  known-efficacy: { rating: unknown }
                  cost-effectiveness: { rating: unknown }
                  commissioned-volume: { rating: unknown }          # add value: the share of need commissioned
                  optimal-practice: { rating: unknown }
                  accessibility: { rating: unknown }                # add value: the share who can reach it
                  engaging-the-public: { rating: unknown }          # add value: the share who take it up
                  supported-self-management: { rating: unknown }    # add value: the share who keep it up
                  adequate-resourcing: { rating: unknown }

            risks:
              - id: risk-1
                description: TODO what could stop the plan
                likelihood: 3                   # 1 (rare) to 5 (almost certain)
                impact: 3                       # 1 (negligible) to 5 (severe)
                owner: \(lead)
                mitigation: TODO what is done about it

            """
    }
}
