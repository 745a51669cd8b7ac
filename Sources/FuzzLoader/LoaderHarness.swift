import PlanLint
import PlanLoading
import PlanModel
import Progress
import Reporting
import Tracking

/// One fuzz input through everything a plan file reaches in `countdown lint`,
/// `status` and `report`: composed from libyaml events, checked against the
/// schema, decoded, linted, judged at a date, every diagnostic rendered, and
/// a board pack built and rendered in every format.
///
/// Each input is read four ways: as a plan beside a fixed countdown.yaml,
/// as countdown.yaml beside a fixed plan, as a CSV file to import, and as a
/// workspace's Markdown and HTML report templates laying out a fixed pack.
/// Nothing is checked for correctness here (the corpus and the unit tests do
/// that); the point is that no input crashes, traps or hangs.
enum LoaderHarness {
    static let root = "/fuzz"

    static func run(_ bytes: [UInt8]) {
        runWorkspace([root + "/countdown.yaml": baseConfig, root + "/plans/fuzz.yaml": bytes])
        runWorkspace([root + "/countdown.yaml": bytes, root + "/plans/base.yaml": basePlan])
        runImport(bytes)
        runTemplates(bytes)
    }

    /// The base workspace's pack at the end of 2009/10, for the templates.
    static let baseReport: BoardReport? = {
        let source = MemorySource(files: [root + "/countdown.yaml": baseConfig, root + "/plans/base.yaml": basePlan])
        guard let loaded = try? WorkspaceLoader(displayBase: root, source: source).load(root: root),
            let config = loaded.config, let board = config.boards.first
        else { return nil }
        let asOf = Day(year: 2010, month: 3, day: 31)!
        let evidence = Dictionary(loaded.plans.map { ($0.id, Self.evidence(for: $0)) }) { first, _ in first }
        let status = StatusJudge(rules: StatusRules(asOf: asOf, workspace: config)).report(
            plans: loaded.plans, workspace: config, evidence: evidence)
        return BoardReportBuilder(
            ReportInputs(
                board: board, workspace: config, framework: .christmasTree, plans: loaded.plans, status: status)
        ).build()
    }()

    /// The input as a workspace's own templates (`templates/report.md.mustache`
    /// and `report.html.mustache`), parsed and, when they parse, rendering the pack.
    static func runTemplates(_ bytes: [UInt8]) {
        guard let text = String(validating: bytes, as: UTF8.self), let report = baseReport else { return }
        for name in ["report.md", "report.html"] {
            guard let templates = try? ReportTemplates(overrides: [name: (text, "templates/\(name).mustache")]) else {
                continue
            }
            _ = ReportRenderer(templates: templates).render(report, formats: [.markdown, .html])
        }
    }

    /// The base plan's workspace, for checking the input as an import file.
    static let catalog: PlanCatalog = {
        let source = MemorySource(files: [root + "/countdown.yaml": baseConfig, root + "/plans/base.yaml": basePlan])
        guard let loaded = try? WorkspaceLoader(displayBase: root, source: source).load(root: root),
            let config = loaded.config, loaded.plans.count == 1
        else { fatalError("the harness's own workspace does not load") }
        return PlanCatalog(plans: loaded.plans, workspace: config)
    }()

    /// The input as a CSV exchange file, as `countdown import` reads it
    /// (UTF-8 only: other bytes stop the command before the reader).
    static func runImport(_ bytes: [UInt8]) {
        guard let text = String(validating: bytes, as: UTF8.self) else { return }
        let file = ImportFile(text: text, file: "fuzz.csv", catalog: catalog)
        let renderer = TextDiagnosticRenderer(sources: ["fuzz.csv": text])
        for problem in file.problems { _ = renderer.render(problem) }
    }

