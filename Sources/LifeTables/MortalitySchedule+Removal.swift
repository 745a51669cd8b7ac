import PlanModel

extension MortalitySchedule {
    /// A copy with `count` deaths from `cause` taken out of the bands in `ages`.
    ///
    /// The deaths are shared among the bands in proportion to the deaths
    /// from that cause already recorded there, because an intervention can
    /// only prevent deaths where they happen; a band with none loses none.
    /// No band goes below zero: asking for more than there are removes all
    /// of them, and `removed` says how many actually went. Person-years are
    /// left unchanged (the people saved are a negligible share of them).
    /// A negative or non-finite `count` removes nothing.
    public func removingDeaths(
        _ count: Double, from cause: CauseGroup, in ages: AgeRange
    ) -> (schedule: MortalitySchedule, removed: Double) {
        let available = deaths(from: cause, in: ages)
        let requested = count.isFinite ? max(0, count) : 0
        guard available > 0, requested > 0 else { return (self, 0) }
        let removed = min(requested, available)
        let keptShare = 1 - removed / available
        var result = self
        for band in ages.bands {
            let recorded = self[band].deaths(from: cause)
            // Scaling by the kept share keeps every band in proportion and at or above zero.
            result[band].deathsByCause[cause] = removed == available ? 0 : recorded * keptShare
        }
        return (result, removed)
    }
}
