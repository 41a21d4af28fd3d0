import Forecasting
import PlanningDomain
import Testing

struct AutoForecasterTests {
    private let simple: [any ForecastMethod] = [NaiveMethod(), SeasonalNaiveMethod(), MovingAverageMethod()]

    @Test func picksTheSeasonalMethodOnASeasonalSeries() {
        var random = SelectionTestPRNG(seed: 4)
        let values = (0..<156).map { t in 100 + 40 * Double((t % 52) / 13) + 3 * random.normal() }
        let series = TimeSeries(values: values, frequency: .weekly, start: .week(ISOWeek(year: 2021, week: 1)!))
        let result = AutoForecaster(methods: simple).run(series, horizon: 52)
        #expect(result.chosenMethod == "snaive")
        #expect(result.note == nil)
        #expect(result.scores.map(\.methodID) == ["naive", "snaive", "moving-average"])
        #expect(result.scores.allSatisfy { $0.origins == 3 })
    }

    @Test func picksAFlatMethodOnWhiteNoise() {
        let series = SelectionTestSeries.whiteNoise(count: 156, seed: 8)
        let result = AutoForecaster(methods: simple).run(series, horizon: 52)
        #expect(result.chosenMethod == "moving-average")
        #expect(Set(result.forecast.mean).count == 1)
    }

    @Test func picksTheSwedishModelWhenDipsFollowTheCalendar() {
        let series = SelectionTestSeries.calendarDriven(from: ISOWeek(year: 2019, week: 1)!, count: 156, seed: 21)
        let methods: [any ForecastMethod] = simple + [SwedishWeeklyMethod()]
        #expect(AutoForecaster(methods: methods).run(series, horizon: 52).chosenMethod == "swedish-weekly")
    }

    @Test func pinnedMethodIsUsedButStillScored() {
        let series = SelectionTestSeries.whiteNoise(count: 156, seed: 8)
        let result = AutoForecaster(methods: simple).run(series, horizon: 12, pinnedMethod: "naive")
        #expect(result.chosenMethod == "naive")
        #expect(result.forecast.mean == Array(repeating: series.values.last!, count: 12))
        #expect(result.scores.count == 3 && result.scores.allSatisfy { $0.mase != nil })
    }

    @Test func unknownPinnedMethodFallsBackToSelectionWithANote() {
        let series = SelectionTestSeries.whiteNoise(count: 156, seed: 8)
        let result = AutoForecaster(methods: simple).run(series, horizon: 12, pinnedMethod: "prophet")
        #expect(result.chosenMethod == "moving-average")
        #expect(result.note?.contains("prophet") == true)
    }

    @Test(arguments: [1, 2, 5, 20])
    func shortSeriesGetAnAnswerWithANote(length: Int) {
        let series = SelectionTestSeries.whiteNoise(count: length, seed: UInt64(length))
        let result = AutoForecaster(methods: BuiltInMethods.candidates(for: .weekly)).run(series, horizon: 52)
        #expect(result.note != nil)
        #expect(SelectionTestSeries.violation(result.forecast, horizon: 52, levels: StandardQuantiles.levels) == nil)
        if length == 1 {
            #expect(result.forecast.mean == Array(repeating: series.values[0], count: 52))
        }
    }

    @Test func tooShortSeriesUsesTheMeanAndSaysSoInSwedish() {
        let series = TimeSeries(values: [4, 6, 5, 7, 3, 5], frequency: .weekly, start: .index(0))
        let result = AutoForecaster(methods: simple).run(series, horizon: 8)
        #expect(result.chosenMethod == "mean")
        #expect(result.forecast.mean == Array(repeating: 5, count: 8))
        #expect(result.note == "För kort serie för backtest (6 veckor): medelvärdet används.")
    }

    @Test func allZeroSeriesForecastsZerosWithZeroWidthIntervals() {
        let series = TimeSeries(values: Array(repeating: 0, count: 80), frequency: .weekly, start: .index(0))
        let result = AutoForecaster(methods: simple).run(series, horizon: 6)
        #expect(result.forecast.mean == Array(repeating: 0, count: 6))
        #expect(result.forecast.quantiles.allSatisfy { $0.values == Array(repeating: 0, count: 6) })
        #expect(result.note != nil)
    }

    @Test func fallsBackToTheMeanWhenNoMethodApplies() {
        let series = SelectionTestSeries.whiteNoise(count: 60, seed: 2)
        let result = AutoForecaster(methods: [SwedishWeeklyMethod()]).run(
            TimeSeries(values: series.values, frequency: .weekly, start: .index(0)), horizon: 4)
        #expect(result.chosenMethod == "mean")
        #expect(result.note != nil)
    }

    @Test func combinationScoresEqualARecomputedCombination() {
        let series = SelectionTestSeries.whiteNoise(count: 120, seed: 5)
        let combination = CombinationMethod(components: [NaiveMethod(), MovingAverageMethod()])
        let reused = AutoForecaster(methods: simple + [combination]).run(series, horizon: 12)
        let alone = AutoForecaster(methods: [combination]).run(series, horizon: 12)
        #expect(reused.scores.last == alone.scores.first)
    }

    @Test func sameInputGivesIdenticalOutput() {
        let batch = (0..<24).map { index in
            SelectionTestSeries.calendarDriven(
                from: ISOWeek(year: 2019, week: 1)!, count: 60 + 7 * index, seed: UInt64(index),
                level: 5 + 10 * Double(index))
        }
        var forecaster = AutoForecaster(methods: BuiltInMethods.candidates(for: .weekly))
        let first = forecaster.run(batch: batch, horizon: 26)
        forecaster.concurrency = 1
        let serial = forecaster.run(batch: batch, horizon: 26)
        let single = batch.map { forecaster.run($0, horizon: 26) }
        for index in batch.indices {
            #expect(first[index].forecast == serial[index].forecast && first[index].forecast == single[index].forecast)
            #expect(first[index].chosenMethod == single[index].chosenMethod)
            #expect(first[index].scores == single[index].scores)
        }
    }
}
