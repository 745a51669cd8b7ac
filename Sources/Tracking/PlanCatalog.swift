import Common
import PlanModel

/// The workspace's plans, for checking what a user records: that a
/// `PLAN/MEASURE` or `PLAN/MILESTONE` exists (with "did you mean"), that a
/// value is a number and that a date falls in the plan's period.
public struct PlanCatalog: Sendable {
    public let plans: [Plan]
    let workspace: WorkspaceConfig
    /// Plans by id, and measures and milestones by `PLAN/ID` address: an
    /// import looks up every row.
    private let planIndex: [String: Int]
    private let measureIndex: [String: (plan: Int, measure: Measure)]
    private let milestoneIndex: [String: (plan: Int, milestone: Milestone)]

    public init(plans: [Plan], workspace: WorkspaceConfig) {
        self.plans = plans
        self.workspace = workspace
        // Each address is made once, and the first of any repeated id is kept (as a search in order would).
        var planIndex: [String: Int] = [:]
        var measures: [(String, (plan: Int, measure: Measure))] = []
        var milestones: [(String, (plan: Int, milestone: Milestone))] = []
        planIndex.reserveCapacity(plans.count)
        for (index, plan) in plans.enumerated() where planIndex[plan.id] == nil {
            planIndex[plan.id] = index
            let prefix = plan.id + "/"
            measures += plan.measures.map { (prefix + $0.id, (index, $0)) }
            milestones += plan.milestones.map { (prefix + $0.id, (index, $0)) }
        }
        self.planIndex = planIndex
        self.measureIndex = Dictionary(measures) { first, _ in first }
        self.milestoneIndex = Dictionary(milestones) { first, _ in first }
    }

    public func plan(_ id: String) -> Plan? { planIndex[id].map { plans[$0] } }

    /// The plan and measure an address names.
    public func measure(_ address: String) throws(EntryProblem) -> (plan: Plan, measure: Measure) {
        if let found = measureIndex[address] { return (plans[found.plan], found.measure) }
        let (plan, id) = try split(address, kind: "measure")
        if let measure = plan.measures.first(where: { $0.id == id }) { return (plan, measure) }
        if plan.milestones.contains(where: { $0.id == id }) {
            throw EntryProblem(
                rule: "unknown-measure", message: "'\(address)' is a milestone, not a measure",
                hint: "record a milestone with countdown done \(address) --date YYYY-MM-DD")
        }
        throw unknown("measure", id: id, address: address, plan: plan, candidates: plan.measures.map(\.id))
    }

    /// The plan and milestone an address names.
    public func milestone(_ address: String) throws(EntryProblem) -> (plan: Plan, milestone: Milestone) {
        if let found = milestoneIndex[address] { return (plans[found.plan], found.milestone) }
        let (plan, id) = try split(address, kind: "milestone")
        if let milestone = plan.milestones.first(where: { $0.id == id }) { return (plan, milestone) }
        if plan.measures.contains(where: { $0.id == id }) {
            throw EntryProblem(
                rule: "unknown-milestone", message: "'\(address)' is a measure, not a milestone",
                hint: "record a value with countdown record \(address) VALUE --date YYYY-MM-DD")
        }
        throw unknown("milestone", id: id, address: address, plan: plan, candidates: plan.milestones.map(\.id))
    }

    /// A plain decimal number.
    public func value(_ text: String) throws(EntryProblem) -> Double {
        guard let value = ExchangeNumber.parse(text) else {
            let spaced = text.unicodeScalars.contains { $0.properties.isWhitespace }
            let hint =
                text.contains(",") || text.contains("%") || spaced
                ? "write a plain number without spaces, commas or %, e.g. 1710 or 25.9"
                : "write a plain number, e.g. 1710 or 25.9"
            throw EntryProblem(
                rule: "invalid-number", message: "'\(text)' is not a number", hint: hint)
        }
        guard ExchangeNumber.isExact(text, value: value) else {
            throw EntryProblem(
                rule: "invalid-number",
                message: "'\(text)' has more digits than countdown can keep exactly (it would be stored as "
                    + "\(ExchangeNumber.format(value)))",
                hint: "write it with at most 15 significant digits")
        }
        return value
    }

