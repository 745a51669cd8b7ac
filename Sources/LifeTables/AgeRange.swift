/// A run of consecutive life-table age bands, such as `35-74` (the bands
/// 35-39 to 70-74) or `75+` (75-79 to 90+).
///
/// Plans name the ages an intervention reaches as a range; the range must
/// start and end on band boundaries because deaths are only known by band,
/// and silently rounding `35-72` to whole bands would misstate the impact.
public struct AgeRange: Hashable, Sendable, CustomStringConvertible {
    /// The youngest band in the range.
    public let first: AgeBand
    /// The oldest band in the range.
    public let last: AgeBand

    /// The range from `first` to `last` inclusive; `first` must not be older
    /// than `last`.
    public init(from first: AgeBand, through last: AgeBand) {
        precondition(first <= last, "age range \(first)...\(last) runs backwards")
        self.first = first
        self.last = last
    }

    /// Every band: `0-90+` in plan terms.
    public static let allAges = AgeRange(from: .infants, through: .openEnded)

    /// Reads `35-74`, `75+`, `90+` or a single band label such as `0` or `1-4`.
    public init(parsing text: String) throws(AgeRangeError) {
        let normalised = AgeBand.normalise(text)
        if normalised.hasSuffix("+"), let lower = Int(normalised.dropLast()) {
            guard let band = AgeBand(lowerAge: lower) else {
                throw AgeRangeError(text: text, reason: .startIsNotBandStart(lower))
            }
            self.init(from: band, through: .openEnded)
            return
        }
        if let single = Int(normalised) {
            guard single == 0 else { throw AgeRangeError(text: text, reason: .notARange) }
            self.init(from: .infants, through: .infants)
            return
        }
        let ends = normalised.split(separator: "-", omittingEmptySubsequences: false)
        guard ends.count == 2, let lower = Int(ends[0]), let upper = Int(ends[1]) else {
            throw AgeRangeError(text: text, reason: .notARange)
        }
        guard lower <= upper else { throw AgeRangeError(text: text, reason: .backwards) }
        guard let first = AgeBand(lowerAge: lower) else {
            throw AgeRangeError(text: text, reason: .startIsNotBandStart(lower))
        }
        guard let last = AgeBand.all.first(where: { $0.upperAge == upper }) else {
            throw AgeRangeError(text: text, reason: .endIsNotBandEnd(upper))
        }
        self.init(from: first, through: last)
    }

    /// The bands in the range, youngest first.
    public var bands: [AgeBand] { Array(AgeBand.all[first.index...last.index]) }

    /// Whether `band` lies in the range.
    public func contains(_ band: AgeBand) -> Bool { first <= band && band <= last }

    /// `35-74`, `75+`, or the band label when the range is one band.
    public var description: String {
        if first == last { return first.label }
        if last.isOpenEnded { return "\(first.lowerAge)+" }
        return "\(first.lowerAge)-\(last.upperAge ?? last.lowerAge)"
    }
}

/// Why a piece of text is not an age range on the life-table bands.
public struct AgeRangeError: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Reason: Hashable, Sendable {
        case notARange
        case backwards
        case startIsNotBandStart(Int)
        case endIsNotBandEnd(Int)
    }

    /// The text as written.
    public let text: String
    public let reason: Reason

    /// A plain-English explanation with the fix.
    public var message: String {
        let starts = AgeBand.lowerAges.map(String.init).joined(separator: ", ")
        let ends = AgeBand.all.compactMap(\.upperAge).map(String.init).joined(separator: ", ")
        switch reason {
        case .notARange:
            return "\"\(text)\" is not an age range. Write the first and last age of the life-table "
                + "bands it covers, such as 35-74, or an open range such as 75+."
        case .backwards:
            return "\"\(text)\" runs backwards. Put the younger age first, for example 35-74."
        case .startIsNotBandStart(let age):
            return "\(age) is not the start of a life-table age band, so \"\(text)\" cannot be "
                + "matched to the bands. Start the range at one of \(starts)."
        case .endIsNotBandEnd(let age):
            return "\(age) is not the end of a life-table age band, so \"\(text)\" cannot be "
                + "matched to the bands. End the range at one of \(ends), or use an open range such as 75+."
        }
    }

    public var description: String { message }
}
