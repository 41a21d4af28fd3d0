import Forecasting
import NodeStore
import PlanningDomain
import RegionNode
import SyntheticData
import Testing

@Suite("Production plans on the node", .serialized)
struct PlanServiceTests {
    @Test func aPlanWithoutAForecastIsRefusedWithTheNextStep() throws {
        let workspace = try Workspace()
        defer { workspace.remove() }
        try workspace.importSmallRegion()
        let service = PlanService(store: workspace.store, now: fixedNow)
        let error = #expect(throws: PlanServiceError.self) {
            try service.create(unitCode: "R09", name: "P", startWeek: nil, user: "anna")
        }
        #expect(error?.description.contains("Kör balans forecast först") == true)
    }

    @Test func createBalanceAgreeAndCompareAScenario() throws {
        let (workspace, region) = try forecastWorkspace(forecast: true)
        defer { workspace.remove() }
        let service = PlanService(store: workspace.store, now: fixedNow)
        let created = try service.create(unitCode: "R09", name: "Plan", startWeek: nil, user: "anna")
        #expect(created.plan.startWeek == ISOWeek(year: 2025, week: 41))
        #expect(created.plan.weekCount == 52)
        let forecasts = try workspace.store.latestForecasts(.inflow)
        #expect(created.plan.objectCodes == forecasts.map(\.objectCode))
        let meanTotal = forecasts.map { $0.forecast.mean.reduce(0, +) }.reduce(0, +)
        #expect(abs(created.plan.grandTotal - meanTotal) < 1e-6 * max(1, meanTotal))

        let before = try service.balance(planID: created.planID, version: nil, by: .month)
        #expect(!before.totals.isEmpty)
        #expect(before.totals.contains { $0.need > 0 })
        // Adding nurse hours where the need is largest removes part of that unit's shortfall, never adds to it.
        let worst = try #require(before.shortfalls.first)
        try service.addAction(
            planID: created.planID, version: 1,
            PlanActionRecord(
                type: "add-capacity", name: "Extra", toUnit: worst.unitCode, resource: worst.resourceCode,
                firstWeek: "2025-W41", lastWeek: "2026-W40", hours: 1000))
        let after = try service.balance(planID: created.planID, version: 1, by: .month)
        let total = try #require(after.totals.first { $0.resourceCode == worst.resourceCode })
        #expect(total.shortfallAfter > total.shortfallBefore)
        #expect(after.actions.count == 1)

        try service.handle(planID: created.planID, version: 1, action: .propose, user: "anna", level: .tactical)
        try service.handle(planID: created.planID, version: 1, action: .agree, user: "anna", level: .tactical)
        let effects = try service.handle(
            planID: created.planID, version: 1, action: .agree, user: "bo", level: .strategic)
        #expect(effects.contains(.versionAgreed(version: 1)))
        let object = created.plan.objectCodes[0]
        let refused = #expect(throws: PlanServiceError.self) {
            try service.handle(
                planID: created.planID, version: 1,
                action: .edit(.setVolume(object: object, week: created.plan.startWeek, value: 1)), user: "anna",
                level: .tactical)
        }
        #expect(refused?.description.hasPrefix("Version 1 är överenskommen och kan inte ändras") == true)
        #expect(throws: PlanServiceError.self) {
            try service.addAction(
                planID: created.planID, version: 1, PlanActionRecord(type: "buy-care", name: "köp", object: object))
        }

        let comparison = try service.scenario(
            planID: created.planID, version: 1, assumptions: PlanScenarioAssumptions(moreReferralsPercent: 10))
        #expect(abs(comparison.productionNeed.scenario - comparison.productionNeed.baseline * 1.1) < 1e-6 * meanTotal)
        #expect(!comparison.waitingLists.isEmpty)
        #expect(!region.waitingSnapshots.isEmpty)
        #expect(PlanReportText.scenario(comparison).contains("Utgångsläge"))

        let number = try service.newVersion(planID: created.planID, from: 1, user: "anna", comment: "ny prognos")
        #expect(number == 2)
        try service.handle(
            planID: created.planID, version: 2,
            action: .edit(.setVolume(object: object, week: created.plan.startWeek, value: 1)), user: "anna",
            level: .tactical)
        let stored = try service.plan(created.planID)
        #expect(stored.versions.version(2)?.plan.volume(of: object, in: created.plan.startWeek) == 1)
        #expect(stored.actions[2]?.count == 1)
    }
}

@Suite("Plans with a waiting-list goal", .serialized)
struct PlanWaitingGoalTests {
    @Test func aGoalAddsReliefProductionUntilTheDeadlineOnly() throws {
        let (workspace, _) = try forecastWorkspace(forecast: true)
        defer { workspace.remove() }
        let service = PlanService(store: workspace.store, now: fixedNow)
        let plain = try service.create(unitCode: "R09", name: "Utan mål", startWeek: nil, user: "anna")
        let deadline = ISOWeek(year: 2026, week: 13)!
        let goal = PlanWaitingGoal(target: TargetWait(share: 0.95, limit: Quantity(90.0 / 7))!, deadline: deadline)
        let withGoal = try service.create(unitCode: "R09", name: "Med mål", startWeek: nil, user: "anna", goal: goal)
        #expect(withGoal.objectsWithGoal > 0)
        #expect(withGoal.goalExtraVolume > 0)
        #expect(abs(withGoal.plan.grandTotal - plain.plan.grandTotal - withGoal.goalExtraVolume) < 1e-6)
        // After the deadline the goal adds nothing: the volumes are the forecast again.
        let after = withGoal.plan.weeks.indices.filter { withGoal.plan.weeks[$0] > deadline }
        #expect(!after.isEmpty)
        for code in withGoal.plan.objectCodes {
            for index in after {
                #expect(withGoal.plan.volumes[code]![index] == plain.plan.volumes[code]![index])
            }
        }
    }
}

@Suite("Waiting lists under a plan", .serialized)
struct PlanWaitingProjectionTests {
    @Test func halvingAnObjectsPlanGrowsItsListAndWarns() throws {
        let (workspace, _) = try forecastWorkspace(forecast: true)
        defer { workspace.remove() }
        let service = PlanService(store: workspace.store, now: fixedNow)
        let created = try service.create(unitCode: "R09", name: "Plan", startWeek: nil, user: "anna")
        let waiting = try workspace.store.latestWaitingCounts().counts
        let totals = created.plan.objectCodes.map { (code: $0, total: created.plan.total(of: $0)) }
        let object = try #require(totals.max { $0.total < $1.total }?.code)
        let asPlanned = try service.waitingProjection(planID: created.planID, version: 1, object: object)
        let initial = waiting.filter { $0.objectCode == object }.reduce(0) { $0 + $1.count }
        // Conservation over the whole horizon: initial + inflow − treated = final.
        let treated = asPlanned.projection.weeks.reduce(0) { $0 + $1.treated }
        let final = try #require(asPlanned.projection.weeks.last).waiting
        #expect(abs(Double(initial) + asPlanned.inflow.reduce(0, +) - treated - final) < 1e-6)
        // Half the planned volume: the list grows, and the text says why.
        let half = created.plan.volumes[object]!.map { $0 / 2 }
        try service.handle(
            planID: created.planID, version: 1, action: .edit(.setVolumes(object: object, values: half)),
            user: "anna", level: .tactical)
        let halved = try service.waitingProjection(planID: created.planID, version: 1, object: object)
        #expect(try #require(halved.projection.weeks.last).waiting > final)
        #expect(halved.text.contains("Varning: Inflödet är"))
        #expect(halved.text.contains("Väntetidsband vid periodens slut"))
    }
}
