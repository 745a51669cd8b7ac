import Testing

@testable import PlanLint

/// Issue 18, item 7: the numbers a statement states, and whether they agree with the measure.
struct StatementNumbersTests {
    @Test func quantitiesLeaveOutYearsAgesRangesAndDaysOfTheMonth() {
        let statement =
            "Cut admissions of the 250 most frequent attenders aged 16+ (35-74) from 1,100 to 770.5 a year, "
            + "52 % by 31 March 2011 in 2010/11 and 20%-risk"
        let found = StatementNumbersRule.quantities(in: statement).map(\.text)
        #expect(found == ["250", "1,100", "770.5", "52 %"])
        #expect(StatementNumbersRule.quantities(in: "Deliver 1,200 people.").map(\.value) == [1200])
        #expect(StatementNumbersRule.quantities(in: "Train staff in wave2 by 2011").isEmpty)
    }

    @Test func aStatementAgreesWhenAnyNumberIsAValueOrAChange() {
        let values = [2100.0, 3400]
        func agrees(_ text: String) -> Bool {
            StatementNumbersRule.quantities(in: text).contains {
                StatementNumbersRule.matches($0, values: values, baseline: 2100)
            }
        }
        #expect(agrees("Deliver 3,400 quitters"))
        #expect(agrees("Deliver 1,300 more quitters"))
        #expect(agrees("Raise quitters by 62%"))  // (3400 - 2100) / 2100
        #expect(!agrees("Deliver 1,200 quitters"))
        #expect(!agrees("Deliver 3,600 quitters"))
    }

    @Test func aShareMatchesItsPercentage() {
        let quantity = StatementNumbersRule.quantities(in: "Reach 70% uptake")
        #expect(quantity.count == 1)
        #expect(StatementNumbersRule.matches(quantity[0], values: [0.6, 0.7], baseline: 0.6))
        #expect(StatementNumbersRule.matches(quantity[0], values: [60, 70], baseline: 60))
        #expect(!StatementNumbersRule.matches(quantity[0], values: [60, 75], baseline: 60))
    }
}
