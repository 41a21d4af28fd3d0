import Forecasting
import Testing

struct AccuracyMetricsTests {
    @Test func maseOfAPerfectForecastIsZero() {
        let training: [Double] = [1, 2, 3, 4, 5, 6]
        #expect(AccuracyMetrics.mase(forecast: [7, 8], actual: [7, 8], training: training, seasonLength: 2) == 0)
    }

    @Test func maseScalesByLagOneNaiveWhenShorterThanTwoSeasons() {
        // Lag-1 MAE of the training series is 1; errors are 2 and 4.
        let mase = AccuracyMetrics.mase(forecast: [9, 12], actual: [7, 8], training: [1, 2, 3, 4], seasonLength: 4)
        #expect(mase == 3)
    }

    @Test func maseScalesBySeasonalNaiveWhenTwoSeasonsExist() {
        // Season 2: y_t − y_{t−2} = 2 for every t, so the scale is 2; the error is 4.
        let training: [Double] = [0, 10, 2, 12, 4, 14]
        #expect(AccuracyMetrics.maseScale(training: training, seasonLength: 2) == 2)
        #expect(AccuracyMetrics.mase(forecast: [10], actual: [6], training: training, seasonLength: 2) == 2)
    }

    @Test func maseFallsBackToLagOneWhenSeasonalErrorIsZero() {
        let training: [Double] = [1, 5, 1, 5, 1, 5]
        #expect(AccuracyMetrics.maseScale(training: training, seasonLength: 2) == 4)
    }

    @Test func maseOfAConstantTrainingSeriesStillHasAScale() {
        #expect(AccuracyMetrics.maseScale(training: [3, 3, 3], seasonLength: 2) == 3)
        #expect(AccuracyMetrics.maseScale(training: [0, 0, 0], seasonLength: 2) == 1)
    }

    @Test func smapeCountsZeroOverZeroAsZero() {
        #expect(AccuracyMetrics.smape(forecast: [0, 0], actual: [0, 0]) == 0)
        // |10 − 0| / (10 + 0) × 200 = 200, and 0/0 = 0: mean 100.
        #expect(AccuracyMetrics.smape(forecast: [10, 0], actual: [0, 0]) == 100)
        // 200 × 2 / 6 for the first point, 0 for the second.
        let value = AccuracyMetrics.smape(forecast: [4, 5], actual: [2, 5])!
        #expect(abs(value - 200.0 / 3 / 2) < 1e-12)
    }

    @Test func biasIsForecastMinusActual() {
        #expect(AccuracyMetrics.bias(forecast: [12, 8], actual: [10, 6]) == 2)
        #expect(AccuracyMetrics.relativeBias(forecast: [12, 8], actual: [10, 6]) == 0.25)
        #expect(AccuracyMetrics.relativeBias(forecast: [1], actual: [0]) == nil)
    }

    @Test func coverageCountsActualsInsideTheInterval() {
        let coverage = AccuracyMetrics.coverage(lower: [0, 5, 5, 5], upper: [10, 6, 6, 6], actual: [10, 4, 7, 5])
        #expect(coverage == 0.5)
    }

    @Test func metricsRejectMismatchedLengths() {
        #expect(AccuracyMetrics.smape(forecast: [1], actual: [1, 2]) == nil)
        #expect(AccuracyMetrics.mase(forecast: [], actual: [], training: [1, 2], seasonLength: 1) == nil)
    }
}
