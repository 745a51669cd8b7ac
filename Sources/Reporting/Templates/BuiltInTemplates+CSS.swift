extension BuiltInTemplates {
    /// The HTML pack's styles: a plain board paper on screen and on A4.
    static let css = #"""
        :root {
          --ink: #1a1a1a; --muted: #5f6368; --rule: #d0d4d9; --paper: #ffffff; --wash: #f3f4f6;
          --navy: #1f3a5f; --green: #1e7b3c; --amber: #d98a00; --red: #b3261e; --grey: #8a8f98;
        }
        * { box-sizing: border-box; }
        html { background: #e9ebee; }
        body {
          margin: 0 auto; max-width: 1120px; background: var(--paper); color: var(--ink);
          font: 14px/1.45 "Helvetica Neue", Helvetica, Arial, sans-serif; padding: 0 48px 48px;
          -webkit-print-color-adjust: exact; print-color-adjust: exact;
        }
        header.cover { border-top: 10px solid var(--navy); padding: 28px 0 18px; border-bottom: 2px solid var(--navy); }
        .kicker { text-transform: uppercase; letter-spacing: .08em; font-size: 12px; color: var(--muted); margin: 0; }
        h1 { font-size: 30px; line-height: 1.15; margin: 6px 0 4px; color: var(--navy); }
        .subtitle { font-size: 17px; margin: 0 0 16px; }
        h2 { font-size: 21px; color: var(--navy); border-bottom: 1px solid var(--rule); padding-bottom: 4px;
          margin: 34px 0 12px; }
        h3 { font-size: 16px; margin: 22px 0 8px; color: var(--navy); }
        h4 { font-size: 14px; margin: 18px 0 6px; text-transform: uppercase; letter-spacing: .05em;
          color: var(--muted); }
        p { margin: 6px 0 10px; }
        a { color: var(--navy); }
        table { border-collapse: collapse; width: 100%; margin: 8px 0 14px; font-size: 12.5px; }
        th, td { border-bottom: 1px solid var(--rule); padding: 5px 7px; text-align: left; vertical-align: top; }
        th { background: var(--wash); font-weight: 600; border-bottom: 2px solid var(--rule); }
        td.num, th.num { text-align: right; }
        th.num { white-space: nowrap; }
        td { overflow-wrap: anywhere; }
        tr { break-inside: avoid; }
        table.meta { width: auto; font-size: 13px; margin: 0; }
        table.meta th { background: none; border: 0; padding: 2px 16px 2px 0; color: var(--muted); font-weight: 400; }
        table.meta td { border: 0; padding: 2px 0; }
        nav.contents { font-size: 13px; margin: 14px 0 0; }
        nav.contents ol ol { columns: 2; list-style: lower-alpha; }
        nav.contents a { color: var(--navy); text-decoration: none; }
        nav.contents ol { margin: 0; padding-left: 20px; }
        .badge { display: inline-block; min-width: 54px; padding: 1px 7px; border-radius: 3px; color: #fff;
          font-size: 11px; font-weight: 700; text-transform: uppercase; letter-spacing: .04em; text-align: center;
          white-space: nowrap; background: var(--grey); }
        .badge.green, .badge.done, .badge.upcoming { background: var(--green); }
        .badge.amber, .badge.due-soon { background: var(--amber); color: #1a1a1a; }
        .badge.red, .badge.overdue { background: var(--red); }
        .badge.stale, .badge.awaiting-data { background: #fff; color: var(--ink); border: 1px dashed var(--grey); }
        .badge.weakening { background: var(--red); }
        .badge.strengthening { background: var(--green); }
        .badge.neutral { background: var(--grey); }
        .tiles { display: flex; gap: 14px; margin: 12px 0; }
        .tile { flex: 1; border: 1px solid var(--rule); border-top: 6px solid var(--grey); padding: 10px 14px; }
        .tile.red { border-top-color: var(--red); } .tile.amber { border-top-color: var(--amber); }
        .tile.green { border-top-color: var(--green); }
        .tile .count { font-size: 34px; font-weight: 700; line-height: 1; }
        .tile .label { font-size: 12px; text-transform: uppercase; letter-spacing: .06em; color: var(--muted); }
        .callout { background: var(--wash); border-left: 4px solid var(--navy); padding: 8px 12px; margin: 10px 0; }
        .callout.warn { border-left-color: var(--red); }
        .small { font-size: 12px; color: var(--muted); }
        .direction.worse { color: var(--red); font-weight: 600; }
        .direction.improved { color: var(--green); font-weight: 600; }
        .muted, .direction.first, .direction.unchanged { color: var(--muted); }
        .exceptions td.kind { white-space: nowrap; }
        .exceptions tr.red-measure td.kind, .exceptions tr.overdue-milestone td.kind { color: var(--red);
          font-weight: 600; }
        section.plan { break-before: page; }
        .plan-head { display: flex; justify-content: space-between; align-items: baseline; gap: 12px; }
        .plan-head h2 { flex: 1; }
        .facts { display: grid; grid-template-columns: 150px 1fr; gap: 2px 14px; font-size: 13px; margin: 8px 0; }
        .facts dt { color: var(--muted); } .facts dd { margin: 0; }
        .measure { display: grid; grid-template-columns: 34% 1fr; gap: 16px; border-top: 1px solid var(--rule);
          padding: 10px 0; break-inside: avoid; }
        .measure h5 { font-size: 13.5px; margin: 0 0 4px; }
        .measure dl { display: grid; grid-template-columns: 74px 1fr; gap: 1px 8px; font-size: 12.5px; margin: 6px 0 0; }
        .measure dt { color: var(--muted); } .measure dd { margin: 0; }
        svg.chart { width: 100%; height: auto; display: block; }
        svg.legend { max-width: 760px; margin: 4px 0 6px; }
        svg.tree { max-width: 100%; margin: 6px 0; }
        svg.contributions { max-width: 620px; }
        .matrix td.cell { text-align: center; font-weight: 700; color: #fff; width: 52px; }
        .matrix td.cell small { display: block; font-weight: 400; font-size: 10.5px; }
        .matrix td.green { background: var(--green); } .matrix td.amber { background: var(--amber); color: #1a1a1a; }
        .matrix td.red { background: var(--red); } .matrix td.unknown { background: var(--grey); }
        .matrix td.unrated { background: #fff; color: var(--muted); border: 1px dashed var(--rule); }
        .matrix th.component { text-align: center; }
        ol.components { columns: 2; font-size: 12px; color: var(--muted); margin: 4px 0 10px; }
        .risks { display: grid; grid-template-columns: 250px 1fr; gap: 20px; align-items: start; }
        table.grid { width: auto; font-size: 11px; }
        table.grid { table-layout: fixed; }
        table.grid td { width: 44px; height: 34px; text-align: center; border: 1px solid #fff; padding: 2px;
          font-size: 10px; line-height: 1.15; overflow-wrap: anywhere; }
        td.date { white-space: nowrap; }
        table.grid td.low { background: #dcefe1; } table.grid td.medium { background: #f8e3b5; }
        table.grid td.high { background: #f2c4c0; }
        table.grid th { background: none; border: 0; font-weight: 400; color: var(--muted); text-align: center; }
        footer { margin-top: 40px; border-top: 1px solid var(--rule); padding-top: 8px; font-size: 12px;
          color: var(--muted); }
        @page { size: A4; margin: 14mm 12mm 16mm; }
        @media print {
          html { background: none; }
          body { max-width: none; padding: 0; font-size: 10pt; }
          nav.contents a { color: var(--ink); }
          h2 { break-after: avoid; } h3, h4 { break-after: avoid; }
        }
        """#
}
