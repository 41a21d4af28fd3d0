import Foundation
import Testing

@testable import Forecasting

@Suite("ETS: prediction intervals")
struct ETSIntervalTests {
    let levels = StandardQuantiles.levels

    static let specs: [ETSSpec] = [
        .simple, .holt, .damped, .holtWintersAdditive, .holtWintersMultiplicative,
        ETSSpec(error: .multiplicative, trend: .none, season: .none),
        ETSSpec(error: .multiplicative, trend: .additive, season: .additive, damped: true),
        ETSSpec(error: .multiplicative, trend: .none, season: .multiplicative),
    ]

    @Test(arguments: specs)
    func intervalsWidenWithHorizonAndNest(spec: ETSSpec) throws {
        let series = ETSTestData.seasonalMonthly(count: 84, seed: 17)
        let forecast = try #require(ETSMethod(spec: spec).forecast(series, horizon: 24, quantiles: levels))
        #expect(ETSTestData.violation(forecast, horizon: 24, levels: levels) == nil)
        let lower95 = try #require(forecast.quantile(0.025))
        let lower80 = try #require(forecast.quantile(0.1))
        let upper80 = try #require(forecast.quantile(0.9))
        let upper95 = try #require(forecast.quantile(0.975))
        for h in 0..<24 {
            #expect(upper95[h] - lower95[h] > upper80[h] - lower80[h])
        }
        // Compare the second year with the first so seasonal amplitude (and simulation noise) cannot mask the
        // widening.
        let firstYear = (0..<12).reduce(0.0) { $0 + upper95[$1] - lower95[$1] }
        let secondYear = (12..<24).reduce(0.0) { $0 + upper95[$1] - lower95[$1] }
        #expect(secondYear > firstYear, "\(spec)")
    }

    @Test func sesIntervalsMatchTheClosedFormVariance() throws {
        let y = ETSTestData.whiteNoise(count: 120, seed: 8, level: 500, sd: 20)
        let fit = try #require(ETSFitter().fit(y, spec: .simple, seasonLength: 1))
        let forecast = try #require(ETSMethod.simple.forecast(ETSTestData.monthly(y), horizon: 10, quantiles: [0.975]))
        let upper = try #require(forecast.quantile(0.975))
        for h in 1...10 {
            let sd = (fit.sigma2 * (1 + Double(h - 1) * fit.alpha * fit.alpha)).squareRoot()
            #expect(abs(upper[h - 1] - (fit.level + 1.959963984540054 * sd)) < 1e-6)
        }
    }

    @Test func dampedClass1VarianceFollowsHyndmansFormula() throws {
        let fit = ETSFit(
            spec: .damped, seasonLength: 1, alpha: 0.3, beta: 0.1, gamma: 0, phi: 0.9, level: 100, slope: 1,
            seasonal: [0], count: 50, sigma2: 4, minusTwoLogLikelihood: 0, parameterCount: 6, aicc: 0)
        let variances = try #require(fit.analyticVariances(horizon: 4, mean: fit.pointForecasts(horizon: 4)))
        // c_1 = 0.3 + 0.1·0.9, c_2 = 0.3 + 0.1·(0.9 + 0.81), c_3 = 0.3 + 0.1·(0.9 + 0.81 + 0.729).
        let c = [0.39, 0.471, 0.5439]
        #expect(abs(variances[0] - 4) < 1e-12)
        #expect(abs(variances[1] - 4 * (1 + c[0] * c[0])) < 1e-12)
        #expect(abs(variances[3] - 4 * (1 + c[0] * c[0] + c[1] * c[1] + c[2] * c[2])) < 1e-12)
        let mean = fit.pointForecasts(horizon: 2)
        #expect(abs(mean[0] - 100.9) < 1e-12)
        #expect(abs(mean[1] - 101.71) < 1e-12)
    }

    @Test func multiplicativeErrorVarianceUsesTheClass2Recursion() throws {
        // ETS(M,N,N): θ_1 = μ², θ_2 = μ² + σ²α²θ_1, v_h = (1 + σ²)θ_h − μ².
        let fit = ETSFit(
            spec: ETSSpec(error: .multiplicative, trend: .none, season: .none), seasonLength: 1, alpha: 0.5, beta: 0,
            gamma: 0, phi: 1, level: 10, slope: 0, seasonal: [0], count: 50, sigma2: 0.01,
            minusTwoLogLikelihood: 0, parameterCount: 3, aicc: 0)
        let variances = try #require(fit.analyticVariances(horizon: 2, mean: [10, 10]))
        #expect(abs(variances[0] - 1) < 1e-12)
        let theta2 = 100 + 0.01 * 0.25 * 100
        #expect(abs(variances[1] - (1.01 * theta2 - 100)) < 1e-12)
    }

    @Test func quantilesAreNonNegativeForLowCounts() throws {
        let series = ETSTestData.weekly(ETSTestData.counts(count: 100, seed: 2, level: 1.5))
        for method in [ETSMethod(), ETSMethod.holt, ETSMethod.damped] {
            let forecast = try #require(method.forecast(series, horizon: 52, quantiles: levels))
            #expect(ETSTestData.violation(forecast, horizon: 52, levels: levels) == nil)
            #expect(try #require(forecast.quantile(0.025)).contains(0))
        }
    }

    @Test func arbitraryLevelsAreSortedAndInvalidOnesDropped() throws {
        let series = ETSTestData.seasonalMonthly(count: 60, seed: 1)
        let forecast = try #require(
            ETSMethod.holtWintersMultiplicative.forecast(series, horizon: 5, quantiles: [0.99, 0.3, 1.5, 0, 0.3, 0.01]))
        #expect(forecast.quantiles.map(\.level) == [0.01, 0.3, 0.99])
    }
}
