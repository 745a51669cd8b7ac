import PlanModel

extension Day {
    /// The same day `months` months later (or earlier, when negative), kept
    /// inside the month: 2010-05-31 minus 3 months is 2010-02-28. Reporting
    /// periods are counted in months, and quarters end on the 30th or 31st.
    public func addingMonths(_ months: Int) -> Day {
        let index = year * 12 + (month - 1) + months
        let newYear = index >= 0 ? index / 12 : (index - 11) / 12
        let newMonth = index - newYear * 12 + 1
        let newDay = min(day, Day.daysIn(month: newMonth, year: newYear))
        return Day(year: newYear, month: newMonth, day: newDay) ?? self
    }
}
