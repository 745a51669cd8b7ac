import Testing

@testable import LifeTables

/// One test per kind of problem, each checking the line (1-based, heading
/// is line 1) and the message a person would read.
struct MortalityCSVTests {
    static let header = "population,sex,age_band,cause,deaths,population_years"

    /// A valid file body: one row per band for `population` and `sex`, all
    /// `other` deaths. Row for band i is on line i + 2 of the file.
    static func rows(_ population: String = "Testville", sex: String = "male") -> [String] {
        AgeBand.all.map { band in "\(population),\(sex),\(band.label),other,\(band.index + 1),1000" }
    }

    static func csv(_ rows: [String]) -> String { ([header] + rows).joined(separator: "\n") + "\n" }

    static func problems(_ text: String) -> [MortalityCSVProblem] {
        do {
            _ = try MortalityData(csv: text)
            return []
        } catch {
            return error.problems
        }
    }

    @Test("A valid file with a byte-order mark, CRLF endings and quoted fields parses")
    func validFileParses() throws {
        var rows = Self.rows("\"Newcastle, upon Tyne\"")
        rows[0] = "\"Newcastle, upon Tyne\",male,0,\"deaths-under-28-days\",\"3\",1000"
        let text = "\u{FEFF}" + ([Self.header] + rows).joined(separator: "\r\n") + "\r\n\r\n"
        let data = try MortalityData(csv: text)
        #expect(data.populations == ["Newcastle, upon Tyne"])
        #expect(data.rows.count == 20)
        #expect(data.rows[0].line == 2 && data.rows[19].line == 21)
        let schedule = try #require(data.schedule(for: "Newcastle, upon Tyne", sex: .male))
        #expect(schedule[.infants].deaths(from: .deathsUnder28Days) == 3)
        #expect(schedule[.openEnded].deaths == 20)
        #expect(data.schedule(for: "Newcastle, upon Tyne", sex: .female) == nil)
    }

    @Test("Quoted fields may contain doubled quotes and line breaks; lines are still counted")
    func quotedLineBreaksKeepLineNumbers() throws {
        var rows = Self.rows()
        rows[0] = "\"Test\nville\",male,0,other,1,1000"
        let problems = Self.problems(Self.csv(rows))
        // "Test\nville" (lines 2-3) has only band 0 …
        #expect(problems.map(\.line) == [2, 4])
        #expect(problems[0].message.hasPrefix("Test\nville, male has no rows for age bands 1-4, 5-9,"))
        // … and "Testville", whose first row is on line 4, has no band 0.
        #expect(problems[1].message.hasPrefix("Testville, male has no rows for age band 0."))
    }

    @Test("Empty file")
    func emptyFile() {
        #expect(Self.problems("").map(\.kind) == [.emptyFile])
        #expect(Self.problems("\n\n").first?.message.hasPrefix("The file is empty.") == true)
    }

