import ForecastPlugin
import Forecasting
import Foundation
import PlanningDomain
import PluginHost
import Testing

/// `Plugins/seasonal-python` passes end to end, through the same seam the backtest uses.
@Suite struct ExamplePluginTests {
    private static func weeklySeries(years: Int, scale: Double) -> TimeSeries {
        let first = ISOWeek(year: 2021, week: 1)!
        let values = (0..<(52 * years)).map { offset -> Double in
            let week = first.adding(weeks: offset).week
            let summer = (27...32).contains(week) ? 0.4 : 1.0
            return (scale * summer * (1 + 0.1 * Double(offset % 5))).rounded()
        }
        return TimeSeries(values: values, frequency: .weekly, start: .week(first))
    }

    @Test func forecastsABatchInOneCallWithProvenance() throws {
        let plugin = try TestPlugins.seasonalPython()
        let method = try PluginForecastMethod(
            plugin: plugin, runner: TestPlugins.runner(allowing: [plugin], deadline: .seconds(30)))
        let batch = [
            Self.weeklySeries(years: 3, scale: 40), Self.weeklySeries(years: 1, scale: 5),
            TimeSeries(values: [0, 0, 0], frequency: .weekly, start: .week(ISOWeek(year: 2024, week: 50)!)),
            TimeSeries(values: [1, 2], frequency: .weekly, start: .index(0)),
        ]
        let forecasts = method.forecast(batch: batch, horizon: 52, quantiles: StandardQuantiles.levels)
        #expect(method.log.failures.isEmpty, "\(method.log.failures.map(\.message))")
        #expect(method.log.provenances.count == 1)
        for forecast in forecasts.prefix(3) {
            let forecast = try #require(forecast)
            #expect(forecast.horizon == 52)
            #expect(forecast.quantiles.map(\.level) == StandardQuantiles.levels)
            #expect(forecast.mean.allSatisfy { $0.isFinite && $0 >= 0 })
        }
        #expect(forecasts[3] == nil)  // no calendar: the plugin does not apply
        // Summer weeks 27–32 of the forecast year are forecast lower than spring.
        let seasonal = try #require(forecasts[0])
        let week14 = ISOWeek.weeks(from: ISOWeek(year: 2024, week: 1)!, to: ISOWeek(year: 2024, week: 14)!)
        let week29 = ISOWeek.weeks(from: ISOWeek(year: 2024, week: 1)!, to: ISOWeek(year: 2024, week: 29)!)
        #expect(seasonal.mean[week29] < seasonal.mean[week14])
        #expect(forecasts[2]?.mean == [Double](repeating: 0, count: 52))

        let provenance = try #require(method.log.provenances.first)
        #expect(provenance.pluginID == "seasonal-python" && provenance.pluginVersion == "1.0.0")
        #expect(provenance.pluginHash == plugin.hash && provenance.inputHash.count == 64)
        #expect(method.id == "plugin:seasonal-python")
    }

    @Test func monthlySeriesAndDescribeWork() throws {
        let plugin = try TestPlugins.seasonalPython()
        let runner = TestPlugins.runner(allowing: [plugin], deadline: .seconds(30))
        let describe = try runner.describe(plugin).get()
        #expect(describe.response.model.id == "seasonal-python" && describe.response.forecasts.isEmpty)
        let method = try PluginForecastMethod(plugin: plugin, runner: runner)
        let months = TimeSeries(
            values: (0..<48).map { Double(100 + ($0 % 12) * 5) }, frequency: .monthly,
            start: .month(YearMonth(year: 2021, month: 1)!))
        let forecast = try #require(method.forecast(months, horizon: 12, quantiles: [0.1, 0.9]))
        #expect(forecast.quantile(0.1)!.count == 12)
    }

    @Test func methodFailureGivesNilsAndIsRecorded() throws {
        let plugin = try TestPlugins.misbehaving("negative")
        let method = try PluginForecastMethod(plugin: plugin, runner: TestPlugins.runner(allowing: [plugin]))
        let series = Self.weeklySeries(years: 1, scale: 10)
        let forecasts = method.forecast(batch: [series, series], horizon: 4, quantiles: [0.5])
        #expect(forecasts.allSatisfy { $0 == nil })
        #expect(method.log.failures.count == 1)
    }

    @Test func methodRefusesAPluginThatIsNotAllowlisted() throws {
        let plugin = try TestPlugins.misbehaving("ok")
        #expect(throws: PluginFailure.self) {
            try PluginForecastMethod(plugin: plugin, runner: PluginRunner(allowlist: .empty))
        }
    }

    @Test func requestCarriesTheSwedishCalendar() throws {
        let builder = PluginRequestBuilder()
        let series = TimeSeries(values: [1, 2], frequency: .weekly, start: .week(ISOWeek(year: 2024, week: 51)!))
        let input = try #require(builder.input(id: "x", series: series, horizon: 2))
        #expect(input.start == "2024-W51")
        // 2024-W52 holds julafton, juldagen and annandag jul; 2025-W01 nyårsafton and nyårsdagen; 2025-W02
        // trettondedag jul.
        #expect(input.calendar.workingDays == [5, 2, 3, 4])
        #expect(input.calendar.lowProduction == [nil, "christmasAndNewYear", "christmasAndNewYear", nil])
    }
}
