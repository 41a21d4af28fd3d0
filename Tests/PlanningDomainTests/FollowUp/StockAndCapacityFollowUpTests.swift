import PlanningDomain
import Testing

@Suite struct StockAndCapacityFollowUpTests {
    private func entries(_ code: String, _ count: Int) -> [WaitingEntry] {
        Array(
            repeating: WaitingEntry(
                planningObjectCode: code, waitingSince: date("2025-01-02"), medicalTargetDate: nil, priority: nil),
            count: count)
    }

    @Test func aWaitingListIsAStockComparedAtTheLatestWeekNotSummed() throws {
        // Projections for O1 every week of March 2025 (W10–W13), snapshots on two Mondays and twice in W13.
        let projected = (10...13).map { FollowUpValue(planningObjectCode: "O1", week: week(2025, $0), value: 100) }
        let snapshots = [
            WaitingListSnapshot(date: date("2025-03-03"), entries: entries("O1", 90)),  // W10
            WaitingListSnapshot(date: date("2025-03-27"), entries: entries("O1", 120)),  // W13, later: counts
            WaitingListSnapshot(date: date("2025-03-24"), entries: entries("O1", 70)),  // W13, earlier
        ]
        let followUp = try ObjectFollowUp.waitingList(
            projected: projected, snapshots: snapshots, objects: FollowUpFixtures.objects,
            tree: FollowUpFixtures.tree, calendar: .standard, from: week(2025, 10), through: week(2025, 13))
        let march = try followUp.figures(for: .unit("E1"), in: .month(YearMonth(year: 2025, month: 3)!)).all
        #expect(march == PlannedActual(planned: 100, actual: 120))
        let tenth = try followUp.figures(for: .object("O1"), in: .week(week(2025, 10))).all
        #expect(tenth == PlannedActual(planned: 100, actual: 90))
        // W11 has a projection but no snapshot: nothing to compare.
        #expect(try followUp.figures(for: .object("O1"), in: .week(week(2025, 11))).all == .zero)
        #expect(throws: FollowUpError.unknownObject(code: "X1", source: "väntelistan")) {
            try ObjectFollowUp.waitingList(
                projected: [], snapshots: [WaitingListSnapshot(date: date("2025-03-03"), entries: entries("X1", 1))],
                objects: FollowUpFixtures.objects, tree: FollowUpFixtures.tree, calendar: .standard,
                from: week(2025, 10), through: week(2025, 13))
        }
    }

    @Test func capacityActualVsForecastRollsUpPerResource() throws {
        func record(_ unit: String, _ resource: String, _ number: Int, _ planned: Double, _ absence: Double)
            -> CapacityRecord
        {
            CapacityRecord(
                unitCode: unit, resourceCode: resource, week: week(2025, number), planned: planned, absence: absence)
        }
        let forecast = [
            record("E1", "LAK", 10, 100, 10), record("E2", "LAK", 10, 50, 0), record("E1", "SSK", 10, 80, 0),
        ]
        let actual = [record("E1", "LAK", 10, 100, 30), record("E2", "LAK", 10, 50, 5), record("E1", "SSK", 10, 80, 8)]
        let followUp = try CapacityFollowUp(
            forecast: forecast, actual: actual, tree: FollowUpFixtures.tree, calendar: .standard,
            from: week(2025, 10), through: week(2025, 10))
        let doctors = try followUp.figures(unit: "K1", resource: "LAK", in: .week(week(2025, 10))).all
        #expect(doctors == PlannedActual(planned: 140, actual: 115))
        #expect(try followUp.figures(unit: "E1", resource: "SSK", in: .week(week(2025, 10))).all.deviation == -8)
        #expect(try followUp.figures(unit: "K2", in: .week(week(2025, 10))).all == .zero)
        #expect(try followUp.accuracy(unit: "E2", resource: "LAK")?.bias == -5)
        #expect(throws: FollowUpError.unknownScope("E9")) {
            try CapacityFollowUp(
                forecast: [record("E9", "LAK", 10, 1, 0)], actual: [], tree: FollowUpFixtures.tree,
                calendar: .standard, from: week(2025, 10), through: week(2025, 10))
        }
    }
}
