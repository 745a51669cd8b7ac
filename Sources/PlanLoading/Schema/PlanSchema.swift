import PlanModel

/// The plan format, version 1 (PLAN-FORMAT.md), as data.
public enum PlanSchema {
    static func words<T: RawRepresentable & CaseIterable>(_: T.Type) -> ValueKind where T.RawValue == String {
        .choice(T.allCases.map(\.rawValue))
    }

    public static let person = ObjectSchema(
        "person",
        [
            FieldSchema(
                "role", .text, required: true, example: "Consultant in Public Health",
                "The role, which outlives the person in it."),
            FieldSchema(
                "organisation", .reference(.organisation), required: true, example: "nhs-manchester",
                "An organisation id declared in countdown.yaml."),
            FieldSchema("name", .text, "The person's name (optional: plans are shared documents)."),
        ])

    static let personExample = "{ role: ..., organisation: ... }"

    static func datedValue(_ name: String, withSource: Bool) -> ObjectSchema {
        var fields = [
            FieldSchema("date", .date, required: true, example: "2009-03-31", "When the value applies."),
            FieldSchema("value", .number, required: true, example: "26.4", "The value, in the measure's unit."),
        ]
        if withSource { fields.append(FieldSchema("source", .text, "Where the value comes from.")) }
        return ObjectSchema(name, fields)
    }

    static let trajectory = FieldSchema(
        "trajectory", .list(of: .object(datedValue("trajectory point", withSource: false))),
        "Intermediate expected values, in date order.")
    static let tolerance = FieldSchema(
        "tolerance", .tolerance, "The amber band: N% of the expected value, or an absolute number.")

    public static let outcome = ObjectSchema(
        "outcome",
        [
            FieldSchema(
                "id", .identifier, required: true, definesID: true, example: "smoking-prevalence", "The measure's id."),
            FieldSchema("title", .text, required: true, example: "Adult smoking prevalence (18+)", "What is measured."),
            FieldSchema("unit", .text, required: true, example: "\"%\"", "The unit of its values."),
            FieldSchema("better", words(Direction.self), required: true, example: "lower", "Which way is better."),
            FieldSchema(
                "baseline", .object(datedValue("baseline", withSource: true)), required: true,
                example: "{ date: 2008-03-31, value: 26.4 }", "The starting value."),
            FieldSchema(
                "target", .object(datedValue("target", withSource: false)), required: true,
                example: "{ date: 2011-03-31, value: 22.0 }", "The value to reach, and when."),
            trajectory, tolerance,
        ])

    public static let objective = ObjectSchema(
        "objective",
        [
            FieldSchema(
                "id", .identifier, required: true, definesID: true, example: "rm-quitters", "The objective's id."),
            FieldSchema(
                "statement", .text, required: true, example: "Achieve 3,400 four-week quitters in 2010/11",
                "The SMART objective in words."),
            FieldSchema("unit", .text, required: true, example: "people", "The unit of its values."),
            FieldSchema("better", words(Direction.self), required: true, example: "higher", "Which way is better."),
            FieldSchema(
                "baseline", .object(datedValue("baseline", withSource: true)), required: true,
                example: "{ date: 2009-03-31, value: 2100 }", "The starting value."),
            FieldSchema(
                "target", .object(datedValue("target", withSource: false)), required: true,
                example: "{ date: 2011-03-31, value: 3400 }", "The value to reach, and when."),
            FieldSchema("owner", .object(person), required: true, example: personExample, "Who answers for it."),
            trajectory, tolerance,
        ])

    public static let amount = ObjectSchema(
        "amount",
        [
            FieldSchema("value", .nonNegative, required: true, example: "1200", "How much."),
            FieldSchema("unit", .text, required: true, example: "quit attempts a year", "Of what."),
        ])

    public static let partner = ObjectSchema(
        "partner",
        [
            FieldSchema(
                "organisation", .reference(.organisation), required: true, example: "community-pharmacies",
                "The partner organisation's id."),
            FieldSchema(
                "contribution", .text, required: true, example: "Quit attempts delivered through 60 pharmacies",
                "What it contributes."),
            FieldSchema("amount", .object(amount), "The contribution, quantified."),
        ])

    public static let milestone = ObjectSchema(
        "milestone",
        [
            FieldSchema(
                "id", .identifier, required: true, definesID: true, example: "pharmacy-les", "The milestone's id."),
            FieldSchema(
                "title", .text, required: true, example: "Service signed with 60 pharmacies", "What will be done."),
            FieldSchema("due", .date, required: true, example: "2009-09-30", "When it is due."),
            FieldSchema("owner", .object(person), required: true, example: personExample, "Who answers for it."),
        ])

    public static let component = ObjectSchema(
        "diagnostic component",
        [
            FieldSchema(
                "rating", words(Rating.self), required: true, example: "amber", "green, amber, red or unknown."),
            FieldSchema(
                "evidence", .text, example: "NICE PH10", "Why the rating (required unless the rating is unknown)."),
            FieldSchema(
                "value", .fraction,
                "A fraction in [0, 1]: the share of need reached, taken up, kept up or delivered to standard."),
        ],
        requiredUnless: [(field: "evidence", otherField: "rating", value: Rating.unknown.rawValue)])