    static func runWorkspace(_ files: [String: [UInt8]]) {
        let loader = WorkspaceLoader(displayBase: root, source: MemorySource(files: files))
        guard let loaded = try? loader.load(root: root) else { return }
        let report = Linter().lint(loaded)
        let text = TextDiagnosticRenderer(sources: report.sources)
        for diagnostic in report.diagnostics {
            _ = text.render(diagnostic)
            _ = GitHubRenderer.render(diagnostic)
        }
        _ = JSONDiagnosticRenderer.render(report)
        _ = SARIFRenderer.render(report)
        _ = GitLabRenderer.render(report)
        guard let config = loaded.config else { return }
        let evidence = Dictionary(loaded.plans.map { ($0.id, Self.evidence(for: $0)) }) { first, _ in first }
        for asOf in [config.period.start, config.period.end, Day(year: 2010, month: 3, day: 31)!] {
            let judge = StatusJudge(rules: StatusRules(asOf: asOf, workspace: config))
            let status = judge.report(plans: loaded.plans, workspace: config, evidence: evidence)
            _ = StatusTextRenderer().render(status)
            _ = StatusJSONRenderer.render(status)
        }
        guard let board = config.boards.first else { return }
        let asOf = Day(year: 2010, month: 3, day: 31)!
        let onBoard = loaded.plans.filter { $0.board == board.id }
        let status = StatusJudge(rules: StatusRules(asOf: asOf, workspace: config)).report(
            plans: onBoard, workspace: config, evidence: evidence)
        let inputs = ReportInputs(
            board: board, workspace: config, framework: loaded.framework ?? .christmasTree, plans: loaded.plans,
            status: status)
        _ = renderer.render(BoardReportBuilder(inputs).build(), formats: ReportFormat.allCases)
    }

    static let renderer = ReportRenderer()

    /// Evidence made from the plan's own numbers: each measure's trajectory
    /// and target as actuals, every other milestone done on its due date, and
    /// each due date moved once.
    static func evidence(for plan: Plan) -> PlanEvidence {
        var actuals: [String: [Actual]] = [:]
        for measure in plan.measures {
            actuals[measure.id] =
                (measure.trajectory + [measure.target]).map { Actual(date: $0.date, value: $0.value) }
        }
        var completions: [String: Completion] = [:]
        var history: [String: [Day]] = [:]
        for (index, milestone) in plan.milestones.enumerated() {
            if index % 2 == 0 { completions[milestone.id] = Completion(date: milestone.due) }
            history[milestone.id] = [milestone.due.adding(days: -index)]
        }
        return PlanEvidence(actuals: actuals, completions: completions, dueHistory: history)
    }

    static let baseConfig = Array(
        """
        schema: 1
        area: { id: testshire, name: Testshire }
        comparator: England
        period: { start: 2009-04-01, end: 2011-03-31 }
        life_expectancy:
          baseline: { period: 2005-07, male: 3.0, female: 2.0 }
          target: { reduce_by_percent: 10, by: 2011-03-31 }
        organisations:
          - { id: pct, name: Testshire PCT }
          - { id: council, name: Testshire Council }
        boards:
          - { id: hwb, name: Health and Wellbeing Board, cadence: quarterly }
        lint:
          rules: { vague-objective: warning }

        """.utf8)

    static let basePlan = Array(
        """
        schema: 1
        id: base-plan
        title: Tobacco control
        contributor: tobacco-control
        board: hwb
        lead: { role: Director of Public Health, organisation: pct }
        reporting: quarterly
        status: active
        outcome:
          id: prevalence
          title: Adult smoking prevalence
          unit: "%"
          better: lower
          baseline: { date: 2008-03-31, value: 26.4 }
          target: { date: 2011-03-31, value: 22.0 }
          trajectory:
            - { date: 2010-03-31, value: 24.8 }
          tolerance: 5%
        interventions:
          - id: quit-services
            title: Stop-smoking services
            level: frontline
            lead: { role: Service Manager, organisation: pct }
            objectives:
              - id: quitters
                statement: Deliver 3400 four-week quitters in 2010/11
                unit: people
                better: higher
                baseline: { date: 2009-03-31, value: 2100 }
                target: { date: 2011-03-31, value: 3400 }
                owner: { role: Service Manager, organisation: pct }
            milestones:
              - id: contract
                title: Contract signed
                due: 2009-09-30
                owner: { role: Head of Contracting, organisation: council }

        """.utf8)
}
