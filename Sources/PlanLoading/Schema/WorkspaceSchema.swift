import PlanModel

/// `countdown.yaml` and diagnostic framework files, as data.
public enum WorkspaceSchema {
    static let area = ObjectSchema(
        "area",
        [
            FieldSchema("id", .identifier, required: true, example: "manchester", "The area's id."),
            FieldSchema("name", .text, required: true, example: "Manchester", "The area's name."),
        ])

    static let organisation = ObjectSchema(
        "organisation",
        [
            FieldSchema("id", .identifier, required: true, example: "nhs-manchester", "The id plans use."),
            FieldSchema("name", .text, required: true, example: "NHS Manchester", "The organisation's name."),
        ])

    static let board = ObjectSchema(
        "board",
        [
            FieldSchema("id", .identifier, required: true, example: "awhb", "The id plans use."),
            FieldSchema(
                "name", .text, required: true, example: "Adult Wellbeing and Health Board", "The board's name."),
            FieldSchema(
                "cadence", PlanSchema.words(Cadence.self), required: true, example: "quarterly", "How often it meets."),
        ])

    static let contributor = ObjectSchema(
        "contributor",
        [
            FieldSchema("id", .identifier, required: true, example: "dental-health", "The id plans use."),
            FieldSchema("title", .text, required: true, example: "Dental health", "Its name."),
            FieldSchema("causes", .list(of: PlanSchema.words(CauseGroup.self)), "The cause groups it addresses."),
        ])

    static let gapBaseline = ObjectSchema(
        "baseline",
        [
            FieldSchema("period", .text, required: true, example: "2005-07", "The years the gap was measured over."),
            FieldSchema("male", .nonNegative, "Gap to the comparator in years, males."),
            FieldSchema("female", .nonNegative, "Gap to the comparator in years, females."),
        ])

    static let gapTarget = ObjectSchema(
        "target",
        [
            FieldSchema(
                "reduce_by_percent", .number(minimum: 0, maximum: 100), required: true, example: "10",
                "How much of the gap to close."),
            FieldSchema("by", .date, required: true, example: "2011-03-31", "By when."),
        ])

    static let lifeExpectancy = ObjectSchema(
        "life-expectancy target",
        [
            FieldSchema(
                "baseline", .object(gapBaseline), required: true,
                example: "{ period: 2005-07, male: 3.1, female: 2.4 }", "The gap at baseline."),
            FieldSchema(
                "target", .object(gapTarget), required: true, example: "{ reduce_by_percent: 10, by: 2011-03-31 }",
                "The reduction to achieve."),
            FieldSchema("mortality", .text, "A mortality CSV file in the workspace."),
        ])

    static let lint = ObjectSchema(
        "lint settings",
        [
            FieldSchema(
                "rules", .map(keys: .ruleIDs, values: .choice(["error", "warning", "info", "off"])),
                "Per-rule severity: error, warning, info or off."),
            FieldSchema(
                "max_yearly_change_percent", .number(minimum: 0, maximum: nil),
                "SMART 'achievable': the largest plausible change a year, as a percent of the baseline (default 50)."),
            FieldSchema(
                "contribution_factor", .number(minimum: 1, maximum: nil),
                "How far a plan's declared life-expectancy contribution may differ from the modelled one, as a factor (default 3)."
            ),
        ])

    public static let workspace = ObjectSchema(
        "workspace",
        [
            FieldSchema("schema", .schemaVersion, required: true, example: "1", "The format version: 1."),
            FieldSchema(
                "area", .object(area), required: true, example: "{ id: manchester, name: Manchester }",
                "The area the plans are for."),
            FieldSchema("comparator", .text, "What the area's life expectancy is compared with."),
            FieldSchema(
                "period", .object(PlanSchema.period), required: true, example: "{ start: 2009-04-01, end: 2011-03-31 }",
                "The delivery horizon the countdown runs to."),
            FieldSchema("life_expectancy", .object(lifeExpectancy), "The life-expectancy gap and its target."),
            FieldSchema(
                "organisations", .list(of: .object(organisation), minimumCount: 1), required: true,
                example: "(a list of { id, name })", "Every organisation a plan may name."),
            FieldSchema(
                "boards", .list(of: .object(board), minimumCount: 1), required: true,
                example: "(a list of { id, name, cadence })", "The boards plans report to."),
            FieldSchema(
                "diagnostic", .text, "A built-in framework id (christmas-tree) or the path of a framework file."),
            FieldSchema("contributors", .list(of: .object(contributor)), "Contributors added to the built-in list."),
            FieldSchema("lint", .object(lint), "Lint settings."),
            FieldSchema(
                "due_soon_days", .integer(minimum: 0, maximum: 366),
                "Days before a milestone's due date that it counts as due soon (default 14)."),
            FieldSchema(
                "grace_days", .integer(minimum: 0, maximum: 366),
                "Days after a reporting period for its figures to be recorded before a measure is stale (default 42)."
            ),
            FieldSchema("store", .text, "The tracking store's path (default .countdown/tracking.sqlite)."),
            FieldSchema("exports", .text, "Where reports are written (default exports)."),
        ])

    static let frameworkComponent = ObjectSchema(
        "component",
        [
            FieldSchema("id", .identifier, required: true, example: "known-efficacy", "The id plans rate."),
            FieldSchema("title", .text, required: true, example: "Known intervention efficacy", "Its name."),
            FieldSchema(
                "question", .text, required: true, example: "Is there good evidence…?", "The question a rating answers."
            ),
            FieldSchema(
                "share", .choice(["true", "false"]),
                "true when the component stands for a share (reach, uptake, adherence) that a rating's value gives."),
        ])

    public static let framework = ObjectSchema(
        "diagnostic framework",
        [
            FieldSchema("schema", .schemaVersion, required: true, example: "1", "The format version: 1."),
            FieldSchema("id", .identifier, required: true, example: "christmas-tree", "The framework's id."),
            FieldSchema("title", .text, required: true, example: "Christmas Tree diagnostic", "Its name."),
            FieldSchema(
                "components", .list(of: .object(frameworkComponent), minimumCount: 1), required: true,
                example: "(a list of { id, title, question })", "What every intervention is rated on."),
        ])
}
