import Common
import PlanModel

/// Something wrong in a mortality CSV file, with where it is and how to fix it.
///
/// Messages are written for the analysts who prepare these files, not for
/// programmers: they say what is wrong in the file's own terms and what to
/// change. `line` is 1-based and counts the heading line; `column` is the
/// 1-based character position where the offending value starts.
public struct MortalityCSVProblem: Hashable, Sendable, CustomStringConvertible {
    public enum Kind: Hashable, Sendable {
        case emptyFile
        case wrongHeader(found: String)
        case noDataRows
        case unterminatedQuote
        case wrongFieldCount(found: Int)
        case emptyPopulation
        case unknownSex(String, suggestion: Sex?)
        case unknownAgeBand(String)
        case unknownCause(String, suggestion: CauseGroup?)
        case notANumber(field: String, text: String)
        case negativeNumber(field: String, text: String)
        case deathsExceedPopulation(deaths: String, populationYears: String)
        case populationYearsDisagree(group: String, value: String, otherValue: String, otherLine: Int)
        case duplicateRow(key: String, firstLine: Int)
        case missingAgeBands(group: String, missing: [AgeBand])
    }

    public let kind: Kind
    /// 1-based line in the file.
    public let line: Int
    /// 1-based character position of the value, when one value is at fault.
    public let column: Int?
    /// The heading of the column at fault, when one value is at fault.
    public let field: String?

    public init(_ kind: Kind, line: Int, column: Int? = nil, field: String? = nil) {
        self.kind = kind
        self.line = line
        self.column = column
        self.field = field
    }

    /// What is wrong and how to fix it, in plain English.
    public var message: String {
        let header = MortalityData.csvHeader.joined(separator: ",")
        switch kind {
        case .emptyFile:
            return "The file is empty. Start it with the heading line \(header), "
                + "then add one row per population, sex, age band and cause."
        case .wrongHeader(let found):
            return "The first line must be the headings \(header), but it is \"\(found)\". "
                + "Replace it with exactly those six headings in that order."
        case .noDataRows:
            return "The file has headings but no data. Add one row per population, sex, age band and cause."
        case .unterminatedQuote:
            return "A double quote (\") opened on this line is never closed, so the rest of the file "
                + "cannot be read. Add the closing quote or remove the opening one."
        case .wrongFieldCount(let found):
            return "This row has \(found) value\(found == 1 ? "" : "s") but needs 6 "
                + "(\(MortalityData.csvHeader.joined(separator: ", "))). Check for a missing or extra "
                + "comma, and put double quotes around any value that contains a comma."
        case .emptyPopulation:
            return "The population name is empty. Write the area's name, for example Manchester or England."
        case .unknownSex(let text, let suggestion):
            if ["persons", "all", "both"].contains(text.lowercased()) {
                return "\"\(text)\" is not allowed here: mortality data needs separate rows for male and female."
            }
            return "\"\(text)\" is not a sex. Write male or female"
                + Suggestion.hint(suggestion?.rawValue, quoted: false) + "."
        case .unknownAgeBand(let text):
            return "\"\(text)\" is not one of the life-table age bands. Use one of \(AgeBand.labelList)."
        case .unknownCause(let text, let suggestion):
            let names = CauseGroup.allCases.map(\.rawValue)
            let list = names.dropLast().joined(separator: ", ") + " or " + (names.last ?? "")
            return "\"\(text)\" is not a cause group."
                + (suggestion.map { " " + Suggestion.phrase($0.rawValue, quoted: false, sentence: true) } ?? "")
                + " Use one of \(list)."
        case .notANumber(let field, let text):
            return "\(field) must be a number, but this row has \"\(text)\". Write it with digits only, "
                + "for example 42 or 1234.5, without commas, spaces or words."
        case .negativeNumber(let field, let text):
            return "\(field) cannot be negative, but this row has \(text). Correct it; use 0 where there were none."
        case .deathsExceedPopulation(let deaths, let populationYears):
            return "This row has \(deaths) deaths but only \(populationYears) population_years, and deaths "
                + "cannot exceed the population they come from. Check that both cover the same years and area."
        case .populationYearsDisagree(let group, let value, let otherValue, let otherLine):
            return "population_years for \(group) is \(value) here but \(otherValue) on line \(otherLine). "
                + "Every cause row of a population, sex and age band must repeat the same "
                + "population_years; correct whichever is wrong."
        case .duplicateRow(let key, let firstLine):
            return "\(key) already appears on line \(firstLine). Each population, sex, age band and cause "
                + "may appear only once: delete this row, or add its deaths to line \(firstLine)."
        case .missingAgeBands(let group, let missing):
            let bands = missing.map(\.label).joined(separator: ", ")
            return "\(group) has no rows for age band\(missing.count == 1 ? "" : "s") \(bands). "
                + "Each population and sex needs all 20 age bands (\(AgeBand.labelList)); add the missing rows."
        }
    }

    /// `line N, column C (field): message`, for logs and tests.
    public var description: String {
        var location = "line \(line)"
        if let column { location += ", column \(column)" }
        if let field { location += " (\(field))" }
        return "\(location): \(message)"
    }
}

/// All the problems found in a mortality CSV file, in line order. Parsing
/// reports every problem at once, so a file can be fixed in one pass.
public struct MortalityCSVError: Error, Hashable, Sendable, CustomStringConvertible {
    public let problems: [MortalityCSVProblem]

    public var description: String { problems.map(\.description).joined(separator: "\n") }
}
