import PlanModel

extension MortalityData {
    /// Reads a mortality CSV file:
    ///
    ///     population,sex,age_band,cause,deaths,population_years
    ///     Manchester,male,0,deaths-under-28-days,21,3950
    ///
    /// `sex` is `male` or `female`; `age_band` one of `AgeBand.all`; `cause` a
    /// `CauseGroup` raw value; `deaths` and `population_years` non-negative
    /// decimals. `population_years` repeats on every cause row of a
    /// population, sex and band and must agree; a cause without a row had no
    /// deaths. Every population and sex must have all 20 bands.
    ///
    /// Throws every problem found, each with its line, rather than stopping
    /// at the first, so that a file can be corrected in one go. Only a wrong
    /// heading line stops the check, because then no column can be trusted.
    public init(csv text: String) throws(MortalityCSVError) {
        let reader = CSVRecordReader(text)
        guard let header = reader.records.first else {
            let kind: MortalityCSVProblem.Kind = reader.unterminatedQuoteLine == nil ? .emptyFile : .unterminatedQuote
            throw MortalityCSVError(problems: [MortalityCSVProblem(kind, line: 1)])
        }
        guard header.fields.map(\.text) == Self.csvHeader else {
            let found = header.fields.map(\.text).joined(separator: ",")
            throw MortalityCSVError(problems: [MortalityCSVProblem(.wrongHeader(found: found), line: header.line)])
        }
        var checker = MortalityCSVChecker()
        var dataRecords = reader.records.dropFirst()
        if let quoteLine = reader.unterminatedQuoteLine {
            checker.problems.append(MortalityCSVProblem(.unterminatedQuote, line: quoteLine))
            // The record holding the open quote swallowed the rest of the file.
            dataRecords = dataRecords.dropLast()
        } else if dataRecords.isEmpty {
            checker.problems.append(MortalityCSVProblem(.noDataRows, line: header.line + 1))
        }
        for record in dataRecords { checker.check(record) }
        checker.checkCompleteness()
        guard checker.problems.isEmpty else {
            let ordered = checker.problems.enumerated().sorted { lhs, rhs in
                (lhs.element.line, lhs.element.column ?? 0, lhs.offset)
                    < (rhs.element.line, rhs.element.column ?? 0, rhs.offset)
            }
            throw MortalityCSVError(problems: ordered.map(\.element))
        }
        self.init(rows: checker.rows)
    }
}

/// The row-by-row and whole-file checks behind `MortalityData.init(csv:)`.
private struct MortalityCSVChecker {
    private struct BandKey: Hashable {
        let population: String
        let sex: Sex
        let band: AgeBand
    }
    private struct RowKey: Hashable {
        let band: BandKey
        let cause: CauseGroup
    }
    private struct GroupKey: Hashable {
        let population: String
        let sex: Sex
    }

    var problems: [MortalityCSVProblem] = []
    var rows: [MortalityData.Row] = []
    private var firstRowLine: [RowKey: Int] = [:]
    private var firstPopulationYears: [BandKey: (value: Double, text: String, line: Int)] = [:]
    private var groups: [GroupKey: (firstLine: Int, bands: Set<AgeBand>)] = [:]
    private var groupOrder: [GroupKey] = []

    mutating func check(_ record: CSVRecord) {
        let line = record.line
        guard record.fields.count == MortalityData.csvHeader.count else {
            problems.append(MortalityCSVProblem(.wrongFieldCount(found: record.fields.count), line: line))
            return
        }
        let fields = record.fields
        func report(_ kind: MortalityCSVProblem.Kind, at index: Int) {
            problems.append(
                MortalityCSVProblem(
                    kind, line: line, column: fields[index].column, field: MortalityData.csvHeader[index]))
        }
        let population = fields[0].text
        if population.isEmpty { report(.emptyPopulation, at: 0) }
        let sex = Sex(rawValue: fields[1].text)
        if sex == nil { report(.unknownSex(fields[1].text, suggestion: Sex.suggestion(for: fields[1].text)), at: 1) }
        let band = AgeBand(label: fields[2].text)
        if band == nil { report(.unknownAgeBand(fields[2].text), at: 2) }
        let cause = CauseGroup(rawValue: fields[3].text)
        if cause == nil {
            report(.unknownCause(fields[3].text, suggestion: CauseGroup.suggestion(for: fields[3].text)), at: 3)
        }
        let deaths = number(in: fields, at: 4, report: report)
        let populationYears = number(in: fields, at: 5, report: report)
        guard !population.isEmpty, let sex, let band, let cause, let deaths, let populationYears else { return }

        if deaths > populationYears {
            report(.deathsExceedPopulation(deaths: fields[4].text, populationYears: fields[5].text), at: 4)
        }
        let bandKey = BandKey(population: population, sex: sex, band: band)
        let rowKey = RowKey(band: bandKey, cause: cause)
        if let firstLine = firstRowLine[rowKey] {
            let key = "\(population), \(sex.rawValue), \(band.label), \(cause.rawValue)"
            problems.append(MortalityCSVProblem(.duplicateRow(key: key, firstLine: firstLine), line: line))
            return
        }
        firstRowLine[rowKey] = line
        if let first = firstPopulationYears[bandKey] {
            if first.value != populationYears {
                let group = "\(population), \(sex.rawValue), \(band.label)"
                report(
                    .populationYearsDisagree(
                        group: group, value: fields[5].text, otherValue: first.text, otherLine: first.line), at: 5)
            }
        } else {
            firstPopulationYears[bandKey] = (populationYears, fields[5].text, line)
        }
        let groupKey = GroupKey(population: population, sex: sex)
        if groups[groupKey] == nil {
            groups[groupKey] = (line, [])
            groupOrder.append(groupKey)
        }
        groups[groupKey]?.bands.insert(band)
        rows.append(
            MortalityData.Row(
                population: population, sex: sex, ageBand: band, cause: cause, deaths: deaths,
                populationYears: populationYears, line: line))
    }

    /// Every population and sex that appears must cover all 20 bands.
    mutating func checkCompleteness() {
        for key in groupOrder {
            guard let group = groups[key] else { continue }
            let missing = AgeBand.all.filter { !group.bands.contains($0) }
            if !missing.isEmpty {
                let name = "\(key.population), \(key.sex.rawValue)"
                problems.append(
                    MortalityCSVProblem(.missingAgeBands(group: name, missing: missing), line: group.firstLine))
            }
        }
    }

    /// A non-negative plain decimal (`42`, `1234.5`, `.5`), or `nil` after
    /// reporting why not. Exponents, `inf` and `nan`, which `Double(_:)`
    /// would accept, are refused because no export writes counts that way.
    private func number(
        in fields: [CSVField], at index: Int, report: (MortalityCSVProblem.Kind, Int) -> Void
    ) -> Double? {
        let text = fields[index].text
        let field = MortalityData.csvHeader[index]
        let unsigned = text.hasPrefix("-") ? String(text.dropFirst()) : text
        guard Self.isPlainDecimal(unsigned), let value = Double(unsigned) else {
            report(.notANumber(field: field, text: text), index)
            return nil
        }
        if text.hasPrefix("-"), value != 0 {
            report(.negativeNumber(field: field, text: text), index)
            return nil
        }
        return value
    }

    private static func isPlainDecimal(_ text: String) -> Bool {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), parts.contains(where: { !$0.isEmpty }) else { return false }
        return parts.allSatisfy { $0.allSatisfy { $0.isASCII && $0.isNumber } }
    }
}
