import PlanModel
import PropertyBased
import TestSupport

/// Random plans that pass every schema check against the loader's fixture
/// workspace (organisations `pct` and `council`, board `hwb`, the built-in
/// contributors and framework), with texts chosen to trip a YAML writer or
/// reader: YAML's own punctuation, words that look like booleans, numbers
/// or dates, line breaks, control characters, other scripts and markup.
struct RandomPlan {
    private var rng: SplitMix64
    private var usedIDs: Set<String> = []

    /// A generator for property checks. Shrinking is off: a failing plan is
    /// reported with the seed that rebuilds it.
    static let generator = Generator<Plan, Shrink.None<Plan>>(run: { rng in
        var builder = RandomPlan(seed: rng.next())
        return builder.plan()
    })

    init(seed: UInt64) {
        rng = SplitMix64(seed: seed)
    }

    static let organisations = ["pct", "council"]
    static let components = DiagnosticFramework.christmasTree.components.map(\.id)
    static let tricky = [
        "no", "yes", "on", "off", "true", "1.10", "0x1F", ".inf", "~", "null", "", " leading space",
        "trailing space ", "a: b", "# not a comment", "- a dash", "[bracket]", "{brace}", "say \"hi\"", "it's",
        "tab\there", "line\nbreak", "two\n\nparagraphs", "ünïcødé ✓", "emoji 👍🏽", "=SUM(A1:A9)", "+44 161",
        "-3.5", "@home", "<img src=x onerror=alert(1)>", "a | b", "*alias", "&anchor", "!tag", "%done", "`tick`",
        "back\\slash", "\u{7F}delete", "\u{85}next line", "\u{2028}line separator", "\u{FEFF}bom", "\u{1}control",
        "2009-04-01", "1,200", "5%", "---", "...", "Stop-smoking services (R&M)", "Director of Public Health",
        "Quit rates 28-61% by provider", "北京", "مرحبا", "\r\nwindows",
    ]

    mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &rng) }
    mutating func oneIn(_ n: Int) -> Bool { int(1...n) == 1 }
    mutating func pick<T>(_ items: [T]) -> T { items[int(0...items.count - 1)] }

    mutating func text() -> String {
        var parts: [String] = []
        for _ in 0..<int(1...3) {
            if oneIn(4) {
                parts.append(String(String.UnicodeScalarView((0..<int(1...6)).compactMap { _ in randomScalar() })))
            } else {
                parts.append(pick(Self.tricky))
            }
        }
        // Control characters (but tab and newline) are not plan text: lint refuses them
        // (control-character), so a valid plan has none; ControlCharacterTests has them.
        let joined = parts.joined(separator: pick([" ", "", "\n"]))
        return String(
            String.UnicodeScalarView(
                joined.unicodeScalars.filter { !ControlCharacters.isControl($0) || $0 == "\t" || $0 == "\n" }))
    }

    mutating func randomScalar() -> Unicode.Scalar? {
        switch int(0...3) {
        case 0: Unicode.Scalar(UInt32(int(0x20...0x7E)))
        case 1: Unicode.Scalar(UInt32(int(0xA0...0x2FF)))
        case 2: Unicode.Scalar(UInt32(int(0x1F300...0x1F64F)))
        default: Unicode.Scalar(UInt32(int(0x0...0x1F)))
        }
    }

    /// A fresh kebab-case id, unique in the plan.
    mutating func id(_ stem: String) -> String {
        while true {
            let id = stem + "-" + String(int(0...9999))
            if usedIDs.insert(id).inserted { return id }
        }
    }

    mutating func number(nonNegative: Bool = false) -> Double {
        let value = Double(int(-2_000_000...2_000_000)) / Double(pick([1, 10, 100, 1000, 100_000]))
        return nonNegative ? abs(value) : value
    }

    mutating func fraction() -> Double { Double(int(0...1000)) / 1000 }

    mutating func day() -> Day { Day(daysSinceEpoch: int(7_000...26_000)) }

    static let place = FieldLocations(start: SourceLocation(file: "generated", line: 1, column: 1))

    mutating func person() -> Person {
        Person(
            role: text(), organisation: pick(Self.organisations), name: oneIn(2) ? text() : nil, locations: Self.place)
    }

    mutating func dated(source: Bool) -> DatedValue {
        DatedValue(date: day(), value: number(), source: source && oneIn(2) ? text() : nil, locations: Self.place)
    }

    mutating func measure(_ kind: Measure.Kind) -> Measure {
        let tolerance: Tolerance? =
            switch int(0...2) {
            case 0: .percent(Double(int(0...500)) / 10)
            case 1: .absolute(number(nonNegative: true))
            default: nil
            }
        return Measure(
            kind: kind, id: id(kind == .outcome ? "outcome" : "objective"), title: text(), unit: text(),
            better: pick(Direction.allCases), baseline: dated(source: true), target: dated(source: false),
            trajectory: (0..<int(0...3)).map { _ in dated(source: false) }, tolerance: tolerance,
            owner: kind == .objective ? person() : nil, locations: Self.place)
    }

    mutating func rating() -> (Rating, String?, Double?) {
        let rating = pick(Rating.allCases)
        let evidence = rating == .unknown && oneIn(2) ? nil : text()
        return (rating, evidence, oneIn(2) ? fraction() : nil)
    }

    mutating func impact() -> Impact {
        let starts = lifeTableBandStarts
        let lower = int(0...starts.count - 1)
        let open = oneIn(3) || lower == starts.count - 1
        let upperIndex = open ? starts.count : int(lower + 1...starts.count - 1)
        let ages = open ? starts[lower]...Int.max : starts[lower]...(starts[upperIndex] - 1)
        let text = open ? "\(starts[lower])+" : "\(starts[lower])-\(starts[upperIndex] - 1)"
        return Impact(
            cause: pick(CauseGroup.allCases), sex: pick(ImpactSex.allCases), ages: ages, agesText: text,
            eligible: number(nonNegative: true), deathsPer1000: number(nonNegative: true),
            relativeRiskReduction: fraction(), locations: Self.place)
    }

    mutating func intervention() -> Intervention {
        let components = Self.components.filter { _ in oneIn(2) }.shuffled(using: &rng)
        return Intervention(
            id: id("intervention"), title: text(), level: pick(InterventionLevel.allCases), lead: person(),
            partners: (0..<int(0...2)).map { _ in
                Partner(
                    organisation: pick(Self.organisations), contribution: text(),
                    amount: oneIn(2) ? Amount(value: number(nonNegative: true), unit: text()) : nil,
                    locations: Self.place)
            },
            objectives: (0..<int(0...2)).map { _ in measure(.objective) },
            milestones: (0..<int(0...3)).map { _ in
                Milestone(id: id("milestone"), title: text(), due: day(), owner: person(), locations: Self.place)
            },
            diagnostic: components.map { component in
                let (rating, evidence, value) = rating()
                return ComponentRating(
                    component: component, rating: rating, evidence: evidence, value: value, locations: Self.place)
            },
            impact: oneIn(2) ? impact() : nil, locations: Self.place)
    }

    mutating func plan() -> Plan {
        let (first, second) = (day(), day())
        let period: Period? = oneIn(2) ? nil : Period(start: Swift.min(first, second), end: Swift.max(first, second))
        let lifeExpectancy: PlanLifeExpectancy? =
            oneIn(2)
            ? nil
            : PlanLifeExpectancy(
                causes: CauseGroup.allCases.filter { _ in oneIn(3) },
                contribution: BySex(
                    male: oneIn(3) ? nil : number(nonNegative: true),
                    female: oneIn(3) ? nil : number(nonNegative: true)),
                basis: oneIn(2) ? text() : nil, locations: Self.place)
        return Plan(
            schema: 1, id: id("plan"), title: text(), contributor: pick(Contributor.builtIn.map(\.id)), board: "hwb",
            lead: person(), reporting: pick(Cadence.allCases), status: pick(PlanStatus.allCases), period: period,
            summary: oneIn(2) ? text() : nil, outcome: measure(.outcome), lifeExpectancy: lifeExpectancy,
            interventions: (0..<int(1...3)).map { _ in intervention() },
            risks: (0..<int(0...2)).map { _ in
                Risk(
                    id: id("risk"), description: text(), likelihood: int(1...5), impact: int(1...5), owner: person(),
                    mitigation: oneIn(2) ? text() : nil, locations: Self.place)
            },
            file: "generated", locations: Self.place)
    }
}
