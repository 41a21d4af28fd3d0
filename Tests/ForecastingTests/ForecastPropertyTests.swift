import Forecasting
import PlanningDomain
import Testing

struct ForecastPropertyTests {
    private static let lengths = [1, 2, 3, 7, 13, 30, 55, 56, 60, 104, 130]

    /// Random-shaped series: noise, spikes, intermittent, all zero, constant and trending.
    private static func series(length: Int, seed: UInt64, frequency: SeriesFrequency) -> TimeSeries {
        var random = SelectionTestPRNG(seed: seed)
        let kind = seed % 6
        let values = (0..<length).map { t -> Double in
            switch kind {
            case 0: max(0, 20 + 10 * random.normal())
            case 1: Double.random(in: 0..<1, using: &random) < 0.8 ? 0 : Double.random(in: 1...1e6, using: &random)
            case 2: Double.random(in: 0..<1, using: &random) < 0.6 ? 0 : Double(Int.random(in: 1...3, using: &random))
            case 3: 0
            case 4: 42
            default: max(0, Double(t) * 3 + 5 * random.normal())
            }
        }
        let start: SeriesStart =
            frequency == .weekly
            ? .week(ISOWeek(year: 2018 + Int(seed % 4), week: 1 + Int(seed % 50))!)
            : .month(YearMonth(year: 2015, month: 1 + Int(seed % 12))!)
        return TimeSeries(values: values, frequency: frequency, start: start)
    }

    @Test(arguments: SeriesFrequency.allCases)
    func everyMethodGivesFiniteOrderedNonNegativeQuantiles(frequency: SeriesFrequency) {
        let levels = [0.975, 0.5, 0.01, 0.1, 0.9, 0.025, 0.5]
        let expected = [0.01, 0.025, 0.1, 0.5, 0.9, 0.975]
        let methods: [any ForecastMethod] =
            BuiltInMethods.candidates(for: frequency) + [
                MeanMethod(), NaiveMethod(), MovingAverageMethod(), CrostonMethod(),
            ]
        for length in Self.lengths {
            for seed in UInt64(0)..<12 {
                let series = Self.series(length: length, seed: seed, frequency: frequency)
                for method in methods {
                    guard let forecast = method.forecast(series, horizon: 13, quantiles: levels) else { continue }
                    let problem = SelectionTestSeries.violation(forecast, horizon: 13, levels: expected)
                    #expect(problem == nil, "\(method.id), length \(length), seed \(seed): \(problem ?? "")")
                }
            }
        }
    }

    @Test(arguments: SeriesFrequency.allCases)
    func autoForecasterAlwaysAnswersWithValidQuantiles(frequency: SeriesFrequency) {
        let batch = Self.lengths.flatMap { length in
            (UInt64(0)..<6).map { Self.series(length: length, seed: $0 + UInt64(length), frequency: frequency) }
        }
        let forecaster = AutoForecaster(methods: BuiltInMethods.candidates(for: frequency))
        let results = forecaster.run(batch: batch, horizon: 24)
        #expect(results.count == batch.count)
        for (series, result) in zip(batch, results) {
            let problem = SelectionTestSeries.violation(result.forecast, horizon: 24, levels: StandardQuantiles.levels)
            #expect(problem == nil, "length \(series.count): \(problem ?? "")")
            if series.values.allSatisfy({ $0 == 42 }) {
                #expect(result.forecast.mean.allSatisfy { abs($0 - 42) < 1e-6 })
            }
        }
    }

    @Test func zeroAndNegativeHorizonsGiveEmptyForecasts() {
        let series = SelectionTestSeries.whiteNoise(count: 60, seed: 1)
        let result = AutoForecaster(methods: BuiltInMethods.candidates(for: .weekly)).run(series, horizon: 0)
        #expect(result.forecast.mean.isEmpty)
        #expect(SeasonalNaiveMethod().forecast(series, horizon: -3, quantiles: [0.5])?.mean == [])
    }
}
