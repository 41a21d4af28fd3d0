import PlanningDomain
import Testing

@Suite struct ObjectFollowUpTests {
    private let calendar = LowProductionCalendar.standard

    @Test func deviationIsOutcomeMinusPlanAbsoluteAndRelative() throws {
        let plan = FollowUpFixtures.flatPlan(from: week(2025, 10), weeks: 4, volume: 10)
        let outcomes = [WeeklyCount(planningObjectCode: "O1", week: week(2025, 11), count: 8)]
        let followUp = try ObjectFollowUp.production(
            plans: [plan], outcomes: outcomes, objects: FollowUpFixtures.objects, tree: FollowUpFixtures.tree,
            calendar: calendar, from: week(2025, 10), through: week(2025, 13))
        let cell = try followUp.figures(for: .object("O1"), in: .week(week(2025, 11))).all
        #expect(cell == PlannedActual(planned: 10, actual: 8))
        #expect(cell.deviation == -2)
        #expect(cell.relativeDeviation == -0.2)
        #expect(cell.attainment == 0.8)
        // A planned week without outcome counts as nothing produced.
        #expect(try followUp.figures(for: .object("O1"), in: .week(week(2025, 12))).all.actual == 0)
        // E1 has O1 and O2: 2 × 4 × 10 planned, 8 produced.
        let unit = try followUp.figures(for: .unit("E1"), in: .yearToDate(through: week(2025, 13))).all
        #expect(unit == PlannedActual(planned: 80, actual: 8))
        #expect(PlannedActual(planned: 0, actual: 3).relativeDeviation == nil)
    }

    @Test func weeksGoToTheMonthOfTheirThursday() throws {
        // 2025-W05 runs 27 Jan–2 Feb (Thursday 30 Jan: January); W06 starts 3 Feb; W14 runs 31 Mar–6 Apr (April).
        let plan = FollowUpFixtures.flatPlan(from: week(2025, 1), weeks: 20, volume: 1)
        let followUp = try ObjectFollowUp.production(
            plans: [plan], outcomes: [], objects: FollowUpFixtures.objects, tree: FollowUpFixtures.tree,
            calendar: calendar, from: week(2025, 1), through: week(2025, 20))
        let january = try followUp.figures(for: .object("O1"), in: .month(YearMonth(year: 2025, month: 1)!))
        let march = try followUp.figures(for: .object("O1"), in: .month(YearMonth(year: 2025, month: 3)!))
        #expect(january.all.planned == 5)  // W01–W05
        #expect(march.all.planned == 4)  // W10–W13
        #expect(FollowUpPeriod.month(YearMonth(year: 2025, month: 4)!).contains(week(2025, 14)))
    }

    @Test func totalsAreConservedAcrossObjectsWeeksLevelsAndMonths() throws {
        var generator = SeededGenerator(seed: 5)
        for _ in 0..<40 {
            let start = week(Int.random(in: 2023...2026, using: &generator), Int.random(in: 1...52, using: &generator))
            let weekCount = Int.random(in: 1...70, using: &generator)
            var plan = ProductionPlan(scope: "R", startWeek: start, weekCount: weekCount)
            var outcomes: [WeeklyCount] = []
            var expectedPlanned = 0.0
            var expectedActual = 0.0
            for object in FollowUpFixtures.objects where Bool.random(using: &generator) || object.code == "O1" {
                let values = (0..<weekCount).map { _ in Double(Int.random(in: 0...40, using: &generator)) / 4 }
                try plan.setVolumes(object: object.code, values: values)
                expectedPlanned += values.reduce(0, +)
            }
            for offset in 0..<weekCount {
                for object in FollowUpFixtures.objects where Int.random(in: 0..<3, using: &generator) > 0 {
                    let count = Int.random(in: 0...30, using: &generator)
                    outcomes.append(
                        WeeklyCount(planningObjectCode: object.code, week: start.adding(weeks: offset), count: count))
                    expectedActual += Double(count)
                }
            }
            let followUp = try ObjectFollowUp.production(
                plans: [plan], outcomes: outcomes, objects: FollowUpFixtures.objects, tree: FollowUpFixtures.tree,
                calendar: calendar, from: start, through: plan.endWeek)
            let months = Set(plan.weeks.map(\.month))
            let region = months.map { try! followUp.figures(for: .unit("R"), in: .month($0)) }
            let regionTotal = region.reduce(PlannedActual.zero) { $0 + $1.all }
            #expect(abs(regionTotal.planned - expectedPlanned) < 1e-6)
            #expect(abs(regionTotal.actual - expectedActual) < 1e-6)
            for level in OrganisationLevel.allCases {
                let levelTotal = months.flatMap { followUp.rows(at: level, in: .month($0)) }
                    .reduce(PlannedActual.zero) { $0 + $1.figures.all }
                // Every object sits under exactly one unit per level, except O5 (on K2) at the enhet level.
                let outside =
                    level == .unit
                    ? months.reduce(PlannedActual.zero) {
                        $0 + (try! followUp.figures(for: .object("O5"), in: .month($1)).all)
                    } : .zero
                #expect(abs(levelTotal.planned + outside.planned - expectedPlanned) < 1e-6)
                #expect(abs(levelTotal.actual + outside.actual - expectedActual) < 1e-6)
            }
            for split in region {
                #expect(abs(split.normalWeeks.planned + split.lowProductionWeeks.planned - split.all.planned) < 1e-9)
                #expect(abs(split.normalWeeks.actual + split.lowProductionWeeks.actual - split.all.actual) < 1e-9)
            }
            let weekly = try followUp.weekly(for: .unit("R")).reduce(PlannedActual.zero) { $0 + $1.figures }
            #expect(abs(weekly.planned - expectedPlanned) < 1e-6 && abs(weekly.actual - expectedActual) < 1e-6)
        }
    }

