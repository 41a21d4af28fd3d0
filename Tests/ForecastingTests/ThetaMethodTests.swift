import Foundation
import Testing

@testable import Forecasting

@Suite("Theta method")
struct ThetaMethodTests {
    let levels = StandardQuantiles.levels

    @Test func constantSeriesForecastsTheConstant() throws {
        let forecast = try #require(
            ThetaMethod().forecast(ETSTestData.monthly(Array(repeating: 42, count: 40)), horizon: 6, quantiles: levels))
        #expect(forecast.model == "Theta")
        for value in forecast.mean { #expect(abs(value - 42) < 1e-6) }
    }

    @Test func forecastIsSesPlusHalfTheTrendSlope() throws {
        // Non-seasonal noise with a trend: recompute thetaf's formula from the fitted SES.
        var generator = ETSTestData.Generator(state: 5)
        let y = (0..<80).map { 100 + 0.8 * Double($0) + 3 * generator.normal() }
        let forecast = try #require(ThetaMethod().forecast(ETSTestData.monthly(y), horizon: 12, quantiles: levels))
        #expect(forecast.model == "Theta")
        let ses = try #require(ETSFitter().fit(y, spec: .simple, seasonLength: 1))
        // Least-squares slope by the normal equations, written out independently.
        let n = Double(y.count)
        let sx = (0..<y.count).reduce(0.0) { $0 + Double($1) }
        let sxx = (0..<y.count).reduce(0.0) { $0 + Double($1) * Double($1) }
        let sy = y.reduce(0, +)
        let sxy = y.enumerated().reduce(0.0) { $0 + Double($1.offset) * $1.element }
        let slope = (n * sxy - sx * sy) / (n * sxx - sx * sx)
        #expect(abs(try #require(forecast.parameters["drift"]) - slope / 2) < 1e-9)
        let alpha = ses.alpha
        for h in 1...12 {
            let expected = ses.level + slope / 2 * (Double(h - 1) + (1 - pow(1 - alpha, n)) / alpha)
            #expect(abs(forecast.mean[h - 1] - expected) < 1e-6)
        }
        let upper = try #require(forecast.quantile(0.975))
        let sd = (ses.sigma2 * (1 + 11 * alpha * alpha)).squareRoot()
        #expect(abs(upper[11] - (forecast.mean[11] + 1.959963984540054 * sd)) < 1e-6)
    }

    @Test func seasonalSeriesIsDeseasonalisedAndReseasonalised() throws {
        let series = ETSTestData.seasonalMonthly(count: 96, seed: 12)
        let forecast = try #require(ThetaMethod().forecast(series, horizon: 24, quantiles: levels))
        #expect(forecast.model == "Theta (säsong 12)")
        // The forecast peaks in the pattern's peak month (index 6) and dips in its trough (index 11).
        let year = Array(forecast.mean[0..<12])
        let peak = try #require(year.indices.max { year[$0] < year[$1] })
        let trough = try #require(year.indices.min { year[$0] < year[$1] })
        #expect((96 + peak) % 12 == 6)
        #expect((96 + trough) % 12 == 11)
        #expect(ETSTestData.violation(forecast, horizon: 24, levels: levels) == nil)
    }

    @Test func seasonalityTestFollowsTheM3Rule() {
        let seasonal = (0..<48).map { 10 + 5 * sin(2 * Double.pi * Double($0) / 12) }
        #expect(SeasonalityTest.isSeasonal(seasonal, seasonLength: 12))
        #expect(!SeasonalityTest.isSeasonal(ETSTestData.whiteNoise(count: 48, seed: 6), seasonLength: 12))
        // Too short (n ≤ 2m), constant, or m < 2: never seasonal.
        #expect(!SeasonalityTest.isSeasonal(Array(seasonal.prefix(24)), seasonLength: 12))
        #expect(!SeasonalityTest.isSeasonal(Array(repeating: 4, count: 48), seasonLength: 12))
        #expect(!SeasonalityTest.isSeasonal(seasonal, seasonLength: 1))
    }

    @Test func intervalsWidenAndNest() throws {
        let series = ETSTestData.weekly(ETSTestData.counts(count: 156, seed: 4, level: 20))
        let forecast = try #require(ThetaMethod().forecast(series, horizon: 52, quantiles: levels))
        #expect(ETSTestData.violation(forecast, horizon: 52, levels: levels) == nil)
        let lower = try #require(forecast.quantile(0.1))
        let upper = try #require(forecast.quantile(0.9))
        let upper95 = try #require(forecast.quantile(0.975))
        #expect(upper[51] - lower[51] > upper[0] - lower[0])
        for h in 0..<52 { #expect(upper95[h] >= upper[h]) }
        #expect(ThetaMethod().forecast(series, horizon: 52, quantiles: levels) == forecast)
    }

    @Test func tooShortSeriesGiveNil() {
        #expect(ThetaMethod().forecast(ETSTestData.weekly([1, 2]), horizon: 3, quantiles: levels) == nil)
        #expect(ThetaMethod().forecast(ETSTestData.weekly([1, 2, 4]), horizon: 3, quantiles: levels) != nil)
    }

    @Test func classicalDecompositionRecoversAMultiplicativeFigure() throws {
        let pattern = ETSTestData.monthlyPattern
        let mean = pattern.reduce(0, +) / 12
        let y = (0..<48).map { 50 * pattern[$0 % 12] }
        let decomposition = try #require(ClassicalDecomposition(y, seasonLength: 12, multiplicative: true))
        for k in 0..<12 { #expect(abs(decomposition.figure[k] - pattern[k] / mean) < 1e-9) }
        #expect(ClassicalDecomposition(Array(y.prefix(23)), seasonLength: 12, multiplicative: true) == nil)
    }
}
