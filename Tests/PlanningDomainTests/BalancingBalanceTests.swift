import PlanningDomain
import Testing

@Suite("Balance: gaps, aggregation, limiting resources")
struct BalancingBalanceTests {
    func close(_ a: Double, _ b: Double, _ tolerance: Double = 1e-6) -> Bool {
        abs(a - b) <= tolerance * max(1, abs(a))
    }

    /// Random need and capacity over 26 weeks for every unit and resource.
    func randomBalance(seed: UInt64) throws -> Balance {
        var generator = SeededGenerator(seed: seed)
        let grid = BalancingFixtures.grid(weeks: 26)
        let inflow = grid.objects.map { object in
            WeeklySeries(code: object.code, values: (0..<26).map { _ in Double.random(in: 0...50, using: &generator) })
        }
        let need = try ProductionNeed(grid: grid, inflow: inflow)
        var use = ResourceUse(grid: grid)
        for object in grid.objects.indices {
            try use.set(.minutes(Double.random(in: 0...60, using: &generator)), object: object, resource: 0)
            try use.set(.minutes(Double.random(in: 0...90, using: &generator)), object: object, resource: 1)
            try use.set(.amount(Double.random(in: 0...0.2, using: &generator)), object: object, resource: 3)
        }
        var records: [CapacityRecord] = []
        for unit in grid.unitCodes {
            for resource in grid.resources {
                for week in grid.weeks {
                    let planned = Double.random(in: 0...80, using: &generator)
                    records.append(
                        CapacityRecord(
                            unitCode: unit, resourceCode: resource.code, week: week, planned: planned,
                            absence: Double.random(in: 0...planned, using: &generator)))
                }
            }
        }
        return Balance(
            grid: grid, available: try AvailableCapacity(grid: grid, records: records),
            need: CapacityNeed(grid: grid, production: need, use: use))
    }

    @Test func gapIsAvailableMinusNeedFromPlannedMinusAbsence() throws {
        let grid = BalancingFixtures.grid()
        let need = try ProductionNeed(grid: grid, inflow: [BalancingFixtures.constant("O1", 20)])
        var use = ResourceUse(grid: grid)
        try use.set(.minutes(30), objectCode: "O1", resourceCode: "LAK", in: grid)
        let records = [
            CapacityRecord(unitCode: "E1", resourceCode: "LAK", week: week(2025, 2), planned: 16, absence: 4)
        ]
        let balance = Balance(
            grid: grid, available: try AvailableCapacity(grid: grid, records: records),
            need: CapacityNeed(grid: grid, production: need, use: use))
        #expect(balance.gap(unitCode: "E1", resourceCode: "LAK", week: week(2025, 2)) == 2)
        #expect(balance.gap(unitCode: "E1", resourceCode: "LAK", week: week(2025, 3)) == -10)
        #expect(balance.gap(unitCode: "R", resourceCode: "LAK", week: week(2025, 3)) == -10)
        #expect(balance.gap(unitCode: "K2", resourceCode: "LAK", week: week(2025, 3)) == 0)
    }

    @Test(arguments: [1, 2, 3, 4, 5] as [UInt64])
    func weeklyMonthlyAndQuarterlyGapsAddUp(seed: UInt64) throws {
        let balance = try randomBalance(seed: seed)
        for unit in balance.grid.unitCodes {
            for resource in balance.grid.resources.map(\.code) {
                let weekly = try balance.gaps(unitCode: unit, resourceCode: resource, by: .week)
                let monthly = try balance.gaps(unitCode: unit, resourceCode: resource, by: .month)
                let quarterly = try balance.gaps(unitCode: unit, resourceCode: resource, by: .quarter)
                let weeklySum = weekly.reduce(0) { $0 + $1.gap }
                #expect(close(weeklySum, monthly.reduce(0) { $0 + $1.gap }))
                #expect(close(weeklySum, quarterly.reduce(0) { $0 + $1.gap }))
                #expect(monthly.flatMap(\.weeks) == balance.grid.weeks)
                for month in monthly {
                    #expect(month.weeks.allSatisfy { $0.month == month.weeks[0].month })
                }
            }
        }
    }

    @Test(arguments: [11, 12, 13] as [UInt64])
    func parentGapIsTheSumOfItsChildrenAndItself(seed: UInt64) throws {
        let balance = try randomBalance(seed: seed)
        let grid = balance.grid
        for (unit, code) in grid.unitCodes.enumerated() {
            let children = grid.tree.children(of: code).compactMap { grid.unitIndex($0) }
            for resource in grid.resources.indices {
                for week in 0..<grid.weekCount {
                    let expected = children.reduce(
                        balance.gap(unit: unit, resource: resource, week: week, subtree: false)
                    ) {
                        $0 + balance.gap(unit: $1, resource: resource, week: week)
                    }
                    #expect(close(balance.gap(unit: unit, resource: resource, week: week), expected))
                }
            }
        }
        // The region's gap equals the sum of every unit's own gap.
        let own = grid.unitCodes.indices.reduce(0.0) {
            $0 + balance.gap(unit: $1, resource: 0, week: 0, subtree: false)
        }
        #expect(close(balance.gap(unit: 0, resource: 0, week: 0), own))
    }

    @Test func limitingResourcesAreThoseAboveTheThresholdHighestFirstWithTheirWeeks() throws {
        let grid = BalancingFixtures.grid()
        let need = try ProductionNeed(grid: grid, inflow: [BalancingFixtures.constant("O2", 10)])
        var use = ResourceUse(grid: grid)
        try use.set(.minutes(60), objectCode: "O2", resourceCode: "LAK", in: grid)  // 10 h a week
        try use.set(.minutes(120), objectCode: "O2", resourceCode: "OP", in: grid)  // 20 h a week
        var records: [CapacityRecord] = []
        for week in grid.weeks {
            records.append(CapacityRecord(unitCode: "E2", resourceCode: "LAK", week: week, planned: 20, absence: 0))
            // OP is short in week 2 only, otherwise at 80 %.
            let op = week == BalancingFixtures.start.adding(weeks: 1) ? 10.0 : 25.0
            records.append(CapacityRecord(unitCode: "E2", resourceCode: "OP", week: week, planned: op, absence: 0))
        }
        let balance = Balance(
            grid: grid, available: try AvailableCapacity(grid: grid, records: records),
            need: CapacityNeed(grid: grid, production: need, use: use))
        let weekly = try balance.limitingResources(threshold: 0.95, by: .week, unitCodes: ["E2"])
        #expect(weekly.map(\.resourceCode) == ["OP"])
        #expect(weekly.first?.weeks == [week(2025, 2)])
        #expect(weekly.first.map { close($0.utilisation, 2) } == true)
        let monthly = try balance.limitingResources(threshold: 0.4, by: .month, unitCodes: ["E2", "K1"])
        let january = monthly.filter { $0.unitCode == "E2" && $0.period == .month(YearMonth(year: 2025, month: 1)!) }
        #expect(january.map(\.resourceCode) == ["OP", "LAK"])
        #expect(january.first?.weeks == [week(2025, 1), week(2025, 2), week(2025, 3), week(2025, 4), week(2025, 5)])
        #expect(monthly.contains { $0.unitCode == "K1" })
        #expect(january.first?.swedishDescription.contains("begränsar") == true)
    }
}