    public static let impact = ObjectSchema(
        "impact",
        [
            FieldSchema(
                "cause", words(CauseGroup.self), required: true, example: "circulatory",
                "The cause group whose deaths it averts."),
            FieldSchema("sex", words(ImpactSex.self), required: true, example: "persons", "male, female or persons."),
            FieldSchema(
                "ages", .ageRange, required: true, example: "35-74", "Ages covered, on life-table band boundaries."),
            FieldSchema("eligible", .nonNegative, required: true, example: "9000", "People the intervention is for."),
            FieldSchema(
                "deaths_per_1000", .nonNegative, required: true, example: "12",
                "Their yearly deaths from the cause without it, per 1,000."),
            FieldSchema(
                "relative_risk_reduction", .fraction, required: true, example: "0.13",
                "The share of those deaths it prevents."),
        ])

    public static let intervention = ObjectSchema(
        "intervention",
        [
            FieldSchema(
                "id", .identifier, required: true, definesID: true, example: "stop-smoking-rm", "The intervention's id."
            ),
            FieldSchema("title", .text, required: true, example: "Scale stop-smoking services", "What it is."),
            FieldSchema(
                "level", words(InterventionLevel.self), required: true, example: "frontline",
                "population, frontline or community."),
            FieldSchema("lead", .object(person), required: true, example: personExample, "Who leads it."),
            FieldSchema("partners", .list(of: .object(partner)), "Partner organisations and what each contributes."),
            FieldSchema("objectives", .list(of: .object(objective)), "SMART objectives."),
            FieldSchema("milestones", .list(of: .object(milestone)), "Countdown milestones."),
            FieldSchema(
                "diagnostic", .map(keys: .frameworkComponents, values: .object(component)),
                "One rating per component of the diagnostic framework."),
            FieldSchema("impact", .object(impact), "Model inputs for the modelled contribution."),
        ])

    public static let risk = ObjectSchema(
        "risk",
        [
            FieldSchema(
                "id", .identifier, required: true, definesID: true, example: "pharmacy-capacity", "The risk's id."),
            FieldSchema(
                "description", .text, required: true, example: "Pharmacies cannot staff evening sessions",
                "What could go wrong."),
            FieldSchema(
                "likelihood", .integer(minimum: 1, maximum: 5), required: true, example: "3",
                "1 (rare) to 5 (almost certain)."),
            FieldSchema(
                "impact", .integer(minimum: 1, maximum: 5), required: true, example: "4",
                "1 (negligible) to 5 (severe)."),
            FieldSchema("owner", .object(person), required: true, example: personExample, "Who answers for it."),
            FieldSchema("mitigation", .text, "What is done about it."),
        ])

    public static let period = ObjectSchema(
        "period",
        [
            FieldSchema("start", .date, required: true, example: "2009-04-01", "First day."),
            FieldSchema("end", .date, required: true, example: "2011-03-31", "Last day."),
        ])

    public static let bySex = ObjectSchema(
        "contribution",
        [
            FieldSchema("male", .nonNegative, "Years, for males."),
            FieldSchema("female", .nonNegative, "Years, for females."),
        ])

    public static let planLifeExpectancy = ObjectSchema(
        "life-expectancy contribution",
        [
            FieldSchema("causes", .list(of: words(CauseGroup.self)), "The cause groups the plan addresses."),
            FieldSchema(
                "contribution", .object(bySex), required: true, example: "{ male: 0.10, female: 0.06 }",
                "Declared years of gap closed by the target date."),
            FieldSchema("basis", .text, "How the contribution was worked out."),
        ])

    public static let plan = ObjectSchema(
        "plan",
        [
            FieldSchema("schema", .schemaVersion, required: true, example: "1", "The format version: 1."),
            FieldSchema(
                "id", .identifier, required: true, example: "tobacco-control", "The plan's id, unique in the workspace."
            ),
            FieldSchema("title", .text, required: true, example: "Tobacco control", "The plan's title."),
            FieldSchema(
                "contributor", .reference(.contributor), required: true, example: "tobacco-control",
                "The contributor to the gap it addresses."),
            FieldSchema("board", .reference(.board), required: true, example: "awhb", "The board it reports to."),
            FieldSchema("lead", .object(person), required: true, example: personExample, "Who leads the plan."),
            FieldSchema(
                "reporting", words(Cadence.self), required: true, example: "quarterly",
                "How often progress is reported."),
            FieldSchema(
                "status", words(PlanStatus.self), required: true, example: "active", "draft, active or closed."),
            FieldSchema("period", .object(period), "The plan's period, if not the workspace's."),
            FieldSchema("summary", .text, "Free text (Markdown)."),
            FieldSchema(
                "outcome", .object(outcome), required: true,
                example: "(a mapping with id, title, unit, better, baseline, target)", "The population-level outcome."),
            FieldSchema(
                "life_expectancy", .object(planLifeExpectancy), "The plan's declared contribution to closing the gap."),
            FieldSchema(
                "interventions", .list(of: .object(intervention), minimumCount: 1), required: true,
                example: "(a list with at least one intervention)", "What the plan will do."),
            FieldSchema("risks", .list(of: .object(risk)), "What could stop it."),
        ])
}