    @Test("Wrong heading line stops the check")
    func wrongHeader() {
        let problems = Self.problems("population,sex,age,cause,deaths,population_years\nx,y\n")
        #expect(problems.count == 1)
        #expect(problems.first?.line == 1)
        #expect(
            problems.first?.message
                == "The first line must be the headings population,sex,age_band,cause,deaths,population_years, "
                + "but it is \"population,sex,age,cause,deaths,population_years\". "
                + "Replace it with exactly those six headings in that order.")
    }

    @Test("Headings but no data")
    func noDataRows() {
        let problems = Self.problems(Self.header + "\n")
        #expect(problems.map(\.kind) == [.noDataRows])
        #expect(problems.first?.line == 2)
    }

    @Test("Wrong number of values on a row")
    func wrongFieldCount() {
        var rows = Self.rows()
        rows[3] = "Testville,male,10-14,other,4"
        let problems = Self.problems(Self.csv(rows))
        // Line 5 is skipped, so 10-14 is also missing for Testville male.
        #expect(problems.map(\.line) == [2, 5])
        #expect(problems[1].kind == .wrongFieldCount(found: 5))
        #expect(
            problems[1].message
                == "This row has 5 values but needs 6 (population, sex, age_band, cause, deaths, population_years). "
                + "Check for a missing or extra comma, and put double quotes around any value that contains a comma.")
    }

    @Test("A quote that is never closed")
    func unterminatedQuote() {
        var rows = Self.rows()
        rows[19] = "\"Testville,male,90+,other,20,1000"
        let problems = Self.problems(Self.csv(rows))
        let quote = problems.first { $0.kind == .unterminatedQuote }
        #expect(quote?.line == 21)
        #expect(quote?.message.hasPrefix("A double quote (\") opened on this line is never closed") == true)
    }

    @Test("Empty population name")
    func emptyPopulation() {
        var rows = Self.rows()
        rows[0] = ",male,0,other,1,1000"
        let problem = Self.problems(Self.csv(rows)).first { $0.kind == .emptyPopulation }
        #expect(problem?.line == 2 && problem?.column == 1 && problem?.field == "population")
        #expect(
            problem?.message
                == "The population name is empty. Write the area's name, for example Manchester or England.")
    }

    @Test("Unknown sex, with a hint")
    func unknownSex() {
        var rows = Self.rows()
        rows[1] = "Testville,M,1-4,other,2,1000"
        rows[2] = "Testville,persons,5-9,other,3,1000"
        let problems = Self.problems(Self.csv(rows)).filter { $0.field == "sex" }
        #expect(problems.map(\.line) == [3, 4])
        #expect(problems[0].column == 11)
        #expect(problems[0].message == "\"M\" is not a sex. Write male or female (did you mean male?).")
        #expect(
            problems[1].message
                == "\"persons\" is not allowed here: mortality data needs separate rows for male and female.")
    }

    @Test("Unknown age band")
    func unknownAgeBand() {
        var rows = Self.rows()
        rows[19] = "Testville,male,85+,other,20,1000"
        let problem = Self.problems(Self.csv(rows)).first { $0.field == "age_band" }
        #expect(problem?.line == 21 && problem?.column == 16)
        #expect(
            problem?.message
                == "\"85+\" is not one of the life-table age bands. Use one of 0, 1-4, 5-9, 10-14, 15-19, 20-24, "
                + "25-29, 30-34, 35-39, 40-44, 45-49, 50-54, 55-59, 60-64, 65-69, 70-74, 75-79, 80-84, 85-89, 90+.")
    }

    @Test("Unknown cause group, with did-you-mean")
    func unknownCause() {
        var rows = Self.rows()
        rows[10] = "Testville,male,45-49,cardiovascular,11,1000"
        rows[11] = "Testville,male,50-54,cancr,12,1000"
        rows[12] = "Testville,male,55-59,zzz,13,1000"
        let problems = Self.problems(Self.csv(rows)).filter { $0.field == "cause" }
        #expect(problems.map(\.line) == [12, 13, 14])
        #expect(problems[0].kind == .unknownCause("cardiovascular", suggestion: .circulatory))
        #expect(
            problems[0].message
                == "\"cardiovascular\" is not a cause group. Did you mean circulatory? Use one of circulatory, "
                + "cancer, respiratory, digestive, external, mental-behavioural, deaths-under-28-days or other.")
        #expect(problems[1].kind == .unknownCause("cancr", suggestion: .cancer))
        #expect(problems[2].kind == .unknownCause("zzz", suggestion: nil))
    }

    @Test("A number that is not a number")
    func notANumber() {
        var rows = Self.rows()
        rows[4] = "Testville,male,15-19,other,five,1000"
        rows[5] = "Testville,male,20-24,other,6,\"1,000\""
        let problems = Self.problems(Self.csv(rows)).filter { $0.field != nil }
        #expect(problems.map(\.line) == [6, 7])
        #expect(problems[0].field == "deaths" && problems[0].column == 28)
        #expect(
            problems[0].message
                == "deaths must be a number, but this row has \"five\". Write it with digits only, "
                + "for example 42 or 1234.5, without commas, spaces or words.")
        #expect(problems[1].kind == .notANumber(field: "population_years", text: "1,000"))
    }

    @Test("A negative number")
    func negativeNumber() {
        var rows = Self.rows()
        rows[6] = "Testville,male,25-29,other,-3,1000"
        let problems = Self.problems(Self.csv(rows)).filter { $0.field != nil }
        #expect(problems.map(\.line) == [8])
        #expect(problems[0].field == "deaths")
        #expect(
            problems[0].message
                == "deaths cannot be negative, but this row has -3. Correct it; use 0 where there were none.")
    }

    @Test("More deaths than population")
    func deathsExceedPopulation() {
        var rows = Self.rows()
        rows[7] = "Testville,male,30-34,other,1200,1000"
        let problems = Self.problems(Self.csv(rows))
        #expect(problems.map(\.line) == [9])
        #expect(
            problems[0].message
                == "This row has 1200 deaths but only 1000 population_years, and deaths cannot exceed the "
                + "population they come from. Check that both cover the same years and area.")
    }

    @Test("population_years that disagree across causes name both lines")
    func populationYearsDisagree() {
        var rows = Self.rows()
        rows.insert("Testville,male,1-4,cancer,1,1001", at: 2)  // line 4, after 1-4 other on line 3
        let problems = Self.problems(Self.csv(rows))
        #expect(problems.map(\.line) == [4])
        #expect(problems[0].field == "population_years")
        #expect(
            problems[0].message
                == "population_years for Testville, male, 1-4 is 1001 here but 1000 on line 3. Every cause row "
                + "of a population, sex and age band must repeat the same population_years; correct whichever is wrong."
        )
    }

    @Test("Duplicate rows name the first line")
    func duplicateRow() {
        var rows = Self.rows()
        rows.append("Testville,male,0,other,1,1000")  // line 22 repeats line 2
        let problems = Self.problems(Self.csv(rows))
        #expect(problems.map(\.line) == [22])
        #expect(
            problems[0].message
                == "Testville, male, 0, other already appears on line 2. Each population, sex, age band and cause "
                + "may appear only once: delete this row, or add its deaths to line 2.")
    }

    @Test("Missing age bands are reported per population and sex at its first line")
    func missingAgeBands() {
        let rows = Self.rows() + Array(Self.rows(sex: "female").prefix(18))  // female lacks 85-89 and 90+
        let problems = Self.problems(Self.csv(rows))
        #expect(problems.map(\.line) == [22])
        #expect(problems[0].kind == .missingAgeBands(group: "Testville, female", missing: Array(AgeBand.all.suffix(2))))
        #expect(
            problems[0].message
                == "Testville, female has no rows for age bands 85-89, 90+. Each population and sex needs all 20 "
                + "age bands (\(AgeBand.labelList)); add the missing rows.")
    }

    @Test("Every problem is reported in one pass, in line order")
    func reportsAllProblems() {
        var rows = Self.rows()
        rows[1] = "Testville,mail,1-4,other,2,1000"
        rows[2] = "Testville,male,5-9,other,x,1000"
        rows[3] = "Testville,male,10-14,other,4"
        rows.append("Testville,male,0,other,1,1000")
        let problems = Self.problems(Self.csv(rows))
        #expect(problems.map(\.line) == [2, 3, 4, 5, 22])
        #expect(problems[1].kind == .unknownSex("mail", suggestion: .male))
        #expect(problems.map(\.description).allSatisfy { $0.hasPrefix("line ") })
    }
}
