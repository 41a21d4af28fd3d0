import Forecasting
import PlanningDomain
import Testing

struct SeasonalNaiveMethodTests {
    /// A series whose value encodes its ISO week: year × 100 + week.
    private func keyed(from first: ISOWeek, count: Int) -> TimeSeries {
        TimeSeries(
            values: (0..<count).map { Double(first.adding(weeks: $0).key) }, frequency: .weekly, start: .week(first))
    }

    @Test func repeatsLastYearsSameISOWeek() throws {
        // 2021-W01 … 2022-W52; the forecast for 2023-Wnn is 2022-Wnn.
        let series = keyed(from: ISOWeek(year: 2021, week: 1)!, count: 104)
        let forecast = try #require(SeasonalNaiveMethod().forecast(series, horizon: 52, quantiles: [0.5]))
        #expect(forecast.mean == (1...52).map { Double(202_200 + $0) })
    }

    @Test func weekFiftyThreeTakesWeekFiftyTwo() throws {
        // History 2019-W01 … 2020-W52; 2020 has 53 weeks, so the first forecast week is 2020-W53.
        let series = keyed(from: ISOWeek(year: 2019, week: 1)!, count: 104)
        #expect(series.week(at: 103) == ISOWeek(year: 2020, week: 52))
        let forecast = try #require(SeasonalNaiveMethod().forecast(series, horizon: 3, quantiles: [0.5]))
        #expect(forecast.mean == [202_052, 202_001, 202_002])
    }

    @Test func yearAfterAFiftyThreeWeekYearUsesWeekNumbersNotLags() throws {
        // History 2020-W01 … 2020-W53; the forecast for 2021-W10 is 2020-W10, although 53 weeks lie between.
        let series = keyed(from: ISOWeek(year: 2020, week: 1)!, count: 53)
        let forecast = try #require(SeasonalNaiveMethod().forecast(series, horizon: 52, quantiles: [0.5]))
        #expect(forecast.mean[9] == 202_010)
        #expect(forecast.mean[51] == 202_052)
    }

    @Test func monthlySeriesRepeatsLastYearsMonth() throws {
        let values = (0..<24).map { Double($0) }
        let series = TimeSeries(values: values, frequency: .monthly, start: .month(YearMonth(year: 2023, month: 1)!))
        let forecast = try #require(SeasonalNaiveMethod().forecast(series, horizon: 14, quantiles: [0.1, 0.9]))
        #expect(forecast.mean == (12..<24).map(Double.init) + [12, 13])
    }

    @Test func shortSeriesFallsBackToNaive() throws {
        let series = TimeSeries(values: [3, 4, 9], frequency: .weekly, start: .index(0))
        let forecast = try #require(SeasonalNaiveMethod().forecast(series, horizon: 4, quantiles: [0.5]))
        #expect(forecast.mean == [9, 9, 9, 9])
    }
}
