import PlanningDomain
import Testing

@Suite("Capacity need and resource use")
struct CapacityNeedTests {
    func close(_ a: Double, _ b: Double, _ tolerance: Double = 1e-6) -> Bool { abs(a - b) <= tolerance }

    @Test func hoursAreNeedTimesMinutesOverSixtySummedPerUnit() throws {
        let grid = BalancingFixtures.grid()
        let need = try ProductionNeed(
            grid: grid, inflow: [BalancingFixtures.constant("O1", 12), BalancingFixtures.constant("O3", 6)])
        var use = ResourceUse(grid: grid)
        try use.set(.minutes(30), objectCode: "O1", resourceCode: "LAK", in: grid)
        try use.set(.minutes(45), objectCode: "O3", resourceCode: "LAK", in: grid)
        try use.set(.amount(0.1), objectCode: "O1", resourceCode: "PASS", in: grid)
        let capacity = CapacityNeed(grid: grid, production: need, use: use)
        // E1 hosts O1 and O3: 12 × 30/60 + 6 × 45/60 = 6 + 4.5 hours.
        #expect(capacity.need(unitCode: "E1", resourceCode: "LAK", week: week(2025, 3), in: grid) == 10.5)
        #expect(
            capacity.need(unitCode: "E1", resourceCode: "PASS", week: week(2025, 3), in: grid).map {
                close($0, 1.2)
            } == true)
        #expect(capacity.need(unitCode: "E2", resourceCode: "LAK", week: week(2025, 3), in: grid) == 0)
        #expect(capacity.measures[try #require(grid.resourceIndex("PASS"))] == .sessions)
    }

    @Test func bedsFollowLengthOfStayAndOccupancy() throws {
        let grid = BalancingFixtures.grid()
        let need = try ProductionNeed(grid: grid, inflow: [BalancingFixtures.constant("O4", 14)])
        var use = ResourceUse(grid: grid)
        try use.set(.lengthOfStay(days: 4, occupancy: 0.8), objectCode: "O4", resourceCode: "VP", in: grid)
        let capacity = CapacityNeed(grid: grid, production: need, use: use)
        // 14 admissions × 4 days = 56 bed-days a week = 8 occupied beds; at 80 % occupancy 10 staffed beds.
        let beds = try #require(capacity.need(unitCode: "E3", resourceCode: "VP", week: week(2025, 1), in: grid))
        #expect(close(beds, 10))
    }

    @Test func figuresThatDoNotFitTheMeasureAreRefused() throws {
        let grid = BalancingFixtures.grid()
        var use = ResourceUse(grid: grid)
        #expect(throws: BalancingError.measureMismatch(resourceCode: "VP", measure: .beds, given: "minuter")) {
            try use.set(.minutes(30), objectCode: "O4", resourceCode: "VP", in: grid)
        }
        #expect(throws: BalancingError.self) {
            try use.set(.lengthOfStay(days: 3, occupancy: 1), objectCode: "O4", resourceCode: "LAK", in: grid)
        }
        #expect(throws: BalancingError.self) {
            try use.set(.minutes(-5), objectCode: "O1", resourceCode: "LAK", in: grid)
        }
    }

    @Test func leastSquaresRecoversKnownMinutesFromNoiselessHistory() throws {
        let grid = BalancingFixtures.grid()
        var generator = SeededGenerator(seed: 42)
        let weeks = 30
        let o1 = (0..<weeks).map { _ in Double(Int.random(in: 5...40, using: &generator)) }
        let o3 = (0..<weeks).map { _ in Double(Int.random(in: 0...25, using: &generator)) }
        let hours = zip(o1, o3).map { ($0 * 20 + $1 * 35) / 60 }
        let zeroHours = zip(o1, o3).map { ($0 * 15 + $1 * 0) / 60 }  // O3 uses no PASS-like time here
        let result = try ResourceUse.estimate(
            grid: grid, history: [WeeklySeries(code: "O1", values: o1), WeeklySeries(code: "O3", values: o3)],
            usage: [
                ResourceUsageHistory(unitCode: "E1", resourceCode: "LAK", hours: hours),
                ResourceUsageHistory(unitCode: "E1", resourceCode: "OP", hours: zeroHours),
            ],
            defaults: ResourceUseDefaults())
        #expect(close(result.use.minutes(object: 0, resource: 0), 20, 1e-6))
        #expect(close(result.use.minutes(object: 2, resource: 0), 35, 1e-6))
        #expect(close(result.use.minutes(object: 0, resource: 1), 15, 1e-6))
        #expect(close(result.use.minutes(object: 2, resource: 1), 0, 1e-6))
        guard case .history(let used, let error) = result.sources.first?.origin else {
            Issue.record("expected an estimate from history")
            return
        }
        #expect(used == weeks)
        #expect(error < 1e-6)
    }

    @Test func shortHistoryFallsBackToTheDefaultsTable() throws {
        let grid = BalancingFixtures.grid()
        let defaults = ResourceUseDefaults(byObject: ["O1": ["LAK": 25]], byContactType: [.visit: ["LAK": 40]])
        let result = try ResourceUse.estimate(
            grid: grid,
            history: [WeeklySeries(code: "O1", values: [10, 12, 9]), WeeklySeries(code: "O3", values: [1, 2, 3])],
            usage: [ResourceUsageHistory(unitCode: "E1", resourceCode: "LAK", hours: [5, 6, 5])], defaults: defaults)
        #expect(result.use.minutes(object: 0, resource: 0) == 25)
        #expect(result.use.minutes(object: 2, resource: 0) == 40)
        guard case .fallback(let reason) = result.sources.first?.origin else {
            Issue.record("expected a fallback")
            return
        }
        #expect(reason.contains("historik"))
    }

    @Test func leastSquaresNeverReturnsNegativeMinutes() throws {
        var generator = SeededGenerator(seed: 7)
        for _ in 0..<50 {
            let o1 = (0..<20).map { _ in Double.random(in: 0...30, using: &generator) }
            let o3 = (0..<20).map { _ in Double.random(in: 0...30, using: &generator) }
            let hours = (0..<20).map { _ in Double.random(in: -2...10, using: &generator) }
            let result = try ResourceUse.estimate(
                grid: BalancingFixtures.grid(),
                history: [WeeklySeries(code: "O1", values: o1), WeeklySeries(code: "O3", values: o3)],
                usage: [ResourceUsageHistory(unitCode: "E1", resourceCode: "LAK", hours: hours)],
                defaults: ResourceUseDefaults())
            #expect(result.use.minutes(object: 0, resource: 0) >= 0)
            #expect(result.use.minutes(object: 2, resource: 0) >= 0)
        }
    }
}
