import PlanningDomain
import Testing

@Suite struct PlanTotalsTests {
    @Test(arguments: [
        (2025, 10, 52), (2020, 1, 53), (2020, 2, 53), (2026, 1, 53), (2026, 53, 53), (2024, 9, 52), (2025, 1, 52),
        (2026, 10, 53), (2027, 1, 52),
    ])
    func rollingYearHas52Or53WeeksFromTheStartWeek(year: Int, number: Int, expected: Int) {
        #expect(ProductionPlan.rollingYearWeekCount(from: week(year, number)) == expected)
    }

    @Test func rollingYearContainsEveryWeekNumberExactlyOnce() {
        for start in everyWeek(of: 2019...2031) {
            let count = ProductionPlan.rollingYearWeekCount(from: start)
            let numbers = (0..<count).map { start.adding(weeks: $0).week }
            #expect(Set(numbers).count == count)
            #expect(count == (numbers.contains(53) ? 53 : 52))
        }
    }

    @Test func monthlyQuarterlyAndWeeklyTotalsAllAddUpToTheGrandTotal() {
        let plan = PlanFixtures.plan()
        let grand = plan.grandTotal
        #expect(abs(plan.monthlyTotals().values.reduce(0, +) - grand) < 1e-9)
        #expect(abs(plan.quarterlyTotals().values.reduce(0, +) - grand) < 1e-9)
        #expect(abs(plan.weeklyTotals().reduce(0, +) - grand) < 1e-9)
        #expect(abs(plan.monthlyTotals(of: "ORT-OP").values.reduce(0, +) - plan.total(of: "ORT-OP")) < 1e-9)
    }

    @Test func aWeekCountsInTheMonthAndQuarterOfItsThursday() throws {
        var plan = ProductionPlan(scope: "K100", startWeek: week(2025, 13), weekCount: 3)
        // 2025-W14 runs 31 March–6 April; its Thursday is 3 April, so it counts in April and Q2.
        try plan.setVolume(object: "A", week: week(2025, 14), value: 7)
        try plan.setVolume(object: "A", week: week(2025, 13), value: 2)
        #expect(plan.monthlyTotals(of: "A")[YearMonth(year: 2025, month: 4)!] == 7)
        #expect(plan.monthlyTotals(of: "A")[YearMonth(year: 2025, month: 3)!] == 2)
        #expect(plan.quarterlyTotals()[YearQuarter(year: 2025, quarter: 2)!] == 7)
        #expect(plan.total(in: week(2025, 14)) == 7)
        #expect(plan.total(in: week(2025, 20)) == nil)
    }
}
