import Common
import PlanModel
import Progress
import Testing

/// Financial-year quarters, month arithmetic and number text.
struct CalendarTests {
    @Test(arguments: [
        ("2010-10-15", "2010/11 Q3"), ("2011-01-01", "2010/11 Q4"), ("2010-04-01", "2010/11 Q1"),
        ("2010-03-31", "2009/10 Q4"), ("2010-06-30", "2010/11 Q1"), ("2010-07-01", "2010/11 Q2"),
        ("1999-06-01", "1999/00 Q1"), ("2009-12-31", "2009/10 Q3"),
    ])
    func financialQuarters(day: String, label: String) {
        #expect(FinancialQuarter(containing: Build.day(day)).description == label)
    }

    @Test func quartersKnowTheirDays() {
        let quarter = FinancialQuarter(containing: Build.day("2010-11-05"))
        #expect(quarter.start == Build.day("2010-10-01"))
        #expect(quarter.end == Build.day("2010-12-31"))
        let q4 = FinancialQuarter(startYear: 2011, quarter: 4)
        #expect(q4.start == Build.day("2012-01-01") && q4.end == Build.day("2012-03-31"))
        #expect(q4.financialYear == "2011/12")
    }

    @Test(arguments: [
        ("2010-05-31", -3, "2010-02-28"), ("2012-05-31", -3, "2012-02-29"), ("2010-01-31", 1, "2010-02-28"),
        ("2009-12-31", 3, "2010-03-31"), ("2010-01-15", -1, "2009-12-15"), ("2010-03-31", -12, "2009-03-31"),
        ("2010-03-31", -27, "2007-12-31"),
    ])
    func addingMonthsStaysInTheMonth(day: String, months: Int, expected: String) {
        #expect(Build.day(day).addingMonths(months) == Build.day(expected))
    }

    /// Quarter ends stay quarter ends when asked (the milestone-gap rule's counting).
    @Test func addingMonthsCanKeepTheMonthEnd() {
        #expect(Build.day("2009-09-30").addingMonths(3, keepingMonthEnd: true) == Build.day("2009-12-31"))
        #expect(Build.day("2009-09-30").addingMonths(3) == Build.day("2009-12-30"))
        #expect(Build.day("2010-02-28").addingMonths(-3, keepingMonthEnd: true) == Build.day("2009-11-30"))
        #expect(Build.day("2009-04-01").addingMonths(3, keepingMonthEnd: true) == Build.day("2009-07-01"))
    }

    @Test func numbersReadAsWritten() {
        #expect(NumberText.format(2289.932) == "2289.93")
        #expect(NumberText.format(27.4) == "27.4")
        #expect(NumberText.format(1710) == "1710")
        #expect(NumberText.format(2289.6, decimals: 0) == "2290")  // no decimals: rounded, no crash
        #expect(NumberText.format(-0.4, decimals: 0) == "0")
        #expect(NumberText.format(-1.5) == "-1.5")
        #expect(NumberText.format(-0.001) == "0")
        #expect(NumberText.format(0.005) == "0.01")
    }
}
