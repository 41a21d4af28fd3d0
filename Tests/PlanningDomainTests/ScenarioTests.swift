import PlanningDomain
import Testing

@Suite("Balancing actions and scenarios")
struct ScenarioTests {
    func close(_ a: Double, _ b: Double, _ tolerance: Double = 1e-6) -> Bool { abs(a - b) <= tolerance }

    /// O1 (E1): 20 visits/week × 30 min LAK; O3 (E1): 10/week × 60 min LAK; O2 (E2): 5 operations × 120 min OP
    /// and 60 min LAK. E1 has 20 h LAK, E2 has 10 h LAK and 12 h OP each week: E1 is 0 h short, E2 has 5 h LAK spare.
    func baseline(weeks: Int = 13) throws -> ScenarioBaseline {
        let grid = BalancingFixtures.grid(weeks: weeks)
        let production = try ProductionNeed(
            grid: grid,
            inflow: [
                BalancingFixtures.constant("O1", 20, weeks: weeks), BalancingFixtures.constant("O3", 10, weeks: weeks),
                BalancingFixtures.constant("O2", 5, weeks: weeks),
            ])
        var use = ResourceUse(grid: grid)
        try use.set(.minutes(30), objectCode: "O1", resourceCode: "LAK", in: grid)
        try use.set(.minutes(60), objectCode: "O3", resourceCode: "LAK", in: grid)
        try use.set(.minutes(120), objectCode: "O2", resourceCode: "OP", in: grid)
        try use.set(.minutes(60), objectCode: "O2", resourceCode: "LAK", in: grid)
        var records: [CapacityRecord] = []
        for week in grid.weeks {
            records.append(CapacityRecord(unitCode: "E1", resourceCode: "LAK", week: week, planned: 22, absence: 2))
            records.append(CapacityRecord(unitCode: "E2", resourceCode: "LAK", week: week, planned: 10, absence: 0))
            records.append(CapacityRecord(unitCode: "E2", resourceCode: "OP", week: week, planned: 12, absence: 2))
        }
        return ScenarioBaseline(
            grid: grid, production: production, use: use, available: try AvailableCapacity(grid: grid, records: records)
        )
    }

    func gap(_ outcome: ScenarioOutcome, _ unit: String, _ resource: String, _ number: Int) -> Double {
        outcome.balance.gap(unitCode: unit, resourceCode: resource, week: week(2025, number)) ?? .nan
    }

    @Test func preferenceRanksFollowTheDomainOrder() throws {
        let w = [week(2025, 1)]
        let ranks = [
            BalancingAction(
                name: "a",
                effect: .moveCapacity(
                    resourceCode: "LAK", from: "E2", fromWeek: w[0], to: "E1",
                    toWeek: w[0], amount: 1)),
            try BalancingAction.efficiencyGain(
                name: "b", objectCode: "O1", resourceCode: "LAK", minutesSaved: 1,
                realised: true),
            BalancingAction(
                name: "c", effect: .addCapacity(unitCode: "E1", resourceCode: "LAK", weeks: w, amountPerWeek: 1)),
            BalancingAction(name: "d", effect: .buyCare(objectCode: "O1", weeks: w, volumePerWeek: 1)),
            BalancingAction(name: "e", effect: .postpone(objectCodes: ["O1"], weeks: w, share: 1, byWeeks: 1)),
            BalancingAction(name: "f", effect: .scaleInflow(factor: 1.1, objectCodes: nil)),
        ].map(\.preferenceRank)
        #expect(ranks == [1, 2, 3, 3, 4, nil])
    }

