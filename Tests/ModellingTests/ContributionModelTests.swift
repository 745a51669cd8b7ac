import LifeTables
import PlanLoading
import PlanModel
import Testing
import Workbench

@testable import Modelling

/// The modelled contribution on the fixture workspace (Manchester's synthetic
/// 2005-07 data, plans starting 2009-04-01, target 2011-03-31).
struct ContributionModelTests {
    struct Setup {
        var config: WorkspaceConfig
        var plans: [Plan]
        var model: ContributionModel
        var data: MortalityData

        func plan(_ id: String) throws -> Plan { try #require(plans.first { $0.id == id }) }
    }

    static func setUp() throws -> Setup {
        let workspace = try TestWorkspace()
        defer { workspace.remove() }
        let loaded = try workspace.load()
        let config = try #require(loaded.config)
        let file = try MortalityFile.load(path: workspace.root + "/mortality.csv", display: "mortality.csv").get()
        let timing = try #require(EffectTiming(workspace: config))
        let model = try #require(ContributionModel(mortality: file.data, area: "Manchester", timing: timing))
        return Setup(config: config, plans: loaded.plans, model: model, data: file.data)
    }

    @Test("Timing comes from the workspace: 3 pooled years (2005-07) and two years of effect")
    func timing() throws {
        let setup = try Self.setUp()
        #expect(setup.model.timing.pooledYears == 3)
        let contribution = setup.model.contribution(of: try setup.plan("overclaim"), in: setup.config)
        #expect(abs(contribution.yearsOfEffect - 730 / 365.25) < 1e-12)
    }

    @Test("Deaths averted a year follow the cascade, and years of effect times them are removed")
    func deathsAverted() throws {
        let setup = try Self.setUp()
        let contribution = setup.model.contribution(of: try setup.plan("overclaim"), in: setup.config)
        let statins = try #require(contribution.interventions.first)
        // 10,000 eligible × 15 / 1000 × 0.3, times 0.8 × 0.9 × 0.9 × 0.6 × 0.7.
        let cascade = 0.8 * 0.9 * 0.9 * 0.6 * 0.7
        #expect(abs(statins.cascadeProduct - cascade) < 1e-12)
        #expect(abs(statins.deathsAvertedPerYear - 10_000 * 0.015 * 0.3 * cascade) < 1e-9)
        #expect(abs(statins.totalDeathsRemoved - statins.deathsAvertedPerYear * contribution.yearsOfEffect) < 1e-9)
    }

    @Test("Persons are split between the sexes by their deaths from the cause at those ages")
    func personsSplit() throws {
        let setup = try Self.setUp()
        let contribution = setup.model.contribution(of: try setup.plan("overclaim"), in: setup.config)
        let statins = try #require(contribution.interventions.first)
        let ages = try AgeRange(parsing: "40-74")
        let male = try #require(setup.data.schedule(for: "Manchester", sex: .male)).deaths(from: .circulatory, in: ages)
        let female = try #require(setup.data.schedule(for: "Manchester", sex: .female))
            .deaths(from: .circulatory, in: ages)
        let removedMale = try #require(statins.deathsRemoved[.male])
        #expect(abs(removedMale / statins.totalDeathsRemoved - male / (male + female)) < 1e-12)
        #expect(male > female)  // so the split is not trivially half each
    }

    @Test("Both sexes gain from a persons intervention; the plan's gain is positive for each")
    func gains() throws {
        let setup = try Self.setUp()
        let contribution = setup.model.contribution(of: try setup.plan("overclaim"), in: setup.config)
        #expect(contribution.problems == [])
        for sex in Sex.allCases {
            let gain = try #require(contribution.modelled[sex])
            #expect(gain > 0.01 && gain < 0.1)
            #expect(abs(gain - (contribution.interventions[0].gain[sex] ?? -1)) < 1e-12)  // one intervention
        }
    }

    @Test("A male-only impact gives females exactly nothing")
    func maleOnly() throws {
        let setup = try Self.setUp()
        let contribution = setup.model.contribution(of: try setup.plan("male-only"), in: setup.config)
        #expect(contribution.modelled[.female] == 0)
        #expect((contribution.modelled[.male] ?? 0) > 0)
        #expect(contribution.interventions[0].gain[.female] == nil)
        #expect(
            contribution.summary(mortalityFile: "m.csv")?.years == BySex(male: contribution.modelled[.male], female: 0))
    }

    @Test("A plan without impact blocks is not modelled")
    func noImpact() throws {
        let setup = try Self.setUp()
        let contribution = setup.model.contribution(of: try setup.plan("no-impact"), in: setup.config)
        #expect(!contribution.isModelled)
        #expect(contribution.modelled.isEmpty)
        #expect(contribution.summary(mortalityFile: "m.csv") == nil)
        #expect(contribution.declared == BySex(male: 0.5, female: 0.5))
    }

    @Test("A plan that started earlier has more years of effect and gains more, up to the pooled years")
    func earlierStartGainsMore() throws {
        let setup = try Self.setUp()
        var plan = try setup.plan("fair")
        let twoYears = try #require(setup.model.contribution(of: plan, in: setup.config).modelled[.male])
        plan.period = Period(start: try #require(Day(iso: "2007-04-01")), end: try #require(Day(iso: "2011-03-31")))
        let longer = setup.model.contribution(of: plan, in: setup.config)
        #expect(longer.yearsOfEffect == 3)
        #expect(try #require(longer.modelled[.male]) > twoYears)
    }

    @Test("Removing the deaths of two interventions at once gains about what they gain apart")
    func jointRemovalIsAboutAdditive() throws {
        let setup = try Self.setUp()
        var plan = try setup.plan("overclaim")
        plan.interventions.append(try setup.plan("fair").interventions[0])
        let contribution = setup.model.contribution(of: plan, in: setup.config)
        for sex in Sex.allCases {
            let apart = contribution.interventions.reduce(0) { $0 + ($1.gain[sex] ?? 0) }
            let together = try #require(contribution.modelled[sex])
            #expect(abs(together - apart) / apart < 0.02)
        }
    }

    @Test("An area whose life table is unreliable gives reasons, not numbers")
    func unreliableArea() throws {
        let setup = try Self.setUp()
        var rows = setup.data.rows.filter { $0.population == "England" }
        for sex in Sex.allCases {
            for band in AgeBand.all {
                rows.append(
                    MortalityData.Row(
                        population: "Tiny", sex: sex, ageBand: band, cause: .circulatory, deaths: 1,
                        populationYears: 100
                    ))
            }
        }
        let model = try #require(
            ContributionModel(mortality: MortalityData(rows: rows), area: "Tiny", timing: setup.model.timing))
        let contribution = model.contribution(of: try setup.plan("overclaim"), in: setup.config)
        #expect(contribution.modelled.isEmpty)
        #expect(contribution.problems.contains { $0.contains("unreliable") })
        #expect(ContributionModel(mortality: setup.data, area: "Nowhere", timing: setup.model.timing) == nil)
    }
}
