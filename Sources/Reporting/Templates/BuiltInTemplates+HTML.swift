extension BuiltInTemplates {
    /// The HTML pack: one self-contained, printable file. No scripts, no
    /// network (the content security policy forbids both, should a template
    /// ever let some through); every value is HTML-escaped by the template
    /// engine, and charts are SVG written and escaped by countdown.
    static let html = #"""
        {{% CONTENT_TYPE: HTML }}
        <!DOCTYPE html>
        <html lang="en-GB">
        <head>
        <meta charset="utf-8">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{title}}: {{asOfLong}}</title>
        <style>
        {{> report.css}}
        </style>
        </head>
        <body>
        <header class="cover">
        <p class="kicker">{{areaName}} · {{boardName}}</p>
        <h1>Delivery plans: progress report</h1>
        <p class="subtitle">Position at {{asOfLong}} ({{quarter}})</p>
        <table class="meta">
        <tr><th>Board</th><td>{{boardName}} (meets {{cadence}})</td></tr>
        <tr><th>Area</th><td>{{areaName}}</td></tr>
        <tr><th>Position at</th><td>{{asOfLong}}, {{quarter}}</td></tr>
        <tr><th>Previous report</th><td>{{#previousReport}}{{.}}{{/previousReport}}{{#firstReport}}none: the first report to the board{{/firstReport}}</td></tr>
        <tr><th>Plans</th><td>{{planCount}}</td></tr>
        <tr><th>Delivery period</th><td>{{period}}</td></tr>
        </table>
        <nav class="contents" aria-label="Contents">
        <ol>
        <li><a href="#headline">Headline</a></li>
        <li><a href="#exceptions">Exceptions</a></li>
        <li><a href="#summary">Summary by plan</a></li>
        <li><a href="#changes">Changes since the last report</a></li>
        <li><a href="#plans">The plans</a>
        <ol>{{#plans}}<li><a href="#plan-{{id}}">{{title}}</a></li>{{/plans}}</ol></li>
        <li><a href="#method">Notes on method</a></li>
        </ol>
        </nav>
        </header>

        <section id="headline">
        <h2>1. Headline</h2>
        <div class="tiles">
        {{#headline.tiles}}
        <div class="tile {{state}}"><div class="count">{{count}}</div><div class="label">{{label}}</div></div>
        {{/headline.tiles}}
        </div>
        <p><strong>{{headline.sentence}}</strong> {{headline.exceptions}}</p>
        <p class="small">{{headline.measures}} {{headline.milestones}}</p>
        {{#headline.lifeExpectancy}}
        <h3>Life expectancy: do the plans add up?</h3>
        <p>{{intro}}</p>
        {{{chart}}}
        <table>
        <thead><tr><th></th><th class="num">Baseline gap</th><th class="num">Target</th><th class="num">Declared</th><th class="num">Share of target</th><th class="num">Modelled</th><th class="num">Share of target</th><th class="num">This board: declared</th><th class="num">This board: modelled</th></tr></thead>
        <tbody>
        {{#rows}}
        <tr><th>{{sex}}</th><td class="num">{{baselineGap}}</td><td class="num">{{target}}</td><td class="num">{{declared}}</td><td class="num">{{declaredShare}}</td><td class="num">{{modelled}}</td><td class="num">{{modelledShare}}</td><td class="num">{{boardDeclared}}</td><td class="num">{{boardModelled}}</td></tr>
        {{/rows}}
        </tbody>
        </table>
        <p class="callout">Years of life expectancy at birth. {{verdict}}</p>
        {{#modelledNote}}<p class="small">{{.}}</p>{{/modelledNote}}
        <table>
        <thead><tr><th>Plan</th><th class="num">Males: declared</th><th class="num">Males: modelled</th><th class="num">Females: declared</th><th class="num">Females: modelled</th><th>Note</th></tr></thead>
        <tbody>
        {{#plans}}
        <tr{{^onThisBoard}} class="muted"{{/onThisBoard}}><td>{{title}}</td><td class="num">{{declaredMale}}</td><td class="num">{{modelledMale}}</td><td class="num">{{declaredFemale}}</td><td class="num">{{modelledFemale}}</td><td>{{note}}</td></tr>
        {{/plans}}
        </tbody>
        </table>
        {{/headline.lifeExpectancy}}
        </section>

        <section id="exceptions">
        <h2>2. Exceptions</h2>
        {{^hasExceptions}}<p>None: no red measures, overdue milestones, stale data or red diagnostic components.</p>{{/hasExceptions}}
        {{#hasExceptions}}
        <p class="small">Most severe first: red measures, overdue milestones, stale data, then red Christmas Tree components.</p>
        <table class="exceptions">
        <thead><tr><th class="num">#</th><th>Kind</th><th>Plan</th><th>Item</th><th>What is wrong</th><th>Owner</th></tr></thead>
        <tbody>
        {{#exceptions}}
        <tr class="{{kind}}"><td class="num">{{number}}</td><td class="kind">{{kindLabel}}</td><td>{{planTitle}}</td><td>{{title}}<br><span class="small">{{subject}}</span></td><td>{{detail}}</td><td>{{owner}}</td></tr>
        {{/exceptions}}
        </tbody>
        </table>
        {{/hasExceptions}}
        </section>

        <section id="summary">
        <h2>3. Summary by plan</h2>
        <table>
        <thead><tr><th>Plan</th><th>Status</th><th>Since last report</th><th>Outcome</th><th class="num">Latest</th><th class="num">Expected</th><th class="num">Target</th><th>Next milestone</th><th>Time to target</th></tr></thead>
        <tbody>
        {{#summary}}
        <tr><td><a href="#plan-{{plan}}">{{title}}</a><br><span class="small">{{lead}}</span></td><td><span class="badge {{status.state}}">{{status.label}}</span>{{#draft}}<br><span class="small">{{.}}</span>{{/draft}}</td><td class="direction {{directionClass}}">{{direction}}</td><td>{{outcomeTitle}} <span class="badge {{outcomeState.state}}">{{outcomeState.label}}</span></td><td class="num">{{latest}}{{#latestDate}}<br><span class="small">{{.}}</span>{{/latestDate}}</td><td class="num">{{expected}}</td><td class="num">{{target}}<br><span class="small">by {{targetDate}}</span></td><td>{{#nextMilestone}}{{nextMilestoneTitle}}<br><span class="small">{{nextMilestoneDue}}</span>{{/nextMilestone}}{{^nextMilestone}}<span class="small">none left</span>{{/nextMilestone}}</td><td>{{daysToTarget}}</td></tr>
        {{/summary}}
        </tbody>
        </table>
        </section>

        <section id="changes">
        <h2>4. Changes since the last report</h2>
        <p>{{changes.summary}}</p>
        {{#changes.nothing}}<p>Nothing in the plans changed and no figures were recorded since.</p>{{/changes.nothing}}
        {{#changes.plans}}
        <h3>{{title}} <span class="small">({{counts}})</span></h3>
        <table>
        <tbody>
        {{#changes}}
        <tr><td style="width: 110px"><span class="badge {{severity}}">{{severityLabel}}</span></td><td>{{title}}{{#before}}<br><span class="small">was {{.}}</span>{{/before}}{{#after}}<br><span class="small">now {{.}}</span>{{/after}}</td><td style="width: 34%">{{#difference}}<div>{{.}}</div>{{/difference}}{{#note}}<div class="small">{{.}}</div>{{/note}}</td></tr>
        {{/changes}}
        </tbody>
        </table>
        {{/changes.plans}}
        {{#changes.hasWorkspace}}
        <h3>All plans</h3>
        <table>
        <tbody>
        {{#changes.workspace}}
        <tr><td style="width: 110px"><span class="badge {{severity}}">{{severityLabel}}</span></td><td>{{sentence}}</td></tr>
        {{/changes.workspace}}
        </tbody>
        </table>
        {{/changes.hasWorkspace}}
        {{#changes.hasActuals}}
        <h3>Figures recorded since</h3>
        <table>
        <thead><tr><th>Measure</th><th>Date</th><th class="num">Value</th><th>Source</th><th class="num">Replaces</th></tr></thead>
        <tbody>
        {{#changes.actuals}}
        <tr><td>{{title}}<br><span class="small">{{address}}</span></td><td>{{date}}</td><td class="num">{{value}}</td><td>{{source}}</td><td class="num">{{replaces}}</td></tr>
        {{/changes.actuals}}
        </tbody>
        </table>
        {{/changes.hasActuals}}
        {{#changes.hasCompletions}}
        <h3>Milestones recorded as done since</h3>
        <table>
        <thead><tr><th>Milestone</th><th>Done</th><th>Replaces</th></tr></thead>
        <tbody>
        {{#changes.completions}}
        <tr><td>{{title}}<br><span class="small">{{address}}</span></td><td>{{completed}}</td><td>{{replaces}}</td></tr>
        {{/changes.completions}}
        </tbody>
        </table>
        {{/changes.hasCompletions}}
        {{#changes.unsynced}}<p class="callout warn">{{.}}</p>{{/changes.unsynced}}
        </section>

        <section id="plans">
        <h2>5. The plans</h2>
        <p>Each plan's measures against their expected lines, its milestones, its Christmas Tree diagnostic, partners and risks.</p>
        </section>
        {{#plans}}
        <section class="plan" id="plan-{{id}}">
        <div class="plan-head"><h2>5.{{number}} {{title}}</h2><span class="badge {{status.state}}">{{status.label}}</span></div>
        <dl class="facts">
        <dt>Lead</dt><dd>{{lead}}</dd>
        <dt>Plan status</dt><dd>{{#draft}}{{.}}{{/draft}}{{^draft}}active{{/draft}}</dd>
        <dt>Reporting</dt><dd>{{reporting}}</dd>
        <dt>Period</dt><dd>{{period}}</dd>
        <dt>Target date</dt><dd>{{target}}</dd>
        </dl>
        {{#overview}}<p>{{.}}</p>{{/overview}}
        <h3>Measures</h3>
        {{{legend}}}
        {{#measures}}
        <div class="measure">
        <div>
        <h5>{{title}}</h5>
        <span class="badge {{state.state}}">{{state.label}}</span> <span class="small">{{kind}}{{#intervention}} · {{.}}{{/intervention}} · {{address}}</span>
        <dl>
        <dt>Latest</dt><dd>{{latest}}</dd>
        <dt>Expected</dt><dd>{{expected}}</dd>
        <dt>Target</dt><dd>{{target}}</dd>
        {{#tolerance}}<dt>Tolerance</dt><dd>{{.}}</dd>{{/tolerance}}
        <dt>Forecast</dt><dd>{{forecast}}</dd>
        </dl>
        </div>
        <div>{{{chart}}}</div>
        </div>
        {{/measures}}
        {{#hasMilestones}}
        <h3>Milestones</h3>
        <table>
        <thead><tr><th>Status</th><th>Milestone</th><th>Owner</th><th>Due</th><th>Position</th><th>Moved</th></tr></thead>
        <tbody>
        {{#milestones}}
        <tr><td><span class="badge {{state.state}}">{{state.label}}</span></td><td>{{title}}<br><span class="small">{{intervention}} · {{id}}</span></td><td>{{owner}}</td><td class="date">{{due}}<br><span class="small">{{quarter}}</span></td><td>{{position}}</td><td>{{slip}}</td></tr>
        {{/milestones}}
        </tbody>
        </table>
        {{/hasMilestones}}
        <h3>Christmas Tree diagnostic</h3>
        <p class="small">Each intervention drawn as a tree: the components from the base up, the population outcome as the star (coloured by the outcome measure). G green, A amber, R red, ? unknown, – not rated.</p>
        {{{tree.chart}}}
        <table class="matrix">
        <thead><tr><th>Intervention</th>{{#tree.columns}}<th class="component" title="{{title}}">{{number}}</th>{{/tree.columns}}</tr></thead>
        <tbody>
        {{#tree.rows}}
        <tr><td>{{title}}<br><span class="small">{{id}} · {{level}} · {{lead}}</span></td>{{#cells}}<td class="cell {{rating}}" title="{{tip}}">{{letter}}{{#value}}<small>{{.}}</small>{{/value}}</td>{{/cells}}</tr>
        {{/tree.rows}}
        </tbody>
        </table>
        <ol class="components">{{#tree.columns}}<li>{{title}}</li>{{/tree.columns}}</ol>
        {{#tree.hasConcerns}}
        <table>
        <thead><tr><th>Rating</th><th>Intervention</th><th>Component</th><th>Evidence</th></tr></thead>
        <tbody>
        {{#tree.concerns}}
        <tr><td><span class="badge {{rating.state}}">{{rating.label}}</span></td><td>{{intervention}}</td><td>{{component}}</td><td>{{evidence}}</td></tr>
        {{/tree.concerns}}
        </tbody>
        </table>
        {{/tree.hasConcerns}}
        {{#hasPartners}}
        <h3>Partners and their contributions</h3>
        <table>
        <thead><tr><th>Intervention</th><th>Partner</th><th>Contribution</th><th class="num">Amount</th></tr></thead>
        <tbody>
        {{#partners}}
        <tr><td>{{intervention}}</td><td>{{organisation}}</td><td>{{contribution}}</td><td class="num">{{amount}}</td></tr>
        {{/partners}}
        </tbody>
        </table>
        {{/hasPartners}}
        {{#hasRisks}}
        <h3>Risks</h3>
        <div class="risks">
        <table class="grid" aria-label="Risks by likelihood and impact">
        <caption class="small">likelihood ↑ by impact →</caption>
        {{#riskGrid}}
        <tr><th>{{likelihood}}</th>{{#cells}}<td class="{{grade}}">{{#risks}}{{.}}<br>{{/risks}}</td>{{/cells}}</tr>
        {{/riskGrid}}
        <tr><th></th>{{#impactColumns}}<th>{{.}}</th>{{/impactColumns}}</tr>
        <tr><th></th><th colspan="5">impact →</th></tr>
        </table>
        <table>
        <thead><tr><th>Risk</th><th class="num">L × I</th><th>Owner</th><th>Mitigation</th></tr></thead>
        <tbody>
        {{#risks}}
        <tr><td>{{description}}<br><span class="small">{{id}}</span></td><td class="num">{{likelihood}} × {{impact}} = {{score}}<br><span class="small">{{grade}}</span></td><td>{{owner}}</td><td>{{mitigation}}</td></tr>
        {{/risks}}
        </tbody>
        </table>
        </div>
        {{/hasRisks}}
        </section>
        {{/plans}}

        <section id="method">
        <h2>Notes on method</h2>
        <ul>
        <li>A measure is <strong>green</strong> when its latest figure on or before {{asOfLong}} is on or better than the value expected on that figure's date (straight lines from the baseline through the trajectory to the target), <strong>amber</strong> when worse but within the plan's tolerance, <strong>red</strong> beyond it.</li>
        <li>A measure is <strong>stale</strong> when it has no figure in its plan's last reporting period plus {{rules.graceDays}} days' grace; it counts as amber for its plan.</li>
        <li>The <strong>forecast</strong> is a straight line fitted to the figures so far (least squares), shown dashed and never mixed with them.</li>
        <li>A milestone is <strong>due soon</strong> within {{rules.dueSoonDays}} days of its due date and <strong>overdue</strong> after it; "moved" counts changes of its due date between synced revisions of the plan.</li>
        <li>A plan's status is the worst of its measures and milestones; red Christmas Tree components are listed as exceptions beside it.</li>
        <li>Dates are labelled by financial year (April to March) and quarter.</li>
        </ul>
        <h3>{{frameworkTitle}}</h3>
        <ol>
        {{#components}}
        <li><strong>{{title}}</strong>: {{question}}</li>
        {{/components}}
        </ol>
        </section>
        <footer>Made by countdown from the plans in the workspace and the tracking store. The same plans, figures and date always give the same file.</footer>
        </body>
        </html>
        """#
}
