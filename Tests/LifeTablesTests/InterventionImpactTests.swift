import PlanModel
import TestSupport
import Testing

@testable import LifeTables

struct InterventionImpactTests {
    @Test("Deaths averted = eligible × deaths per 1000 / 1000 × RRR × Christmas Tree fractions")
    func deathsAvertedFollowsTheCascade() {
        // The PLAN-FORMAT.md example: 9000 eligible, 12 per 1000, RRR 0.13,
        // fractions 0.72, 0.9, 0.4 and 0.6.
        let effect = InterventionEffect(
            eligiblePeople: 9000, deathsPer1000: 12, relativeRiskReduction: 0.13,
            cascadeFractions: [0.72, 0.9, 0.4, 0.6])
        #expect(abs(effect.deathsAvertedPerYear - 9000 * 0.012 * 0.13 * 0.15552) < 1e-12)
        #expect(abs(effect.deathsAvertedPerYear - 2.1835008) < 1e-9)
        #expect(
            InterventionEffect(eligiblePeople: 1000, deathsPer1000: 10, relativeRiskReduction: 0.5).deathsAvertedPerYear
                == 5)
    }

    @Test("Removed deaths are shared among bands in proportion to the cause's deaths there")
    func removalIsProportional() throws {
        var schedule = uniformSchedule(rate: 0.01)  // 50 circulatory deaths in every band
        schedule[AgeBand(label: "40-44")!].deathsByCause[.circulatory] = 150
        let ages = try AgeRange(parsing: "35-44")
        let (reduced, removed) = schedule.removingDeaths(40, from: .circulatory, in: ages)
        #expect(removed == 40)
        #expect(abs(reduced[AgeBand(label: "35-39")!].deaths(from: .circulatory) - 40) < 1e-12)  // 50 − 10
        #expect(abs(reduced[AgeBand(label: "40-44")!].deaths(from: .circulatory) - 120) < 1e-12)  // 150 − 30
        #expect(reduced[AgeBand(label: "45-49")!] == schedule[AgeBand(label: "45-49")!])
        #expect(reduced[AgeBand(label: "40-44")!].deaths(from: .cancer) == 50)
    }

    @Test("Removal never goes below zero and reports what was actually removed")
    func removalIsCapped() throws {
        let schedule = uniformSchedule(rate: 0.01)
        let ages = try AgeRange(parsing: "35-44")
        let (reduced, removed) = schedule.removingDeaths(1_000, from: .circulatory, in: ages)
        #expect(removed == 100)
        #expect(ages.bands.allSatisfy { reduced[$0].deaths(from: .circulatory) == 0 })
        #expect(schedule.removingDeaths(-5, from: .circulatory, in: ages).removed == 0)
        #expect(schedule.removingDeaths(5, from: .external, in: ages).removed == 0)
    }

    @Test("Persons are split between the sexes by their deaths from the cause in those ages")
    func personsSplitBySexDeaths() throws {
        let male = uniformSchedule(rate: 0.03)  // 150 circulatory deaths a band
        let female = uniformSchedule(rate: 0.01)  // 50 a band
        let removal = DeathRemoval(
            deathsPerYear: 10, cause: .circulatory, ages: try AgeRange(parsing: "35-74"), sex: .persons,
            yearsOfEffect: 3)
        #expect(removal.deathsToRemove == 30)
        let shares = try removal.requestedDeaths(in: [.male: male, .female: female]).get()
        #expect(abs((shares[.male] ?? 0) - 22.5) < 1e-12)
        #expect(abs((shares[.female] ?? 0) - 7.5) < 1e-12)
        let gains = try removal.lifeExpectancyGains(in: [.male: male, .female: female]).get()
        #expect(gains.map(\.sex) == [.male, .female])
        #expect(gains.allSatisfy { $0.years > 0 && abs($0.deathsRemoved - $0.deathsRequested) < 1e-9 })
        #expect(removal.lifeExpectancyGains(in: [.male: male]).failureValue == .missingSchedule(.female))
    }

    @Test("More years of effect remove more deaths and gain more")
    func yearsOfEffectScaleTheRemoval() throws {
        let schedules: [Sex: MortalitySchedule] = [.female: uniformSchedule(rate: 0.01)]
        func gain(_ years: Double) throws -> Double {
            try DeathRemoval(
                deathsPerYear: 5, cause: .cancer, ages: try AgeRange(parsing: "50-74"), sex: .female,
                yearsOfEffect: years
            ).lifeExpectancyGains(in: schedules).get()[0].years
        }
        #expect(try gain(1) > 0)
        #expect(try gain(3) > gain(1))
    }

    @Test("Removing deaths never lowers life expectancy (300 random schedules and removals)")
    func removingDeathsNeverLowersLifeExpectancy() throws {
        var generator = SplitMix64(seed: 42)
        for trial in 0..<300 {
            let schedule = randomSchedule(using: &generator)
            let cause = CauseGroup.allCases.randomElement(using: &generator)!
            let first = Int.random(in: 0..<20, using: &generator)
            let last = Int.random(in: first..<20, using: &generator)
            let ages = AgeRange(from: AgeBand.all[first], through: AgeBand.all[last])
            let count = Double.random(in: 0...50, using: &generator)
            let before = try schedule.lifeTable().get().lifeExpectancyAtBirth
            let (reduced, removed) = schedule.removingDeaths(count, from: cause, in: ages)
            #expect(removed >= 0 && removed <= count)
            #expect(reduced.bands.allSatisfy { band in band.deathsByCause.values.allSatisfy { $0 >= 0 } })
            guard case .success(let after) = reduced.lifeTable() else { continue }  // e.g. no deaths left at 90+
            #expect(after.lifeExpectancyAtBirth >= before - 1e-12, "trial \(trial)")
        }
    }

    @Test("Removing every death at 90+ leaves an unreliable table, reported as such")
    func removalThatBreaksTheTableIsReported() throws {
        let removal = DeathRemoval(
            deathsPerYear: 1_000_000, cause: .circulatory, ages: try AgeRange(parsing: "90+"), sex: .male)
        var schedule = uniformSchedule(rate: 0.01)
        schedule[.openEnded].deathsByCause = [.circulatory: 100]
        let error = removal.lifeExpectancyGains(in: [.male: schedule]).failureValue
        #expect(error == .unreliableAfterRemoval(.male, UnreliableLifeTable(reasons: [.noDeathsInOpenEndedBand])))
    }
}
