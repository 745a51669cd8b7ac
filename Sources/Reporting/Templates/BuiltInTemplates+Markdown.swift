extension BuiltInTemplates {
    /// The Markdown pack: GitHub-flavoured tables, no raw HTML, every value
    /// escaped by the MARKDOWN content type.
    static let markdown = #"""
        {{% CONTENT_TYPE: MARKDOWN }}
        # {{title}}

        **{{areaName}}** · position at **{{asOfLong}}** ({{quarter}}) · {{planCount}} plans · delivery period {{period}}
        {{#previousReport}}· previous report to the board: {{.}}{{/previousReport}}{{#firstReport}}· the first report to the board{{/firstReport}}

        ## 1. Headline

        {{headline.sentence}}

        |{{#headline.tiles}} {{label}} |{{/headline.tiles}}
        |{{#headline.tiles}} ---: |{{/headline.tiles}}
        |{{#headline.tiles}} {{count}} |{{/headline.tiles}}

        {{headline.measures}} {{headline.milestones}}

        {{headline.exceptions}}
        {{#headline.lifeExpectancy}}

        ### Life expectancy: do the plans add up?

        {{intro}}

        | | Baseline gap | Target | Declared | Share of target | Modelled | Share of target | This board: declared | This board: modelled |
        | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
        {{#rows}}
        | {{sex}} | {{baselineGap}} | {{target}} | {{declared}} | {{declaredShare}} | {{modelled}} | {{modelledShare}} | {{boardDeclared}} | {{boardModelled}} |
        {{/rows}}

        Years of life expectancy at birth. {{verdict}}
        {{#modelledNote}}

        {{.}}
        {{/modelledNote}}

        | Plan | Males: declared | Males: modelled | Females: declared | Females: modelled | Note |
        | --- | ---: | ---: | ---: | ---: | --- |
        {{#plans}}
        | {{title}} | {{declaredMale}} | {{modelledMale}} | {{declaredFemale}} | {{modelledFemale}} | {{note}} |
        {{/plans}}
        {{/headline.lifeExpectancy}}

        ## 2. Exceptions

        {{^hasExceptions}}
        None: no red measures, overdue milestones, stale data or red diagnostic components.
        {{/hasExceptions}}
        {{#hasExceptions}}
        Most severe first: red measures, overdue milestones, stale data, then red Christmas Tree components.

        | # | Kind | Plan | Item | What is wrong | Owner |
        | ---: | --- | --- | --- | --- | --- |
        {{#exceptions}}
        | {{number}} | {{kindLabel}} | {{planTitle}} | {{title}} ({{subject}}) | {{detail}} | {{owner}} |
        {{/exceptions}}
        {{/hasExceptions}}

        ## 3. Summary by plan

        | Plan | Lead | Status | Since last report | Outcome | Latest | Expected | Target | Next milestone | Time to target |
        | --- | --- | --- | --- | --- | ---: | ---: | ---: | --- | --- |
        {{#summary}}
        | {{title}} | {{lead}} | **{{status.label}}**{{#draft}} ({{.}}){{/draft}} | {{direction}} | {{outcomeTitle}} | {{latest}}{{#latestDate}} ({{.}}){{/latestDate}} | {{expected}} | {{target}} by {{targetDate}} | {{#nextMilestone}}{{nextMilestoneTitle}}: {{nextMilestoneDue}}{{/nextMilestone}}{{^nextMilestone}}none left{{/nextMilestone}} | {{daysToTarget}} |
        {{/summary}}

        ## 4. Changes since the last report

        {{changes.summary}}
        {{#changes.nothing}}

        Nothing in the plans changed and no figures were recorded since.
        {{/changes.nothing}}
        {{#changes.plans}}

        **{{title}}** ({{counts}})

        {{#changes}}
        - {{severityLabel}}: {{sentence}}
        {{/changes}}
        {{/changes.plans}}
        {{#changes.hasWorkspace}}

        **All plans**

        {{#changes.workspace}}
        - {{severityLabel}}: {{sentence}}
        {{/changes.workspace}}
        {{/changes.hasWorkspace}}
        {{#changes.hasActuals}}

        **Figures recorded since**

        | Measure | Date | Value | Source | Replaces |
        | --- | --- | ---: | --- | ---: |
        {{#changes.actuals}}
        | {{title}} ({{address}}) | {{date}} | {{value}} | {{source}} | {{replaces}} |
        {{/changes.actuals}}
        {{/changes.hasActuals}}
        {{#changes.hasCompletions}}

        **Milestones recorded as done since**

        | Milestone | Done | Replaces |
        | --- | --- | --- |
        {{#changes.completions}}
        | {{title}} ({{address}}) | {{completed}} | {{replaces}} |
        {{/changes.completions}}
        {{/changes.hasCompletions}}
        {{#changes.unsynced}}

        {{.}}
        {{/changes.unsynced}}

        ## 5. The plans
        {{#plans}}

        ### 5.{{number}} {{title}}: {{status.label}}{{#draft}} ({{.}}){{/draft}}

        Lead: {{lead}} · reporting {{reporting}} · period {{period}} · target date {{target}}
        {{#overview}}

        {{.}}
        {{/overview}}

        #### Measures

        | Measure | Status | Latest | Expected | Target | Tolerance | Forecast |
        | --- | --- | --- | --- | --- | --- | --- |
        {{#measures}}
        | {{kind}}: {{title}} ({{id}}) | **{{state.label}}** | {{latest}} | {{expected}} | {{target}} | {{tolerance}} | {{forecast}} |
        {{/measures}}
        {{#hasMilestones}}

        #### Milestones

        | Milestone | Intervention | Owner | Due | Status | Position | Moved |
        | --- | --- | --- | --- | --- | --- | --- |
        {{#milestones}}
        | {{title}} ({{id}}) | {{intervention}} | {{owner}} | {{due}} ({{quarter}}) | **{{state.label}}** | {{position}} | {{slip}} |
        {{/milestones}}
        {{/hasMilestones}}

        #### Christmas Tree diagnostic

        G green, A amber, R red, ? unknown, – not rated; a share (coverage, uptake, adherence) follows its rating.

        | Intervention |{{#tree.columns}} {{number}} |{{/tree.columns}}
        | --- |{{#tree.columns}} :---: |{{/tree.columns}}
        {{#tree.rows}}
        | {{title}} ({{id}}) |{{#cells}} {{letter}}{{#value}} {{.}}{{/value}} |{{/cells}}
        {{/tree.rows}}

        Components: {{tree.key}}.
        {{#tree.hasConcerns}}

        Red and amber ratings:

        {{#tree.concerns}}
        - **{{rating.label}}**: {{intervention}}, {{component}}: {{evidence}}
        {{/tree.concerns}}
        {{/tree.hasConcerns}}
        {{#hasPartners}}

        #### Partners and their contributions

        | Intervention | Partner | Contribution | Amount |
        | --- | --- | --- | ---: |
        {{#partners}}
        | {{intervention}} | {{organisation}} | {{contribution}} | {{amount}} |
        {{/partners}}
        {{/hasPartners}}
        {{#hasRisks}}

        #### Risks

        | Risk | Likelihood | Impact | Score | Owner | Mitigation |
        | --- | ---: | ---: | ---: | --- | --- |
        {{#risks}}
        | {{description}} ({{id}}) | {{likelihood}} | {{impact}} | {{score}} ({{grade}}) | {{owner}} | {{mitigation}} |
        {{/risks}}
        {{/hasRisks}}
        {{/plans}}

        ## Notes on method

        - A measure is green when its latest figure on or before {{asOfLong}} is on or better than the value expected on that figure's date (straight lines from the baseline through the trajectory to the target), amber when worse but within the plan's tolerance, red beyond it.
        - A measure is stale when it has no figure in its plan's last reporting period plus {{rules.graceDays}} days' grace; it counts as amber for its plan.
        - The forecast is a straight line fitted to the figures so far (least squares), never mixed with them.
        - A milestone is due soon within {{rules.dueSoonDays}} days of its due date, overdue after it; "moved" counts changes of its due date between synced revisions of the plan.
        - A plan's status is the worst of its measures and milestones; red Christmas Tree components are listed as exceptions beside it.
        - The {{frameworkTitle}} components: {{#components}}{{number}}. {{title}}: {{question}} {{/components}}
        - Dates are labelled by financial year (April to March) and quarter.
        """#
}
