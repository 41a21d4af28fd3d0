import PlanningDomain
import Testing

@Suite struct PlanReshapeAndFloorTests {
    @Test func reshapeKeepsTheObjectTotalExactlyForRandomProfiles() throws {
        var random = SeededGenerator(seed: 42)
        for _ in 0..<500 {
            var plan = PlanFixtures.plan()
            try plan.setVolumes(object: "ORT-OP", values: PlanFixtures.randomRow(count: plan.weekCount, using: &random))
            let before = plan.total(of: "ORT-OP")
            let other = plan.volumes["ORT-NYB"]
            var profile = (0..<plan.weekCount).map { _ in Double.random(in: 0...3, using: &random) }
            profile[Int.random(in: 0..<plan.weekCount, using: &random)] = 0
            try plan.reshape(object: "ORT-OP", profile: profile)
            #expect(plan.total(of: "ORT-OP") == before)
            #expect(plan.volumes["ORT-NYB"] == other)
            #expect(plan.volumes["ORT-OP"]!.allSatisfy { $0 >= 0 && $0.isFinite })
        }
    }

    @Test func reshapeFollowsTheProfileProportionally() throws {
        var plan = PlanFixtures.plan(objects: ["A"]) { _, _ in 10 }
        let total = plan.total(of: "A")
        var profile = Array(repeating: 1.0, count: plan.weekCount)
        profile[0] = 0
        profile[1] = 3
        try plan.reshape(object: "A", profile: profile)
        let row = plan.volumes["A"]!
        #expect(row[0] == 0)
        #expect(abs(row[1] - 3 * row[2]) < 1e-9)
        #expect(abs(row[1] - total * 3 / Double(plan.weekCount + 1)) < 1e-9)
    }

    @Test func reshapeRejectsBadProfilesAndLeavesThePlanUnchanged() {
        var plan = PlanFixtures.plan()
        let original = plan
        let n = plan.weekCount
        #expect(throws: ProductionPlanError.wrongWeekCount(object: "ORT-OP", expected: n, actual: 3)) {
            try plan.reshape(object: "ORT-OP", profile: [1, 2, 3])
        }
        #expect(throws: ProductionPlanError.self) {
            try plan.reshape(object: "ORT-OP", profile: Array(repeating: 0, count: n))
        }
        var negative = Array(repeating: 1.0, count: n)
        negative[5] = -1
        do {
            try plan.reshape(object: "ORT-OP", profile: negative)
            Issue.record("a negative weight was accepted")
        } catch {
            #expect(error.code == "plan.invalid_profile")
            #expect(error.message.contains("vecka 15 (2025-W15)"))
        }
        #expect(throws: ProductionPlanError.unknownObject(object: "X", scope: "K100")) {
            try plan.reshape(object: "X", profile: Array(repeating: 1, count: n))
        }
        #expect(plan == original)
    }

    @Test func floorKeepsTotalsAndLiftsEveryWeekWhenFeasible() throws {
        var random = SeededGenerator(seed: 7)
        for _ in 0..<500 {
            var plan = PlanFixtures.plan()
            try plan.setVolumes(object: "ORT-OP", values: PlanFixtures.randomRow(count: plan.weekCount, using: &random))
            let before = plan.volumes["ORT-OP"]!
            let total = plan.total(of: "ORT-OP")
            let floor = Double.random(in: 0...1, using: &random) * total / Double(plan.weekCount)
            try plan.applyFloor(object: "ORT-OP", minimumPerWeek: floor)
            let after = plan.volumes["ORT-OP"]!
            #expect(plan.total(of: "ORT-OP") == total)
            #expect(after.allSatisfy { $0 >= floor - 1e-9 * max(1, total) })
            for (old, new) in zip(before, after) where old <= floor {
                #expect(new == floor || abs(new - floor) < 1e-9 * max(1, total))
            }
            for (old, new) in zip(before, after) where old > floor {
                #expect(new <= old + 1e-9 * max(1, total))
            }
        }
    }

    @Test func floorTakesTheDifferenceInProportionToTheExcess() throws {
        var plan = ProductionPlan(scope: "K100", startWeek: week(2025, 1), weekCount: 4)
        try plan.setVolumes(object: "A", values: [0, 10, 30, 60])
        try plan.applyFloor(object: "A", minimumPerWeek: 10)
        // deficit 10, taken from excesses 20 and 50 as 10·20/70 and 10·50/70.
        let row = plan.volumes["A"]!
        #expect(row[0] == 10 && row[1] == 10)
        #expect(abs(row[2] - (30 - 10.0 * 20 / 70)) < 1e-12)
        #expect(abs(row[3] - (60 - 10.0 * 50 / 70)) < 1e-12)
        #expect(plan.total(of: "A") == 100)
    }

    @Test func floorReportsInSwedishWhenTheTotalIsTooSmall() throws {
        var plan = ProductionPlan(scope: "K100", startWeek: week(2025, 1), weekCount: 4)
        try plan.setVolumes(object: "A", values: [0, 10, 10, 10])
        let original = plan
        do {
            try plan.applyFloor(object: "A", minimumPerWeek: 8)
            Issue.record("an infeasible floor was accepted")
        } catch {
            #expect(error == .floorExceedsTotal(object: "A", floor: 8, weekCount: 4, total: 30))
            #expect(
                error.message
                    == "Lägsta aktivitet 8 per vecka i 4 veckor kräver 32 för A, men planen har bara 30 totalt. "
                    + "Sänk golvet eller öka planens totala volym.")
        }
        #expect(plan == original)
    }

    @Test func setVolumeRejectsNegativeAndNonFiniteValuesWithASwedishMessage() {
        var plan = PlanFixtures.plan()
        for bad in [-1.0, .infinity, .nan] {
            #expect(throws: ProductionPlanError.self) {
                try plan.setVolume(object: "ORT-OP", week: week(2025, 12), value: bad)
            }
        }
        do {
            try plan.setVolume(object: "ORT-OP", week: week(2025, 12), value: -2.5)
        } catch {
            #expect(error.message.hasPrefix("Planerad volym för ORT-OP vecka 12 (2025-W12) är -2,5;"))
        }
        #expect(
            throws: ProductionPlanError.weekOutsidePlan(week: week(2025, 9), start: week(2025, 10), end: week(2026, 9))
        ) {
            try plan.setVolume(object: "ORT-OP", week: week(2025, 9), value: 1)
        }
        #expect(plan == PlanFixtures.plan())
    }

    @Test func setVolumeAddsANewObjectWithZeroElsewhere() throws {
        var plan = PlanFixtures.plan()
        try plan.setVolume(object: "NEW", week: week(2025, 20), value: 4.5)
        #expect(plan.volume(of: "NEW", in: week(2025, 20)) == 4.5)
        #expect(plan.total(of: "NEW") == 4.5)
        #expect(plan.objectCodes == ["NEW", "ORT-NYB", "ORT-OP"])
    }
}
