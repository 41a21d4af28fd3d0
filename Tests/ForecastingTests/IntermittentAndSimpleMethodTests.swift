import Forecasting
import PlanningDomain
import Testing

struct IntermittentAndSimpleMethodTests {
    @Test func crostonForecastsAFlatRateNearMeanDemandPerPeriod() throws {
        var random = SelectionTestPRNG(seed: 7)
        let values = (0..<156).map { _ in
            Double.random(in: 0..<1, using: &random) < 0.25 ? Double(Int.random(in: 1...5, using: &random)) : 0
        }
        let series = TimeSeries(values: values, frequency: .weekly, start: .index(0))
        let forecast = try #require(CrostonMethod().forecast(series, horizon: 10, quantiles: StandardQuantiles.levels))
        let meanDemand = values.reduce(0, +) / Double(values.count)
        #expect(Set(forecast.mean).count == 1)
        #expect(abs(forecast.mean[0] - meanDemand) < 0.35 * meanDemand)
        #expect(forecast.quantile(0.025)![0] <= forecast.quantile(0.975)![0])
    }

    @Test func crostonDeclinesSeriesThatAreNotIntermittent() {
        let series = TimeSeries(values: (1...60).map(Double.init), frequency: .weekly, start: .index(0))
        #expect(CrostonMethod().forecast(series, horizon: 4, quantiles: [0.5]) == nil)
    }

    @Test func naiveCarriesTheLastValueWithWideningIntervals() throws {
        let series = TimeSeries(values: [10, 12, 11, 13], frequency: .weekly, start: .index(0))
        let forecast = try #require(NaiveMethod().forecast(series, horizon: 3, quantiles: [0.1, 0.9]))
        #expect(forecast.mean == [13, 13, 13])
        let width = zip(forecast.quantile(0.9)!, forecast.quantile(0.1)!).map { $0 - $1 }
        #expect(width[0] > 0 && width[0] < width[1] && width[1] < width[2])
    }

    @Test func movingAverageChoosesTheLongWindowForWhiteNoise() throws {
        let series = SelectionTestSeries.whiteNoise(count: 156, seed: 3)
        let forecast = try #require(MovingAverageMethod().forecast(series, horizon: 4, quantiles: [0.5]))
        #expect(forecast.parameters["window"] == 26)
    }

    @Test func movingAverageFollowsALevelShift() throws {
        let values = Array(repeating: 10.0, count: 60) + Array(repeating: 50.0, count: 8)
        let series = TimeSeries(values: values, frequency: .weekly, start: .index(0))
        let forecast = try #require(MovingAverageMethod().forecast(series, horizon: 2, quantiles: [0.5]))
        #expect(forecast.mean[0] == 50)
    }

    @Test func meanOfOneValueIsThatValueWithZeroWidth() throws {
        let series = TimeSeries(values: [7], frequency: .monthly, start: .index(0))
        let forecast = try #require(MeanMethod().forecast(series, horizon: 3, quantiles: [0.025, 0.975]))
        #expect(forecast.mean == [7, 7, 7])
        #expect(forecast.quantile(0.025) == [7, 7, 7] && forecast.quantile(0.975) == [7, 7, 7])
    }

    @Test func combinationAveragesItsComponents() throws {
        let series = TimeSeries(values: [2, 4, 6, 8], frequency: .weekly, start: .index(0))
        let combination = CombinationMethod(components: [NaiveMethod(), MeanMethod()])
        let forecast = try #require(combination.forecast(series, horizon: 2, quantiles: [0.5]))
        #expect(forecast.mean == [6.5, 6.5])
        #expect(combination.forecast(batch: [series], horizon: 2, quantiles: [0.5]) == [forecast])
    }
}
