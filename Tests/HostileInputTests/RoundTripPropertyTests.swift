import Foundation
import PlanLoading
import PlanModel
import PropertyBased
import TestSupport
import Testing
import Tracking

/// Random valid plans survive load → model → YAML → load: the model read
/// back is the model written, whichever YAML styles wrote it.
struct RoundTripPropertyTests {
    /// Loads `text` as the only plan beside the loader's fixture countdown.yaml.
    static func load(_ text: String, in folder: TemporaryWorkspace) throws -> (plan: Plan?, problems: [String]) {
        try folder.write(text, to: "plans/plan.yaml")
        let workspace = try WorkspaceLoader(displayBase: folder.path).load(root: folder.path)
        let problems = workspace.diagnostics.filter { $0.severity == .error }.map {
            "\($0.rule) \($0.location): \($0.message)"
        }
        return (workspace.plans.first, problems)
    }

    /// What a plan says, without where it says it: the stored snapshot
    /// (Tracking's own location-free form) and the canonical YAML, which
    /// also carries what the snapshot leaves out (impact, plan schema).
    static func facts(_ plan: Plan) -> (PlanSnapshot, String) {
        (PlanSnapshot(plan), PlanYAMLEmitter.emit(plan))
    }

    @Test func randomPlansSurviveLoadWriteLoad() async throws {
        let folder = try TemporaryWorkspace()
        await propertyCheck(count: 150, input: RandomPlan.generator, Gen.uint64(in: 0...UInt64.max)) { plan, seed in
            let written = PlanYAMLEmitter.emit(plan, .varied(seed: seed))
            guard let (first, problems) = try? Self.load(written, in: folder) else {
                Issue.record("could not write the plan")
                return
            }
            guard let first else {
                Issue.record("a valid plan did not load:\n\(problems.joined(separator: "\n"))\n\(written)")
                return
            }
            #expect(problems.isEmpty, "\(problems)")
            let (snapshot, canonical) = Self.facts(first)
            #expect(snapshot == PlanSnapshot(plan), "\(written)")
            #expect(canonical == PlanYAMLEmitter.emit(plan), "the model read differs from the model written")
            #expect(first.interventions.map { $0.impact?.ages } == plan.interventions.map { $0.impact?.ages })
            // …and the model read, written again (canonically this time), reads back the same.
            guard let second = try? Self.load(canonical, in: folder).plan else {
                Issue.record("the canonical emission of a loaded plan did not load:\n\(canonical)")
                return
            }
            #expect(Self.facts(second).0 == snapshot)
            #expect(Self.facts(second).1 == canonical)
        }
    }

    /// The emitter itself can fail: a plan it writes wrongly must not load equal.
    @Test func aChangedValueIsNoticed() throws {
        let folder = try TemporaryWorkspace()
        var builder = RandomPlan(seed: 2010)
        let plan = builder.plan()
        let text =
            PlanYAMLEmitter.emit(plan).replacingOccurrences(of: "status: \(plan.status.rawValue)", with: "")
            + "status: \(plan.status == .draft ? "active" : "draft")\n"
        let loaded = try #require(try Self.load(text, in: folder).plan)
        #expect(PlanSnapshot(loaded) != PlanSnapshot(plan))
    }
}
