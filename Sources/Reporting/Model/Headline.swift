import PlanModel
import Progress

/// The pack's first page: how many plans stand where, and whether the plans
/// still add up to the life-expectancy target.
public struct Headline: Sendable, Hashable, Codable {
    /// Plans by status, red first.
    public var plans: [Count]
    /// Measures by state, in `MeasureState` order.
    public var measures: [Count]
    /// Milestones by state, in `MilestoneState` order.
    public var milestones: [Count]
    public var exceptionCount: Int
    /// Absent when countdown.yaml sets no life-expectancy target.
    public var lifeExpectancy: LifeExpectancyHeadline?

    /// How many items are in one state (`red`, `overdue`, `awaiting-data`...).
    public struct Count: Sendable, Hashable, Codable {
        public var state: String
        public var count: Int
    }

    public init(
        plans: [Count], measures: [Count], milestones: [Count], exceptionCount: Int,
        lifeExpectancy: LifeExpectancyHeadline?
    ) {
        self.plans = plans
        self.measures = measures
        self.milestones = milestones
        self.exceptionCount = exceptionCount
        self.lifeExpectancy = lifeExpectancy
    }

    public func count(of state: String, in counts: [Count]) -> Int {
        counts.first { $0.state == state }?.count ?? 0
    }
}

/// The plans' contributions to closing the life-expectancy gap against the
/// workspace's target. Every plan in the workspace is listed (the target is
/// the area's, not one board's), with this board's share shown beside the
/// whole; draft plans are listed but not counted, as `countdown gap --plans`
/// and the `contributions-shortfall` rule count them.
public struct LifeExpectancyHeadline: Sendable, Hashable, Codable {
    /// The baseline period's label (`2005-07`).
    public var baselinePeriod: String
    public var reduceByPercent: Double
    /// The date the target is for.
    public var by: Day
    /// Males, then females.
    public var sexes: [SexTotals]
    public var plans: [PlanContributionLine]
    /// Whether modelled contributions are available (a mortality file that
    /// reads cleanly and matches the area).
    public var modelled: Bool
    /// Why they are not, for people to read.
    public var modelledUnavailable: String?

    public init(
        baselinePeriod: String, reduceByPercent: Double, by: Day, sexes: [SexTotals],
        plans: [PlanContributionLine], modelled: Bool, modelledUnavailable: String?
    ) {
        self.baselinePeriod = baselinePeriod
        self.reduceByPercent = reduceByPercent
        self.by = by
        self.sexes = sexes
        self.plans = plans
        self.modelled = modelled
        self.modelledUnavailable = modelledUnavailable
    }

    /// One sex's totals, in years of life expectancy at birth.
    public struct SexTotals: Sendable, Hashable, Codable {
        /// `male` or `female`.
        public var sex: String
        public var baselineGap: Double?
        /// Years of gap to close: baseline gap × reduce_by_percent / 100.
        public var target: Double?
        /// Every counted plan's declared contribution, added up.
        public var declared: Double
        /// Every counted plan's modelled contribution, added up.
        public var modelled: Double?
        /// The same for this board's counted plans.
        public var boardDeclared: Double
        public var boardModelled: Double?

        /// Declared as a share of the target (1 = exactly the target).
        public var declaredShare: Double? { target.flatMap { $0 > 0 ? declared / $0 : nil } }
        public var modelledShare: Double? {
            guard let target, target > 0, let modelled else { return nil }
            return modelled / target
        }
        public var addsUp: Bool? { target.map { declared >= $0 - 1e-9 } }

        enum CodingKeys: String, CodingKey {
            case sex, baselineGap, target, declared, modelled, boardDeclared, boardModelled
            case declaredShare, modelledShare, addsUp
        }

        public init(
            sex: String, baselineGap: Double?, target: Double?, declared: Double, modelled: Double?,
            boardDeclared: Double, boardModelled: Double?
        ) {
            self.sex = sex
            self.baselineGap = baselineGap
            self.target = target
            self.declared = declared
            self.modelled = modelled
            self.boardDeclared = boardDeclared
            self.boardModelled = boardModelled
        }

        public init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            sex = try container.decode(String.self, forKey: .sex)
            baselineGap = try container.decodeIfPresent(Double.self, forKey: .baselineGap)
            target = try container.decodeIfPresent(Double.self, forKey: .target)
            declared = try container.decode(Double.self, forKey: .declared)
            modelled = try container.decodeIfPresent(Double.self, forKey: .modelled)
            boardDeclared = try container.decode(Double.self, forKey: .boardDeclared)
            boardModelled = try container.decodeIfPresent(Double.self, forKey: .boardModelled)
        }

        public func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(sex, forKey: .sex)
            try container.encodeIfPresent(baselineGap, forKey: .baselineGap)
            try container.encodeIfPresent(target, forKey: .target)
            try container.encode(declared, forKey: .declared)
            try container.encodeIfPresent(modelled, forKey: .modelled)
            try container.encode(boardDeclared, forKey: .boardDeclared)
            try container.encodeIfPresent(boardModelled, forKey: .boardModelled)
            try container.encodeIfPresent(declaredShare, forKey: .declaredShare)
            try container.encodeIfPresent(modelledShare, forKey: .modelledShare)
            try container.encodeIfPresent(addsUp, forKey: .addsUp)
        }
    }
}

/// One plan's declared and modelled contribution, by sex.
public struct PlanContributionLine: Sendable, Hashable, Codable {
    public var plan: String
    public var title: String
    public var board: String
    /// The board's name from countdown.yaml.
    public var boardName: String
    public var onThisBoard: Bool
    public var planStatus: PlanStatus
    /// Draft plans, and plans whose period ends outside the workspace's, are shown, not counted.
    public var counted: Bool
    /// Why a plan that is not a draft is not counted (its period ends outside the workspace's).
    public var notCountedReason: String?
    public var declared: Sexes
    /// Absent when the plan has no `impact` blocks or no model could run.
    public var modelled: Sexes?

    public struct Sexes: Sendable, Hashable, Codable {
        public var male: Double?
        public var female: Double?

        public init(male: Double?, female: Double?) {
            self.male = male
            self.female = female
        }

        public subscript(sex: String) -> Double? { sex == "male" ? male : female }
    }

    public init(
        plan: String, title: String, board: String, boardName: String, onThisBoard: Bool, planStatus: PlanStatus,
        notCountedReason: String? = nil, declared: Sexes, modelled: Sexes?
    ) {
        self.plan = plan
        self.title = title
        self.board = board
        self.boardName = boardName
        self.onThisBoard = onThisBoard
        self.planStatus = planStatus
        self.counted = planStatus != .draft && notCountedReason == nil
        self.notCountedReason = planStatus == .draft ? nil : notCountedReason
        self.declared = declared
        self.modelled = modelled
    }
}