    /// An ISO date within the plan's period.
    public func date(_ text: String, in plan: Plan) throws(EntryProblem) -> Day {
        guard let day = Day(iso: text) else {
            throw EntryProblem(
                rule: "invalid-date", message: "'\(text)' is not a date",
                hint: "write the date as YYYY-MM-DD, e.g. 2009-12-31")
        }
        let period = plan.effectivePeriod(in: workspace)
        guard period.contains(day) else {
            throw EntryProblem(
                rule: "date-outside-plan",
                message: "\(day) is outside plan '\(plan.id)', which runs from \(period.start) to \(period.end)",
                hint: "check the date; progress can only be recorded within the plan's period")
        }
        return day
    }

    /// A checked actual from the texts a user typed.
    public func actual(
        address: String, date: String, value: String, source: String?, note: String?
    ) throws(EntryProblem) -> ActualEntry {
        let (plan, measure) = try self.measure(address)
        let day = try self.date(date, in: plan)
        let number = try self.value(value)
        try Self.checkText(source, "source")
        try Self.checkText(note, "note")
        return ActualEntry(
            planID: plan.id, measureID: measure.id, date: day, value: number, source: source, note: note)
    }

    /// A checked milestone completion from the texts a user typed.
    public func completion(address: String, date: String, note: String?) throws(EntryProblem) -> CompletionEntry {
        let (plan, milestone) = try self.milestone(address)
        let day = try self.date(date, in: plan)
        try Self.checkText(note, "note")
        return CompletionEntry(planID: plan.id, milestoneID: milestone.id, date: day, note: note)
    }

    /// A source or note is kept as written, so it may not hold what a
    /// terminal, a spreadsheet or a C string would act on: NUL (which cut
    /// the text short when shown) and the other control characters but tab
    /// and line ends.
    static func checkText(_ text: String?, _ name: String) throws(EntryProblem) {
        guard let text,
            let found = text.unicodeScalars.first(where: {
                ControlCharacters.isControl($0) && $0 != "\t" && $0 != "\n" && $0 != "\r"
            })
        else { return }
        throw EntryProblem(
            rule: "control-character",
            message: "the \(name) holds the control character \(ControlCharacters.visible(found)), which countdown "
                + "does not store", hint: "remove it from the \(name)")
    }

    /// Whether bytes of a source or note may hold a character `checkText` refuses
    /// (a C0 control but tab and line ends, DEL, or the lead byte of a C1 or separator).
    static func mayHoldControl(_ bytes: UnsafeBufferPointer<UInt8>?) -> Bool {
        guard let bytes else { return false }
        for byte in bytes
        where (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D) || byte == 0x7F
            || byte == 0xC2 || byte == 0xE2
        {
            return true
        }
        return false
    }

    private func split(_ address: String, kind: String) throws(EntryProblem) -> (Plan, String) {
        let parts = address.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
            let matches = plans.filter { plan in
                kind == "measure"
                    ? plan.measures.contains { $0.id == address } : plan.milestones.contains { $0.id == address }
            }
            let hint =
                matches.count == 1
                ? Suggestion.phrase("\(matches[0].id)/\(address)")
                : "name it as PLAN/\(kind.uppercased()), e.g. tobacco-control/\(kind == "measure" ? "smoking-prevalence" : "pharmacy-les")"
            throw EntryProblem(
                rule: "invalid-address", message: "'\(address)' does not name a plan's \(kind)", hint: hint)
        }
        let planID = String(parts[0])
        guard let plan = plan(planID) else {
            let suggestion = Suggestion.closest(to: planID, in: plans.map(\.id))
            throw EntryProblem(
                rule: "unknown-plan",
                message: "there is no plan '\(planID)'" + Suggestion.hint(suggestion),
                hint: suggestion != nil
                    ? nil
                    : plans.isEmpty
                        ? "no plan in the workspace loads without errors (countdown lint shows why)"
                        : "the plans are: " + plans.map(\.id).joined(separator: ", "))
        }
        return (plan, String(parts[1]))
    }

    private func unknown(
        _ kind: String, id: String, address: String, plan: Plan, candidates: [String]
    ) -> EntryProblem {
        let suggestion = Suggestion.closest(to: id, in: candidates)
        return EntryProblem(
            rule: "unknown-\(kind)",
            message: "plan '\(plan.id)' has no \(kind) '\(id)'"
                + Suggestion.hint(suggestion.map { "\(plan.id)/\($0)" }),
            hint: suggestion == nil ? "its \(kind)s are: " + candidates.joined(separator: ", ") : nil)
    }
}
