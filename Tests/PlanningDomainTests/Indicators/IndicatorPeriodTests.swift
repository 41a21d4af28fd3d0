import PlanningDomain
import Testing

@Suite("Indicator periods: weeks, and months by the week's Thursday")
struct IndicatorPeriodTests {
    @Test func aWeekStraddlingNewYearBelongsToTheMonthOfItsThursday() {
        // 2025-W01 runs Monday 30 December 2024 to Sunday 5 January 2025; its Thursday is 2 January.
        let january = YearMonth(year: 2025, month: 1)!
        #expect(IndicatorPeriod.month(january).weeks == (1...5).map { week(2025, $0) })
        #expect(week(2025, 1).month == january)
        // December 2024 ends with W52; W01's Monday lies in December but the week is January's.
        #expect(IndicatorPeriod.month(YearMonth(year: 2024, month: 12)!).weeks.last == week(2024, 52))
    }

    @Test func monthlyFlowsAreTheSumOfTheirWeeks() throws {
        var input = IndicatorInput(regionCode: "05", planningObjects: IndicatorFixture.objects)
        var inflow = ObservedWeeklySeries(coveredWeeks: [])
        // 2024-W49 … 2025-W10, one more patient each week.
        for offset in 0..<14 {
            try inflow.add(
                Double(offset + 1), object: "ORT1", week: week(2024, 49).adding(weeks: offset), source: .inflow)
        }
        input.inflow = inflow
        let definition = IndicatorCatalogue.standard.definition(id: "inflow")!
        let result = IndicatorComputer.compute(
            definition, input: input,
            periods: [.month(YearMonth(year: 2025, month: 1)!), .week(week(2025, 1)), .week(week(2024, 52))])
        let values = result.results.filter { $0.key.group == "Ortopedi" }.map { $0.value?.value }
        // Weeks first: 2024-W52 is the 4th week (4 patients), 2025-W01 the 5th (5); January = W01…W05 = 5+…+9.
        #expect(values == [4, 5, 35])
    }

    @Test func onlyWholeMonthsInsideTheRangeAreComputed() {
        // 2024-W52 … 2025-W10: December lacks W49–W51, February (W06–W09) and January (W01–W05) are whole, March
        // (W10–W13) is not.
        let periods = IndicatorComputer.periods(of: .month, in: week(2024, 52)...week(2025, 10))
        #expect(periods == [.month(YearMonth(year: 2025, month: 1)!), .month(YearMonth(year: 2025, month: 2)!)])
        #expect(IndicatorComputer.periods(of: .week, in: week(2024, 52)...week(2025, 2)).count == 3)
        #expect(IndicatorComputer.periods(of: .month, in: week(2025, 6)...week(2025, 8)).isEmpty)
    }

    @Test func periodsOrderWeeksBeforeMonthsAndParseTheirText() {
        let periods: [IndicatorPeriod] = [.month(YearMonth(year: 2025, month: 1)!), .week(week(2025, 7))]
        #expect(periods.sorted().first == .week(week(2025, 7)))
        #expect(IndicatorPeriod.parse("2025-W07") == .week(week(2025, 7)))
        #expect(IndicatorPeriod.parse("2025-03") == .month(YearMonth(year: 2025, month: 3)!))
        #expect(IndicatorPeriod.parse("2025-W54") == nil)
        #expect(IndicatorPeriod.week(week(2026, 53)).samePeriodLastYear == nil)
        #expect(IndicatorPeriod.week(week(2025, 7)).samePeriodLastYear == .week(week(2024, 7)))
        #expect(
            IndicatorPeriod.month(YearMonth(year: 2025, month: 1)!).samePeriodLastYear
                == .month(YearMonth(year: 2024, month: 1)!))
    }
}
