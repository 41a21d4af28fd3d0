import PlanningDomain
import Testing

@Suite("Resource-use overrides")
struct ResourceUseOverrideTests {
    func override(
        _ unit: String, _ resource: String, _ value: Double, object: String? = nil, reason: String = "tidsstudie"
    ) -> ResourceUseOverride {
        ResourceUseOverride(
            unitCode: unit, resourceCode: resource, objectCode: object, value: value, setBy: "ada",
            setAt: "2026-11-25T10:00:00Z", reason: reason)
    }

    /// O1 and O3 (unit E1) use LAK; O2 (E2) uses OP; O4 (E3) has no LAK.
    func estimated() throws -> (PlanningGrid, ResourceUse, [ResourceUseSource]) {
        let grid = BalancingFixtures.grid()
        var use = ResourceUse(grid: grid)
        try use.set(.minutes(30), objectCode: "O1", resourceCode: "LAK", in: grid)
        try use.set(.minutes(45), objectCode: "O3", resourceCode: "LAK", in: grid)
        try use.set(.minutes(90), objectCode: "O2", resourceCode: "OP", in: grid)
        let sources = [
            ResourceUseSource(
                unitCode: "E1", resourceCode: "LAK", origin: .history(weeks: 52, rootMeanSquareError: 1.5)),
            ResourceUseSource(unitCode: "E2", resourceCode: "OP", origin: .fallback(reason: "för kort historik")),
        ]
        return (grid, use, sources)
    }

    @Test func aUnitFigureReplacesTheEstimateOfTheObjectsThatUseTheResourceAndIsMarkedManual() throws {
        var (grid, use, sources) = try estimated()
        try use.apply([override("E1", "LAK", 20)], grid: grid, bedOccupancy: 0.85, sources: &sources)
        #expect(use.minutes(object: grid.objectIndex("O1")!, resource: grid.resourceIndex("LAK")!) == 20)
        #expect(use.minutes(object: grid.objectIndex("O3")!, resource: grid.resourceIndex("LAK")!) == 20)
        #expect(use.minutes(object: grid.objectIndex("O2")!, resource: grid.resourceIndex("LAK")!) == 0)
        let source = try #require(sources.first { $0.unitCode == "E1" && $0.resourceCode == "LAK" })
        #expect(source.origin == .manual(by: "ada", at: "2026-11-25T10:00:00Z", reason: "tidsstudie"))
        #expect(source.origin.swedishDescription.contains("manuellt satt av ada"))
        #expect(sources.count == 2)
    }

    @Test func anObjectsOwnFigureWinsOverItsUnitsWhateverTheOrder() throws {
        var (grid, use, sources) = try estimated()
        try use.apply(
            [override("E1", "LAK", 12, object: "O3"), override("E1", "LAK", 20)], grid: grid, bedOccupancy: 0.85,
            sources: &sources)
        #expect(use.minutes(object: grid.objectIndex("O1")!, resource: grid.resourceIndex("LAK")!) == 20)
        #expect(use.minutes(object: grid.objectIndex("O3")!, resource: grid.resourceIndex("LAK")!) == 12)
        #expect(sources.contains { $0.objectCode == "O3" && $0.origin.kind == "manual" })
    }

    @Test func aUnitFigureForAResourceNoObjectUsesGoesToEveryObjectOfTheUnit() throws {
        var (grid, use, sources) = try estimated()
        try use.apply([override("E1", "OP", 15)], grid: grid, bedOccupancy: 0.85, sources: &sources)
        let op = grid.resourceIndex("OP")!
        #expect(use.minutes(object: grid.objectIndex("O1")!, resource: op) == 15)
        #expect(use.minutes(object: grid.objectIndex("O3")!, resource: op) == 15)
        #expect(sources.contains { $0.unitCode == "E1" && $0.resourceCode == "OP" && $0.origin.kind == "manual" })
    }

    @Test func aBedFigureIsALengthOfStayAtTheOccupancyTarget() throws {
        var (grid, use, sources) = try estimated()
        try use.apply([override("E3", "VP", 5)], grid: grid, bedOccupancy: 0.8, sources: &sources)
        let object = grid.objectIndex("O4")!
        let beds = grid.resourceIndex("VP")!
        #expect(use.use(object: object, resource: beds) == .lengthOfStay(days: 5, occupancy: 0.8))
        #expect(abs(use.factor(object: object, resource: beds) - 5 / 7 / 0.8) < 1e-12)
    }

    @Test func badFiguresAreRefusedWithTheirCodes() throws {
        var (grid, use, sources) = try estimated()
        #expect(throws: BalancingError.invalidAmount(name: "E1/LAK", value: -1)) {
            try use.apply([override("E1", "LAK", -1)], grid: grid, bedOccupancy: 0.85, sources: &sources)
        }
        #expect(throws: BalancingError.self) {
            try use.apply([override("E1", "LAK", .infinity)], grid: grid, bedOccupancy: 0.85, sources: &sources)
        }
        #expect(throws: BalancingError.unknownResource("XYZ")) {
            try use.apply([override("E1", "XYZ", 10)], grid: grid, bedOccupancy: 0.85, sources: &sources)
        }
        #expect(throws: BalancingError.unknownObject("O2")) {
            try use.apply([override("E1", "LAK", 10, object: "O2")], grid: grid, bedOccupancy: 0.85, sources: &sources)
        }
    }

    @Test func unitsOutsideThePlanAreSkipped() throws {
        let grid = try PlanningGrid(
            tree: BalancingFixtures.tree(), resources: BalancingFixtures.resources,
            objects: [BalancingFixtures.objects[0]], startWeek: BalancingFixtures.start, weekCount: 4)
        var use = ResourceUse(grid: grid)
        var sources: [ResourceUseSource] = []
        try use.apply(
            [override("E3", "LAK", 10), override("E1", "LAK", 10, object: "O3")], grid: grid,
            bedOccupancy: 0.85, sources: &sources)
        #expect(sources.isEmpty)
        #expect(use.minutes(object: 0, resource: grid.resourceIndex("LAK")!) == 0)
    }

    /// Property: whatever figures are set, each unit's hours need is Σ production × minutes / 60 over its objects.
    @Test func capacityNeedFollowsTheOverriddenMinutes() throws {
        var random = SeededGenerator(seed: 42)
        for _ in 0..<50 {
            var (grid, use, sources) = try estimated()
            let unitMinutes = Double.random(in: 0...120, using: &random)
            let objectMinutes = Double.random(in: 0...120, using: &random)
            let volumes = (0..<2).map { _ in Double.random(in: 0...40, using: &random) }
            try use.apply(
                [override("E1", "LAK", unitMinutes), override("E1", "LAK", objectMinutes, object: "O1")], grid: grid,
                bedOccupancy: 0.85, sources: &sources)
            let production = try ProductionNeed(
                grid: grid,
                inflow: [BalancingFixtures.constant("O1", volumes[0]), BalancingFixtures.constant("O3", volumes[1])])
            let need = CapacityNeed(grid: grid, production: production, use: use)
            let expected = (volumes[0] * objectMinutes + volumes[1] * unitMinutes) / 60
            let actual = try #require(
                need.need(unitCode: "E1", resourceCode: "LAK", week: BalancingFixtures.start, in: grid))
            #expect(abs(actual - expected) < 1e-9)
        }
    }
}
