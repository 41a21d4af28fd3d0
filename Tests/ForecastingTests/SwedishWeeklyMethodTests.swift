import Forecasting
import PlanningDomain
import Testing

struct SwedishWeeklyMethodTests {
    private let first = ISOWeek(year: 2019, week: 1)!

    /// 156 weeks of training (2019-W01 … 2021-W51) and the following 52 weeks as holdout.
    private func split(seed: UInt64) -> (training: TimeSeries, actual: [Double]) {
        let full = SelectionTestSeries.calendarDriven(from: first, count: 208, seed: seed)
        return (full.prefix(156), Array(full.values[156...]))
    }

    private func meanAbsoluteError(_ forecast: [Double], _ actual: [Double]) -> Double {
        zip(forecast, actual).reduce(0) { $0 + abs($1.0 - $1.1) } / Double(actual.count)
    }

    @Test func beatsSeasonalNaiveWhenDipsFollowTheCalendar() throws {
        for seed: UInt64 in [1, 2, 3] {
            let (training, actual) = split(seed: seed)
            let swedish = try #require(SwedishWeeklyMethod().forecast(training, horizon: 52, quantiles: [0.5]))
            let naive = try #require(SeasonalNaiveMethod().forecast(training, horizon: 52, quantiles: [0.5]))
            #expect(meanAbsoluteError(swedish.mean, actual) < 0.8 * meanAbsoluteError(naive.mean, actual))
        }
    }

    @Test func forecastDipsInTheFutureEasterWeekAndTheSummerWeeks() throws {
        let (training, _) = split(seed: 11)
        let forecast = try #require(SwedishWeeklyMethod().forecast(training, horizon: 52, quantiles: [0.5]))
        func value(_ week: Int) -> Double {
            let offset = ISOWeek.weeks(from: training.week(at: 156)!, to: ISOWeek(year: 2022, week: week)!)
            return forecast.mean[offset]
        }
        // Easter 2022 is 17 April (week 15); in the training years it fell in weeks 16, 15 and 13.
        let easter = ISOWeek(containing: SwedishCalendar.easterSunday(year: 2022)).week
        #expect(easter == 15)
        let around = [easter - 3, easter - 2, easter + 2, easter + 3].map(value)
        #expect(value(easter) < 0.85 * around.min()!)
        // Week 13 held Easter in 2021 but is a normal week in 2022.
        #expect(value(13) > 0.9 * around.min()!)
        let spring = (20...24).map(value).reduce(0, +) / 5
        for week in 28...31 { #expect(value(week) < 0.7 * spring) }
    }

    @Test func reportsTheFittedCalendarEffects() throws {
        let (training, _) = split(seed: 5)
        let forecast = try #require(SwedishWeeklyMethod().forecast(training, horizon: 4, quantiles: [0.5]))
        #expect((forecast.parameters["lowProduction.summer"] ?? 0) < 0)
        #expect((forecast.parameters["workingDays"] ?? 0) > 0)
    }

    @Test func intervalsAreOrderedAndCoverTheHoldoutReasonably() throws {
        let (training, actual) = split(seed: 9)
        let forecast = try #require(
            SwedishWeeklyMethod().forecast(training, horizon: 52, quantiles: StandardQuantiles.levels))
        #expect(SelectionTestSeries.violation(forecast, horizon: 52, levels: StandardQuantiles.levels) == nil)
        let coverage = AccuracyMetrics.coverage(
            lower: forecast.quantile(0.025)!, upper: forecast.quantile(0.975)!, actual: actual)!
        #expect(coverage > 0.7)
    }

    @Test func declinesShortMonthlyAndCalendarFreeSeries() {
        let method = SwedishWeeklyMethod()
        let short = SelectionTestSeries.calendarDriven(from: first, count: 55, seed: 1)
        #expect(method.forecast(short, horizon: 4, quantiles: [0.5]) == nil)
        let noCalendar = TimeSeries(values: Array(repeating: 5, count: 120), frequency: .weekly, start: .index(0))
        #expect(method.forecast(noCalendar, horizon: 4, quantiles: [0.5]) == nil)
        let monthly = TimeSeries(
            values: Array(repeating: 5, count: 120), frequency: .monthly,
            start: .month(YearMonth(year: 2015, month: 1)!))
        #expect(method.forecast(monthly, horizon: 4, quantiles: [0.5]) == nil)
    }

    @Test func batchForecastEqualsOneByOne() {
        let method = SwedishWeeklyMethod(
            lowProduction: LowProductionCalendar(rules: [.summer(), .winterBreak(week: 8)]))
        let batch = (0..<3).map {
            SelectionTestSeries.calendarDriven(from: first, count: 100 + 10 * $0, seed: UInt64($0))
        }
        let single = batch.map { method.forecast($0, horizon: 8, quantiles: [0.1, 0.9]) }
        #expect(method.forecast(batch: batch, horizon: 8, quantiles: [0.1, 0.9]) == single)
    }
}
