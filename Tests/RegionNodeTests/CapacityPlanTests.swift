import Foundation
import Hummingbird
import HummingbirdTesting
import NodeStore
import PlanningDomain
import RegionNode
import SyntheticData
import Testing

@Suite("Forward capacity plan", .serialized)
struct CapacityPlanTests {
    func record(_ unit: String, _ week: ISOWeek, _ available: Double) -> CapacityRecord {
        CapacityRecord(unitCode: unit, resourceCode: "LAK", week: week, planned: available, absence: 0)
    }

    @Test func planRowsWinOverProjectionAndEachWeekSaysWhere() {
        let plan = (0..<4).map { week(2026, 10 + $0) }
        let feed = [
            // E1: history a year earlier, and a capacity plan for two of the weeks.
            record("E1", week(2025, 10), 100), record("E1", week(2025, 11), 100), record("E1", week(2025, 12), 100),
            record("E1", week(2025, 13), 100), record("E1", week(2026, 10), 40), record("E1", week(2026, 11), 50),
            // E2: only recent history, and a plan row far after the plan that must not count as "recent".
            record("E2", week(2026, 8), 10), record("E2", week(2026, 9), 20), record("E2", week(2027, 1), 999),
        ]
        let projection = CapacityProjection(feed, onto: plan)
        let e1 = projection.records.filter { $0.unitCode == "E1" }.map(\.available)
        #expect(e1 == [40, 50, 100, 100])
        let e2 = projection.records.filter { $0.unitCode == "E2" }.map(\.available)
        #expect(e2 == [15, 15, 15, 15])
        #expect(projection.weeks.map(\.source) == [.mixed, .mixed, .projected, .projected])
        #expect(projection.weeks[0].fromPlan == 1)
        #expect(projection.weeks[0].fromRecentMean == 1)
        #expect(projection.weeks[2].fromEarlierYear == 1)
        #expect(CapacityProjection([record("E1", week(2026, 10), 5)], onto: [week(2026, 10)]).weeks[0].source == .plan)
        #expect(CapacityProjection([], onto: plan).weeks.allSatisfy { $0.source == .none })
    }

    @Test func importingFutureCapacityChangesThePlansBalanceForThoseWeeksOnly() async throws {
        let (workspace, region) = try forecastWorkspace(forecast: true)
        defer { workspace.remove() }
        let withoutPlan = try PlanService(store: workspace.store, now: fixedNow).create(
            unitCode: "R09", name: "Utan kapacitetsplan", startWeek: nil, user: "anna")
        let projected = try PlanService(store: workspace.store, now: fixedNow).balance(
            planID: withoutPlan.planID, version: nil, by: .week)
        #expect(projected.capacityWeeks.allSatisfy { $0.source == .projected })
        #expect(PlanReportText.balance(projected).contains("framskriven från historik"))
        try workspace.importFiles([
            try SyntheticRegionWriter.writeCapacityPlan(region, to: workspace.path("kapacitetsplan"))
        ])
        let plans = PlanService(store: workspace.store, now: fixedNow)
        let created = try plans.create(unitCode: "R09", name: "Plan", startWeek: nil, user: "anna")
        let before = try plans.balance(planID: created.planID, version: nil, by: .week)
        #expect(before.capacityWeeks.count == 52)
        // The synthetic region's capacity plan covers half its units: every week mixes plan and projection.
        #expect(before.capacityWeeks.allSatisfy { $0.source == .mixed })
        #expect(PlanReportText.balance(before).contains("delvis kapacitetsplan"))

        // A unit and resource without a capacity plan: its weeks are projected from last year until imported.
        let planned = Set(region.capacityPlan().map { "\($0.unitCode)|\($0.resourceCode)" })
        let pair = try #require(
            region.capacity.first { !planned.contains("\($0.unitCode)|\($0.resourceCode)") && $0.resourceCode == "LAK" }
        )
        let weeks = (0..<4).map { created.plan.startWeek.adding(weeks: $0) }
        let rows = weeks.map { "\(pair.unitCode);LAK;\($0);0;0" }.joined(separator: "\n")
        let path = try workspace.write(
            "kapacitetsplan_tillagg.csv", "enhetskod;resurskod;vecka;planerad;frånvaro\n\(rows)\n")
        try workspace.importFiles([path])

        let after = try plans.balance(planID: created.planID, version: nil, by: .week)
        for (index, week) in after.capacityWeeks.enumerated() {
            let added = index < 4 ? 1 : 0
            #expect(week.fromPlan == before.capacityWeeks[index].fromPlan + added, "\(week.week)")
        }
        // The API says the same per week, and where resource use came from.
        let app = buildNodeApplication(
            configuration: NodeServerConfiguration(port: 0, authentication: .disabled), store: workspace.store,
            now: fixedNow)
        try await app.test(.router) { client in
            try await client.execute(
                uri: "/api/v1/plans/\(created.planID)/versions/1/balance?by=week", method: .get
            ) { response in
                #expect(response.status == .ok)
                let object = try JSONSerialization.jsonObject(with: Data(String(buffer: response.body).utf8))
                let json = try #require(object as? [String: Any])
                let weeks = try #require(json["capacityWeeks"] as? [[String: Any]])
                #expect(weeks.count == 52)
                #expect(weeks.allSatisfy { $0["source"] as? String == "mixed" })
                #expect(weeks.first?["fromPlan"] as? Int == after.capacityWeeks.first?.fromPlan)
                #expect((json["resourceUse"] as? [[String: Any]])?.isEmpty == false)
            }
        }
        let lakBefore = try #require(before.totals.first { $0.resourceCode == "LAK" })
        let lakAfter = try #require(after.totals.first { $0.resourceCode == "LAK" })
        #expect(lakAfter.available < lakBefore.available)
        #expect(abs(lakAfter.need - lakBefore.need) < 1e-9 * max(1, lakBefore.need))
    }
}
