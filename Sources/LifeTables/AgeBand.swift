/// One of the 20 age bands of the abridged life table used by the national
/// statistics office: `0`, `1-4`, `5-9`, …, `85-89` and the open-ended `90+`.
///
/// The band set is fixed rather than configurable because the Chiang II
/// method, its confidence intervals and the national comparators are all
/// defined on exactly these bands; a value of this type is always one of them.
public struct AgeBand: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The first age of each band, in order.
    public static let lowerAges: [Int] = [0, 1] + Array(stride(from: 5, through: 90, by: 5))

    /// All 20 bands, youngest first.
    public static let all: [AgeBand] = lowerAges.indices.map { AgeBand(index: $0) }

    /// Under one year: the band whose `a` is 0.1 rather than 0.5, because
    /// infant deaths cluster in the first weeks of life.
    public static let infants = AgeBand(index: 0)

    /// `90+`, the band with no upper age.
    public static let openEnded = AgeBand(index: lowerAges.count - 1)

    /// Position in `all`, 0 for the band `0` and 19 for `90+`.
    public let index: Int

    init(index: Int) {
        precondition(AgeBand.lowerAges.indices.contains(index), "no age band \(index)")
        self.index = index
    }

    /// The band that starts at `lowerAge`, or `nil` when no band starts there.
    public init?(lowerAge: Int) {
        guard let index = AgeBand.lowerAges.firstIndex(of: lowerAge) else { return nil }
        self.init(index: index)
    }

    /// Reads a band label such as `0`, `1-4`, `85-89` or `90+`.
    ///
    /// Spaces and en or em dashes are tolerated (`10 – 14`, `90 +`) because
    /// spreadsheets exported by other tools write them that way; anything
    /// else that is not exactly one band gives `nil`.
    public init?(label: String) {
        let normalised = AgeBand.normalise(label)
        guard let index = AgeBand.all.firstIndex(where: { $0.label == normalised }) else { return nil }
        self.init(index: index)
    }

    /// The first age in the band.
    public var lowerAge: Int { AgeBand.lowerAges[index] }

    /// The last age in the band (inclusive), or `nil` for `90+`.
    public var upperAge: Int? { isOpenEnded ? nil : AgeBand.lowerAges[index + 1] - 1 }

    /// The band's width in years (`n` in life-table notation), or `nil` for
    /// the open-ended band, whose width the method replaces by `1/M`.
    public var width: Int? { upperAge.map { $0 - lowerAge + 1 } }

    /// Whether this is `90+`.
    public var isOpenEnded: Bool { index == AgeBand.lowerAges.count - 1 }

    /// The label used in files and reports: `0`, `1-4`, …, `90+`.
    public var label: String {
        if isOpenEnded { return "\(lowerAge)+" }
        if let upperAge, upperAge != lowerAge { return "\(lowerAge)-\(upperAge)" }
        return "\(lowerAge)"
    }

    public var description: String { label }

    public static func < (lhs: AgeBand, rhs: AgeBand) -> Bool { lhs.index < rhs.index }

    /// The list of labels for messages: "0, 1-4, 5-9, …, 85-89, 90+".
    public static var labelList: String { all.map(\.label).joined(separator: ", ") }

    static func normalise(_ text: String) -> String {
        String(
            text.unicodeScalars.compactMap { scalar -> Character? in
                switch scalar {
                case " ", "\t": nil
                case "\u{2013}", "\u{2014}", "\u{2212}": "-"
                default: Character(scalar)
                }
            })
    }
}
