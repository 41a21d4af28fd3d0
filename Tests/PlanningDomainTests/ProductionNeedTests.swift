import PlanningDomain
import Testing

@Suite("Production need")
struct ProductionNeedTests {
    func close(_ a: Double, _ b: Double, _ tolerance: Double = 1e-6) -> Bool { abs(a - b) <= tolerance }

    @Test func needWithoutGoalEqualsForecastInflow() throws {
        let grid = BalancingFixtures.grid()
        let values = (0..<13).map { Double($0) + 0.5 }
        let need = try ProductionNeed(grid: grid, inflow: [WeeklySeries(code: "O2", values: values)])
        let object = try #require(grid.objectIndex("O2"))
        #expect(need.needSeries(object: object) == values)
        #expect(need.needSeries(object: 0) == Array(repeating: 0, count: 13))
        #expect(close(need.total, values.reduce(0, +)))
    }

    @Test func sizeGoalReproducesTheReliefCapacityVector() throws {
        let grid = BalancingFixtures.grid(weeks: 52)
        let goal = WaitingListGoal(
            objectCode: "O2", current: Quantity(1200), target: .size(Quantity(390)), deadline: week(2025, 26))
        let need = try ProductionNeed(
            grid: grid, inflow: [BalancingFixtures.constant("O2", 30, weeks: 52)], goals: [goal])
        let series = need.needSeries(object: 1)
        #expect(series[0..<26].allSatisfy { close($0, 61.153846) })
        #expect(series[26...].allSatisfy { $0 == 30 })
        // The extra production removes exactly current − target patients by the deadline.
        #expect(close(series[0..<26].reduce(0, +) - 26 * 30, 1200 - 390))
    }

    @Test func waitTargetIsConvertedWithLittlesLaw() throws {
        let grid = BalancingFixtures.grid(weeks: 52)
        let target = try #require(TargetWait(share: 0.9, limit: Quantity(13)))
        let goal = WaitingListGoal(
            objectCode: "O1", current: Quantity(500), target: .wait(target), by: date("2025-06-26"))
        let need = try ProductionNeed(
            grid: grid, inflow: [BalancingFixtures.constant("O1", 30, weeks: 52)], goals: [goal])
        let queue = QueueRules.targetQueueSize(demand: Quantity(30), target: target)
        let expected = QueueRules.reliefCapacity(
            demand: Quantity(30), queue: Quantity(500), targetQueue: queue, weeksToTarget: Quantity(26))
        #expect(close(need.need(object: 0, week: 0), expected.value))
        #expect(close(need.need(object: 0, week: 25), expected.value))
        #expect(need.need(object: 0, week: 26) == 30)
    }

    @Test func listAlreadyBelowTargetAddsNothing() throws {
        let grid = BalancingFixtures.grid()
        let goal = WaitingListGoal(
            objectCode: "O1", current: Quantity(10), target: .size(Quantity(50)),
            deadline: week(2025, 10))
        let need = try ProductionNeed(grid: grid, inflow: [BalancingFixtures.constant("O1", 7)], goals: [goal])
        #expect(need.needSeries(object: 0).allSatisfy { $0 == 7 })
    }

    @Test func unrealisedReductionIsRefusedInSwedish() throws {
        let grid = BalancingFixtures.grid()
        let reduction = NeedReduction(
            name: "Digitala återbesök", objectCode: "O1", perWeek: 3, from: week(2025, 5),
            realised: false)
        #expect(throws: BalancingError.unrealisedGain(name: "Digitala återbesök")) {
            try ProductionNeed(grid: grid, inflow: [BalancingFixtures.constant("O1", 10)], reductions: [reduction])
        }
        #expect(BalancingError.unrealisedGain(name: "X").message.contains("inte realiserad"))
    }

    @Test func realisedReductionCountsFromItsWeek() throws {
        let grid = BalancingFixtures.grid()
        let reduction = NeedReduction(
            name: "Digitala återbesök", objectCode: "O1", perWeek: 3, from: week(2025, 5),
            realised: true)
        let need = try ProductionNeed(
            grid: grid, inflow: [BalancingFixtures.constant("O1", 10)], reductions: [reduction])
        #expect(need.needSeries(object: 0) == Array(repeating: 10, count: 4) + Array(repeating: 7, count: 9))
    }

    @Test func seriesOfTheWrongLengthIsRefused() {
        let grid = BalancingFixtures.grid()
        #expect(throws: BalancingError.seriesLength(code: "O1", expected: 13, actual: 3)) {
            try ProductionNeed(grid: grid, inflow: [WeeklySeries(code: "O1", values: [1, 2, 3])])
        }
    }

    @Test func goalDeadlineOutsideTheHorizonIsRefused() {
        let grid = BalancingFixtures.grid()
        let goal = WaitingListGoal(
            objectCode: "O1", current: Quantity(100), target: .size(Quantity(50)),
            deadline: week(2025, 40))
        #expect(throws: BalancingError.self) {
            try ProductionNeed(grid: grid, inflow: [BalancingFixtures.constant("O1", 7)], goals: [goal])
        }
    }
}
