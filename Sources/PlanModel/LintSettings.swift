/// `lint:` in countdown.yaml: per-rule severities and the limits rules use.
public struct LintSettings: Sendable {
    /// Per-rule severities; `.some(nil)` means the rule is off.
    public var severities: [String: Severity?]
    /// Where each rule is named under `lint.rules`, to point at a bad name.
    public var severityLocations: [String: SourceLocation]
    /// SMART "achievable": the largest plausible change a year, as a percent
    /// of the baseline value.
    public var maxYearlyChangePercent: Double
    /// Declared and modelled life-expectancy contributions may differ by at
    /// most this factor (either way) before a plan is flagged.
    public var contributionFactor: Double

    public static let defaultMaxYearlyChangePercent = 50.0
    public static let defaultContributionFactor = 3.0

    public init(
        severities: [String: Severity?] = [:], severityLocations: [String: SourceLocation] = [:],
        maxYearlyChangePercent: Double = defaultMaxYearlyChangePercent,
        contributionFactor: Double = defaultContributionFactor
    ) {
        self.severities = severities
        self.severityLocations = severityLocations
        self.maxYearlyChangePercent = maxYearlyChangePercent
        self.contributionFactor = contributionFactor
    }
}
