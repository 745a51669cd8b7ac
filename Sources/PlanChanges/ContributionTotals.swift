import PlanModel

/// The plans' declared life-expectancy contributions added up, before and
/// after, against the workspace's target: do the plans still add up?
///
/// Counted as the `contributions-shortfall` lint rule counts them: every
/// plan that is not a draft (active and closed plans are commitments).
public struct ContributionTotals: Sendable, Hashable, Codable {
    /// One sex's total.
    public struct Total: Sendable, Hashable, Codable {
        /// `male` or `female`.
        public var sex: String
        /// Years of gap the workspace means to close, before and after.
        public var targetBefore: Double?
        public var targetAfter: Double?
        /// The plans' declared contributions added up, in years.
        public var declaredBefore: Double
        public var declaredAfter: Double
        /// Weakening when the total falls and ends below the target;
        /// strengthening when it rises from below it.
        public var severity: ReviewSeverity

        public init(
            sex: String, targetBefore: Double?, targetAfter: Double?, declaredBefore: Double, declaredAfter: Double
        ) {
            self.sex = sex
            // Rounded so that sums of decimals read as written (0.43, not 0.43000000000000005).
            let round = { (value: Double) in (value * 1e10).rounded() / 1e10 }
            self.targetBefore = targetBefore.map(round)
            self.targetAfter = targetAfter.map(round)
            self.declaredBefore = round(declaredBefore)
            self.declaredAfter = round(declaredAfter)
            severity = Self.severity(
                before: self.declaredBefore, after: self.declaredAfter, target: self.targetAfter ?? self.targetBefore)
        }

        /// The total moved, or the target did.
        public var changed: Bool {
            !ChangeNumber.same(declaredBefore, declaredAfter) || targetBefore != targetAfter
        }

        /// Below the target after the change.
        public var isShortAfter: Bool {
            guard let targetAfter else { return false }
            return declaredAfter < targetAfter - ChangeNumber.slack
        }

        /// Below the target before the change.
        public var isShortBefore: Bool {
            guard let targetBefore else { return false }
            return declaredBefore < targetBefore - ChangeNumber.slack
        }

        static func severity(before: Double, after: Double, target: Double?) -> ReviewSeverity {
            guard let target else { return .neutral }
            if after < before - ChangeNumber.slack && after < target - ChangeNumber.slack { return .weakening }
            if after > before + ChangeNumber.slack && before < target - ChangeNumber.slack { return .strengthening }
            return .neutral
        }
    }

    /// Males then females; a sex appears when either side has a target or
    /// a declared contribution for it.
    public var totals: [Total]

    public init(totals: [Total]) {
        self.totals = totals
    }

    public var changed: Bool { totals.contains(where: \.changed) }

    /// The totals of two versions of the plans.
    public static func compare(
        before: [Plan], after: [Plan], beforeWorkspace: WorkspaceConfig?, afterWorkspace: WorkspaceConfig?
    ) -> ContributionTotals? {
        // Settings not known on one side (no countdown.yaml, or one with
        // errors) leave the target as the other side has it, not removed.
        let targetBefore = (beforeWorkspace ?? afterWorkspace)?.lifeExpectancy?.targetReduction
        let targetAfter = (afterWorkspace ?? beforeWorkspace)?.lifeExpectancy?.targetReduction
        let declaredBefore = declared(before, in: beforeWorkspace ?? afterWorkspace)
        let declaredAfter = declared(after, in: afterWorkspace ?? beforeWorkspace)
        var totals: [Total] = []
        for (sex, path) in [("male", \BySex.male), ("female", \BySex.female)] {
            let sums = (declaredBefore[keyPath: path], declaredAfter[keyPath: path])
            let targets = (targetBefore?[keyPath: path], targetAfter?[keyPath: path])
            guard sums.0 != nil || sums.1 != nil || targets.0 != nil || targets.1 != nil else { continue }
            totals.append(
                Total(
                    sex: sex, targetBefore: targets.0, targetAfter: targets.1, declaredBefore: sums.0 ?? 0,
                    declaredAfter: sums.1 ?? 0))
        }
        return totals.isEmpty ? nil : ContributionTotals(totals: totals)
    }

    /// Declared contributions of the plans that count, added up by sex (nil
    /// for a sex no plan declares).
    static func declared(_ plans: [Plan], in workspace: WorkspaceConfig?) -> BySex {
        let counted = plans.filter { plan in
            workspace.map { plan.notCountedReason(in: $0) == nil } ?? (plan.status != .draft)
        }.compactMap { $0.lifeExpectancy?.contribution }
        func sum(_ values: [Double]) -> Double? { values.isEmpty ? nil : values.reduce(0, +) }
        return BySex(male: sum(counted.compactMap(\.male)), female: sum(counted.compactMap(\.female)))
    }
}