    @Test func unrealisedEfficiencyGainIsRefused() throws {
        #expect(throws: BalancingError.unrealisedGain(name: "Standardiserat flöde")) {
            try BalancingAction.efficiencyGain(
                name: "Standardiserat flöde", objectCode: "O1", resourceCode: "LAK", minutesSaved: 5, realised: false)
        }
        let sneaky = BalancingAction(
            name: "Standardiserat flöde",
            effect: .efficiencyGain(objectCode: "O1", resourceCode: "LAK", minutesSaved: 5, realised: false))
        #expect(throws: BalancingError.unrealisedGain(name: "Standardiserat flöde")) {
            try Scenario(name: "S", actions: [sneaky]).apply(to: try baseline())
        }
    }

    @Test func realisedEfficiencyGainReducesNeedByVolumeTimesMinutes() throws {
        let action = try BalancingAction.efficiencyGain(
            name: "Färre minuter", objectCode: "O1", resourceCode: "LAK", minutesSaved: 6, realised: true)
        let outcome = try Scenario(name: "S", actions: [action]).apply(to: try baseline())
        // 20 visits × 6 minutes = 2 hours less need at E1.
        #expect(close(gap(outcome, "E1", "LAK", 4), 2))
    }

    @Test func movingCapacityBetweenUnitsAndWeeksKeepsTheTotal() throws {
        let base = try Scenario(name: "Bas", actions: []).apply(to: try baseline())
        let move = BalancingAction(
            name: "Läkare från op",
            effect: .moveCapacity(
                resourceCode: "LAK", from: "E2", fromWeek: week(2025, 3),
                to: "E1", toWeek: week(2025, 4), amount: 4))
        let outcome = try Scenario(name: "S", actions: [move]).apply(to: try baseline())
        #expect(close(gap(outcome, "E2", "LAK", 3), gap(base, "E2", "LAK", 3) - 4))
        #expect(close(gap(outcome, "E1", "LAK", 4), gap(base, "E1", "LAK", 4) + 4))
        #expect(
            close(
                gap(outcome, "R", "LAK", 3) + gap(outcome, "R", "LAK", 4),
                gap(base, "R", "LAK", 3) + gap(base, "R", "LAK", 4)))
    }

    @Test func addingCapacityRaisesTheGapInTheGivenWeeksOnly() throws {
        let outcome = try Scenario.oneMoreOperationPerDay(
            unitCode: "E2", resourceCode: "OP", hoursPerOperation: 2, weeks: [week(2025, 5)]
        ).apply(to: try baseline())
        #expect(close(gap(outcome, "E2", "OP", 5), 10))  // 10 h − 10 h need + 5 days × 2 h
        #expect(close(gap(outcome, "E2", "OP", 6), 0))
    }

    @Test func buyingCareReducesOwnNeedButStillTreatsPatients() throws {
        let weeks = (1...10).map { week(2025, $0) }
        let base = try Scenario(name: "Bas", actions: []).apply(to: try baseline())
        let outcome = try Scenario.buyProcedures(total: 20, objectCode: "O2", weeks: weeks).apply(to: try baseline())
        #expect(close(base.production.total - outcome.production.total, 20))
        #expect(close(gap(outcome, "E2", "OP", 2), 4))  // 2 fewer operations × 2 h
        let comparison = try ScenarioComparison(baseline: base, scenario: outcome)
        #expect(close(comparison.deliveredProduction.change, 0))
        // E2 had 5 h of doctors' time spare... but that is E2 itself; E1 has none: no preference warning.
        #expect(outcome.warnings.isEmpty)
    }

    @Test func buyingCareWhileASiblingHasSpareCapacityWarns() throws {
        let outcome = try Scenario.buyProcedures(total: 10, objectCode: "O1", weeks: [week(2025, 2)])
            .apply(to: try baseline())
        // O1 uses LAK at E1; E2 (same department K1) has 5 h of LAK unused in week 2.
        #expect(outcome.warnings.count == 1)
        #expect(outcome.warnings.first?.contains("E2") == true)
        #expect(outcome.warnings.first?.contains("Flytta kapacitet först") == true)
    }

    @Test func postponingMovesNeedLaterWithoutLosingIt() throws {
        let action = BalancingAction(
            name: "Skjut upp O3", effect: .postpone(objectCodes: ["O3"], weeks: [week(2025, 2)], share: 0.5, byWeeks: 3)
        )
        let outcome = try Scenario(name: "S", actions: [action]).apply(to: try baseline())
        let o3 = outcome.production.needSeries(object: 2)
        #expect(o3[1] == 5)
        #expect(o3[4] == 15)
        #expect(outcome.production.total == (try baseline()).production.total)
        #expect(close(gap(outcome, "E1", "LAK", 2), 5))
    }

    @Test func closedWeeksHaveNoCapacity() throws {
        let outcome = try Scenario.closedWeeks([week(2025, 7), week(2025, 8)], unitCodes: ["E2"]).apply(
            to: try baseline())
        #expect(close(gap(outcome, "E2", "OP", 7), -10))
        #expect(close(gap(outcome, "E2", "LAK", 8), -5))
        #expect(close(gap(outcome, "E1", "LAK", 8), 0))
        #expect(close(gap(outcome, "E2", "OP", 9), 0))
    }

    @Test func tenPercentMoreReferralsRaisesNeedByTenPercentAndWorsensTheWaitingList() throws {
        let base = try Scenario(name: "Bas", actions: []).apply(to: try baseline(weeks: 26))
        let more = try Scenario.moreReferrals(percent: 10).apply(to: try baseline(weeks: 26))
        let groups = [
            WaitingListGroup(
                name: "Höftprotes", objectCodes: ["O2"],
                initial: [WaitingCohort(priority: 1, joined: week(2024, 40), count: 20)])
        ]
        let comparison = try ScenarioComparison(baseline: base, scenario: more, waitingLists: groups)
        #expect(more.name == "10 % fler remisser")
        #expect(close(comparison.productionNeed.scenario, comparison.productionNeed.baseline * 1.1, 1e-9))
        let list = try #require(comparison.waitingLists.first)
        #expect(list.waiting.scenario > list.waiting.baseline)
        #expect(list.shareWithinLimit.scenario <= list.shareWithinLimit.baseline)
        let lak = try #require(comparison.resourceGaps.first { $0.resourceCode == "LAK" })
        #expect(lak.shortfall.scenario < lak.shortfall.baseline)
        #expect(close(lak.gap.change, -(20 * 0.5 + 10 + 5) * 0.1 * 26))
    }
}
