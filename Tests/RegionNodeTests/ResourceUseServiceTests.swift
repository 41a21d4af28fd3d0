import Foundation
import NodeStore
import PlanningDomain
import RegionNode
import Testing

@Suite("Resource-use overrides on the node", .serialized)
struct ResourceUseServiceTests {
    func tinyWorkspace() throws -> Workspace {
        let workspace = try Workspace()
        try workspace.importFiles(tinyMasterData())
        return workspace
    }

    @Test func anOverrideShowsBesideTheEstimateWithWhoWhenWhyAndClearingReturnsToTheEstimate() throws {
        let workspace = try tinyWorkspace()
        defer { workspace.remove() }
        let service = ResourceUseService(store: workspace.store, now: fixedNow)
        let before = try #require(try service.list().first { $0.unitCode == "ORT-MOT" && $0.resourceCode == "LAK" })
        #expect(before.estimate == 30)  // a visit's default
        #expect(before.override == nil)
        #expect(before.origin?.kind == "fallback")

        try service.set(unitCode: "ORT-MOT", resourceCode: "LAK", value: 25, reason: " tidsstudie ", user: "anna")
        let after = try #require(try service.list().first { $0.unitCode == "ORT-MOT" && $0.resourceCode == "LAK" })
        #expect(after.estimate == 30)
        #expect(after.override == 25)
        guard case .manual(let by, _, let reason) = after.origin else {
            Issue.record("origin is \(String(describing: after.origin))")
            return
        }
        #expect(by == "anna")
        #expect(reason == "tidsstudie")
        #expect(ResourceUseText.table(try service.list()).contains("manuellt satt av anna"))

        try service.clear(unitCode: "ORT-MOT", resourceCode: "LAK", reason: "fel i studien", user: "bo")
        let cleared = try #require(try service.list().first { $0.unitCode == "ORT-MOT" && $0.resourceCode == "LAK" })
        #expect(cleared.override == nil)
        #expect(cleared.origin?.kind == "fallback")
        #expect(try service.history().map(\.setBy) == ["anna", "bo"])
    }

    @Test func anObjectsOwnFigureIsListedOnItsOwnLine() throws {
        let workspace = try tinyWorkspace()
        defer { workspace.remove() }
        let service = ResourceUseService(store: workspace.store, now: fixedNow)
        try service.set(
            unitCode: "ORT-OP", resourceCode: "LAK", objectCode: "ORT-HOFT", value: 95, reason: "ny teknik",
            user: "anna")
        let row = try #require(try service.list().first { $0.objectCode == "ORT-HOFT" })
        #expect(row.override == 95)
        #expect(row.estimate == 120)
    }

    @Test func badInputIsRefusedNamingTheCodesAndTheFix() throws {
        let workspace = try tinyWorkspace()
        defer { workspace.remove() }
        let service = ResourceUseService(store: workspace.store, now: fixedNow)
        func refusal(_ body: () throws -> Void) -> PlanServiceError? {
            #expect(throws: PlanServiceError.self) { try body() }
        }
        let unknownUnit = refusal {
            try service.set(unitCode: "XX", resourceCode: "LAK", value: 1, reason: "r", user: "a")
        }
        #expect(unknownUnit?.code == "resource_use.unknown_unit")
        #expect(unknownUnit?.description.contains("\"XX\"") == true)
        let unknownResource = refusal {
            try service.set(unitCode: "ORT-MOT", resourceCode: "ABC", value: 1, reason: "r", user: "a")
        }
        #expect(unknownResource?.code == "resource_use.unknown_resource")
        #expect(unknownResource?.description.contains("LAK") == true)
        for value in [-1, Double.nan, .infinity] {
            let invalid = refusal {
                try service.set(unitCode: "ORT-MOT", resourceCode: "LAK", value: value, reason: "r", user: "a")
            }
            #expect(invalid?.code == "resource_use.invalid_value")
            #expect(invalid?.description.contains("ORT-MOT/LAK") == true)
        }
        let noReason = refusal {
            try service.set(unitCode: "ORT-MOT", resourceCode: "LAK", value: 1, reason: " ", user: "a")
        }
        #expect(noReason?.code == "resource_use.reason_required")
        let noObjects = refusal {
            try service.set(unitCode: "ORT", resourceCode: "LAK", value: 1, reason: "r", user: "a")
        }
        #expect(noObjects?.code == "resource_use.unit_without_objects")
        let otherUnit = refusal {
            try service.set(
                unitCode: "ORT-MOT", resourceCode: "LAK", objectCode: "ORT-HOFT", value: 1, reason: "r", user: "a")
        }
        #expect(otherUnit?.code == "resource_use.unknown_object")
        let nothingToClear = refusal {
            try service.clear(unitCode: "ORT-MOT", resourceCode: "LAK", reason: "r", user: "a")
        }
        #expect(nothingToClear?.code == "resource_use.no_override")
        #expect(try service.history().isEmpty)
    }

    @Test func anOverrideChangesEveryPlansBalanceAndClearingRestoresIt() throws {
        let (workspace, _) = try forecastWorkspace(forecast: true)
        defer { workspace.remove() }
        let plans = PlanService(store: workspace.store, now: fixedNow)
        let created = try plans.create(unitCode: "R09", name: "Plan", startWeek: nil, user: "anna")
        let before = try plans.balance(planID: created.planID, version: nil, by: .month)
        let estimated = try #require(before.sources.first { $0.origin.kind == "history" })
        let needBefore = try #require(before.totals.first { $0.resourceCode == estimated.resourceCode }).need

        let gapBefore = try scenarioGap(plans, created.planID, estimated.resourceCode)
        let service = ResourceUseService(store: workspace.store, now: fixedNow)
        let row = try #require(
            try service.list(unitCode: estimated.unitCode).first { $0.resourceCode == estimated.resourceCode })
        #expect(row.rootMeanSquareError != nil)
        let raised = (row.estimate ?? 0) + 60
        try service.set(
            unitCode: estimated.unitCode, resourceCode: estimated.resourceCode, value: raised,
            reason: "ny arbetsmodell", user: "anna")
        let after = try plans.balance(planID: created.planID, version: nil, by: .month)
        let needAfter = try #require(after.totals.first { $0.resourceCode == estimated.resourceCode }).need
        #expect(needAfter > needBefore)
        let source = try #require(
            after.sources.first {
                $0.unitCode == estimated.unitCode && $0.resourceCode == estimated.resourceCode && $0.objectCode == nil
            })
        #expect(source.origin.kind == "manual")
        #expect(PlanReportText.balance(after).contains("manuellt satt av anna"))
        let gapAfter = try scenarioGap(plans, created.planID, estimated.resourceCode)
        #expect(gapAfter < gapBefore)

        try service.clear(
            unitCode: estimated.unitCode, resourceCode: estimated.resourceCode, reason: "tillbaka", user: "anna")
        let restored = try plans.balance(planID: created.planID, version: nil, by: .month)
        let needRestored = try #require(restored.totals.first { $0.resourceCode == estimated.resourceCode }).need
        #expect(abs(needRestored - needBefore) <= 1e-9 * max(1, needBefore))
    }

    /// The scenario comparison's baseline gap for a resource: scenarios read the same resource use as the balance.
    func scenarioGap(_ plans: PlanService, _ id: Int64, _ resource: String) throws -> Double {
        let comparison = try plans.scenario(
            planID: id, version: 1, assumptions: PlanScenarioAssumptions(moreReferralsPercent: 1))
        return try #require(comparison.resourceGaps.first { $0.resourceCode == resource }).gap.baseline
    }
}