    @Test func lowProductionWeeksAreKeptApart() throws {
        // Weeks 24–35 of 2025; the standard calendar makes weeks 27–32 summer weeks.
        let plan = FollowUpFixtures.flatPlan(from: week(2025, 24), weeks: 12, volume: 10)
        let outcomes = (24...35).map { number in
            WeeklyCount(planningObjectCode: "O4", week: week(2025, number), count: (27...32).contains(number) ? 2 : 9)
        }
        let followUp = try ObjectFollowUp.production(
            plans: [plan], outcomes: outcomes, objects: FollowUpFixtures.objects, tree: FollowUpFixtures.tree,
            calendar: calendar, from: week(2025, 24), through: week(2025, 35))
        let split = try followUp.figures(for: .unit("E3"), in: .yearToDate(through: week(2025, 35)))
        #expect(split.lowProductionWeekCount == 6 && split.normalWeekCount == 6)
        #expect(split.lowProductionWeeks == PlannedActual(planned: 60, actual: 12))
        #expect(split.normalWeeks == PlannedActual(planned: 60, actual: 54))
        #expect(split.all == PlannedActual(planned: 120, actual: 66))
        #expect(split.figures(for: .lowProduction) == split.lowProductionWeeks)
    }

    @Test func outcomesOutsideTheWindowAreIgnored() throws {
        let plan = FollowUpFixtures.flatPlan(from: week(2025, 10), weeks: 10, volume: 5)
        let outcomes = [
            WeeklyCount(planningObjectCode: "O3", week: week(2025, 9), count: 100),
            WeeklyCount(planningObjectCode: "O3", week: week(2025, 12), count: 4),
        ]
        let followUp = try ObjectFollowUp.production(
            plans: [plan], outcomes: outcomes, objects: FollowUpFixtures.objects, tree: FollowUpFixtures.tree,
            calendar: calendar, from: week(2025, 10), through: week(2025, 12))
        let total = try followUp.figures(for: .object("O3"), in: .yearToDate(through: week(2025, 52))).all
        #expect(total == PlannedActual(planned: 15, actual: 4))
    }

    @Test func furthestBehindRanksByRelativeShortfall() throws {
        let plan = FollowUpFixtures.flatPlan(from: week(2025, 10), weeks: 1, volume: 10)
        let produced = ["O1": 9, "O2": 2, "O3": 5, "O4": 12, "O5": 5]
        let outcomes = produced.map { WeeklyCount(planningObjectCode: $0.key, week: week(2025, 10), count: $0.value) }
        let followUp = try ObjectFollowUp.production(
            plans: [plan], outcomes: outcomes, objects: FollowUpFixtures.objects, tree: FollowUpFixtures.tree,
            calendar: calendar, from: week(2025, 10), through: week(2025, 10))
        let worst = try followUp.furthestBehind(under: "R", in: .week(week(2025, 10)), count: 3)
        #expect(worst.map(\.scope.code) == ["O2", "O3", "O5"])
        #expect(try followUp.furthestBehind(under: "E3", in: .week(week(2025, 10)), count: 3).isEmpty)
    }

    @Test func inconsistentInputIsRefusedWithTheCode() throws {
        let plan = FollowUpFixtures.flatPlan(from: week(2025, 10), weeks: 4, volume: 1)
        #expect(throws: FollowUpError.overlappingPlans(object: "O1", week: week(2025, 10), scopes: ["R", "R"])) {
            try ObjectFollowUp.production(
                plans: [plan, plan], outcomes: [], objects: FollowUpFixtures.objects, tree: FollowUpFixtures.tree,
                calendar: calendar, from: week(2025, 10), through: week(2025, 13))
        }
        #expect(throws: FollowUpError.unknownObject(code: "X9", source: "uppföljningen")) {
            try ObjectFollowUp.production(
                plans: [], outcomes: [WeeklyCount(planningObjectCode: "X9", week: week(2025, 10), count: 1)],
                objects: FollowUpFixtures.objects, tree: FollowUpFixtures.tree, calendar: calendar,
                from: week(2025, 10), through: week(2025, 13))
        }
        #expect(throws: FollowUpError.emptyWindow(from: week(2025, 10), through: week(2025, 9))) {
            try PlannedActualSeries<String>(aggregation: .flow, from: week(2025, 10), through: week(2025, 9))
        }
        let followUp = try ObjectFollowUp.production(
            plans: [plan], outcomes: [], objects: FollowUpFixtures.objects, tree: FollowUpFixtures.tree,
            calendar: calendar, from: week(2025, 10), through: week(2025, 13))
        #expect(throws: FollowUpError.unknownScope("K9")) {
            try followUp.figures(for: .unit("K9"), in: .week(week(2025, 10)))
        }
        #expect(FollowUpError.unknownScope("K9").message.contains("K9"))
    }
}
