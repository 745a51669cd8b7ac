/// A plan's life-expectancy contribution as modelled from its interventions'
/// `impact` blocks and the area's mortality data.
///
/// The Modelling module works it out; it lives here, as a plain value, so
/// that lint rules can compare it with the declared contribution without
/// depending on the life-table maths or reading any file.
public struct ModelledContribution: Sendable, Hashable {
    /// Modelled years of gap closed by the target date, by sex. A sex is
    /// absent when its life table could not be recomputed reliably.
    public var years: BySex
    /// How many of the plan's interventions have an `impact` block.
    public var interventionCount: Int
    /// The mortality file the model used, as displayed to the user.
    public var mortalityFile: String

    public init(years: BySex, interventionCount: Int, mortalityFile: String) {
        self.years = years
        self.interventionCount = interventionCount
        self.mortalityFile = mortalityFile
    }
}
