import Foundation
import Testing

@testable import Forecasting

@Suite("ETS: fitting and model selection")
struct ETSMethodTests {
    let levels = StandardQuantiles.levels

    @Test func simpleExponentialSmoothingOfAConstantForecastsTheConstant() throws {
        let forecast = try #require(
            ETSMethod.simple.forecast(
                ETSTestData.monthly(Array(repeating: 7, count: 30)), horizon: 6, quantiles: levels))
        #expect(forecast.model == "ETS(A,N,N)")
        for value in forecast.mean { #expect(abs(value - 7) < 1e-6) }
        for path in forecast.quantiles { for value in path.values { #expect(abs(value - 7) < 1e-6) } }
    }

    @Test func holtOnAPerfectLineContinuesTheLine() throws {
        let line = (0..<40).map { 12 + 3 * Double($0) }
        let forecast = try #require(ETSMethod.holt.forecast(ETSTestData.monthly(line), horizon: 10, quantiles: levels))
        #expect(forecast.model == "ETS(A,A,N)")
        for h in 0..<10 { #expect(abs(forecast.mean[h] - (12 + 3 * Double(40 + h))) < 1e-5) }
    }

    @Test func additiveHoltWintersReproducesANoiselessSeasonalPattern() throws {
        let pattern: [Double] = [10, 12, 15, 20, 25, 30, 28, 22, 18, 14, 11, 9]
        let values = (0..<60).map { pattern[$0 % 12] + 0.5 * Double($0) }
        let forecast = try #require(
            ETSMethod.holtWintersAdditive.forecast(ETSTestData.monthly(values), horizon: 24, quantiles: levels))
        #expect(forecast.model == "ETS(A,A,A)")
        for h in 0..<24 { #expect(abs(forecast.mean[h] - (pattern[(60 + h) % 12] + 0.5 * Double(60 + h))) < 1e-5) }
    }

    @Test func multiplicativeHoltWintersReproducesANoiselessMultiplicativePattern() throws {
        let pattern = ETSTestData.monthlyPattern
        let values = (0..<72).map { pattern[$0 % 12] * 100 }
        let forecast = try #require(
            ETSMethod.holtWintersMultiplicative.forecast(ETSTestData.monthly(values), horizon: 12, quantiles: levels))
        #expect(forecast.model == "ETS(M,A,M)")
        for h in 0..<12 { #expect(abs(forecast.mean[h] - pattern[(72 + h) % 12] * 100) < 0.5) }
    }

    @Test func aiccPrefersASeasonalModelOnAStronglySeasonalMonthlySeries() throws {
        let forecast = try #require(
            ETSMethod().forecast(ETSTestData.seasonalMonthly(count: 96, seed: 3), horizon: 12, quantiles: levels))
        #expect(forecast.model.hasSuffix(",A)") || forecast.model.hasSuffix(",M)"))
        #expect(forecast.parameters["gamma"] != nil)
    }

    @Test func aiccPrefersANonSeasonalModelOnWhiteNoise() throws {
        for seed in [1, 2, 3] as [UInt64] {
            let series = ETSTestData.monthly(ETSTestData.whiteNoise(count: 96, seed: seed))
            let forecast = try #require(ETSMethod().forecast(series, horizon: 12, quantiles: levels))
            #expect(forecast.model.hasSuffix(",N)"), "seed \(seed): \(forecast.model)")
        }
    }

    @Test func simpleExponentialSmoothingMatchesAHandWrittenRecursion() throws {
        // Fit, then replay the SES recursion with the fitted α from the fitted initial level implied by the final
        // level: the forecast must equal ℓ_n, and the likelihood must not beat the optimum at nearby α.
        let y = ETSTestData.whiteNoise(count: 60, seed: 11, level: 40, sd: 4)
        let fit = try #require(ETSFitter().fit(y, spec: .simple, seasonLength: 1))
        func sse(alpha: Double) -> Double {
            // Best initial level for this α by a fine grid around the mean is enough to compare optima.
            var best = Double.infinity
            for step in -200...200 {
                var level = 40 + Double(step) * 0.02
                var total = 0.0
                for value in y {
                    total += (value - level) * (value - level)
                    level += alpha * (value - level)
                }
                best = min(best, total)
            }
            return best
        }
        let optimum = sse(alpha: fit.alpha)
        #expect(optimum <= sse(alpha: min(0.9999, fit.alpha + 0.05)) + 1e-6)
        #expect(optimum <= sse(alpha: max(1e-4, fit.alpha - 0.05)) + 1e-6)
        let forecast = try #require(ETSMethod.simple.forecast(ETSTestData.monthly(y), horizon: 3, quantiles: []))
        #expect(abs(forecast.mean[0] - fit.level) < 1e-9)
        #expect(forecast.mean.allSatisfy { abs($0 - forecast.mean[0]) < 1e-12 })
    }

    @Test(arguments: [ETSSpec.holtWintersAdditive, .damped, ETSSpec(error: .additive, trend: .none, season: .additive)])
    func concentratedInitialStatesAreLeastSquaresOptimal(spec: ETSSpec) throws {
        // Replays the fitted model from its initial states with a hand-written error-correction recursion and checks
        // that nudging any initial state only increases the sum of squared errors.
        let y = ETSTestData.seasonalMonthly(count: 72, seed: 31).values
        let fit = try #require(ETSFitter().fit(y, spec: spec, seasonLength: 12))
        func sse(_ states: [Double]) -> (sse: Double, level: Double) {
            var level = states[0]
            var slope = states[1]
            var season = spec.season == .none ? [Double](repeating: 0, count: 12) : Array(states[2...])
            var total = 0.0
            for (t, value) in y.enumerated() {
                let e = value - (level + fit.phi * slope + season[t % 12])
                total += e * e
                let newLevel = level + fit.phi * slope + fit.alpha * e
                slope = fit.phi * slope + fit.beta * e
                season[t % 12] += fit.gamma * e
                level = newLevel
            }
            return (total, level)
        }
        let best = sse(fit.initialStates)
        #expect(abs(best.level - fit.level) < 1e-6 * abs(fit.level))
        for index in fit.initialStates.indices where index != 1 || spec.trend != .none {
            for delta in [-0.5, 0.5] {
                var nudged = fit.initialStates
                nudged[index] += delta
                if spec.season != .none && index >= 2 { nudged[2 + (index - 1) % 12] -= delta }  // keep sum 0
                #expect(sse(nudged).sse >= best.sse - 1e-6 * best.sse, "\(spec) state \(index)")
            }
        }
    }

    @Test func modelStringAndParametersDescribeTheFit() throws {
        let series = ETSTestData.seasonalMonthly(count: 72, seed: 5)
        let forecast = try #require(
            ETSMethod(spec: ETSSpec(error: .additive, trend: .additive, season: .additive, damped: true))
                .forecast(series, horizon: 3, quantiles: levels))
        #expect(forecast.model == "ETS(A,Ad,A)")
        for key in ["alpha", "beta", "gamma", "phi", "sigma", "aicc"] { #expect(forecast.parameters[key] != nil) }
        let phi = try #require(forecast.parameters["phi"])
        #expect(phi >= 0.8 && phi <= 0.98)
        let alpha = try #require(forecast.parameters["alpha"])
        #expect(try #require(forecast.parameters["beta"]) <= alpha)
        #expect(try #require(forecast.parameters["gamma"]) <= 1 - alpha)
        #expect(ETSMethod(spec: .damped).id == "ets-aadn")
        #expect(ETSMethod().id == "ets")
    }

    @Test func multiplicativeModelsAreNeverFittedToSeriesWithZeros() throws {
        var values = ETSTestData.seasonalMonthly(count: 96, seed: 9).values
        values[40] = 0
        let forecast = try #require(ETSMethod().forecast(ETSTestData.monthly(values), horizon: 12, quantiles: levels))
        #expect(forecast.model.hasPrefix("ETS(A,"))
        #expect(!forecast.model.hasSuffix(",M)"))
        #expect(
            ETSMethod.holtWintersMultiplicative.forecast(ETSTestData.monthly(values), horizon: 3, quantiles: []) == nil)
    }

    @Test func shortSeriesGetNilOrASimplerModel() {
        let one = ETSTestData.weekly([5])
        let two = ETSTestData.weekly([5, 6])
        #expect(ETSMethod().forecast(one, horizon: 4, quantiles: levels) == nil)
        #expect(ETSMethod.simple.forecast(two, horizon: 4, quantiles: levels)?.model == "ETS(A,N,N)")
        #expect(ETSMethod().forecast(two, horizon: 4, quantiles: levels)?.model == "ETS(A,N,N)")
        #expect(ETSMethod.holt.forecast(two, horizon: 4, quantiles: levels) == nil)
        #expect(
            ETSMethod.holtWintersAdditive.forecast(
                ETSTestData.monthly(Array(repeating: 3, count: 20)),
                horizon: 4, quantiles: levels) == nil)
    }

    @Test func weeklySeriesOfTwoYearsGetOnlyNonSeasonalCandidates() {
        let method = ETSMethod()
        let twoYears = ETSTestData.whiteNoise(count: 104, seed: 4)
        #expect(method.candidates(for: twoYears, seasonLength: 52).allSatisfy { $0.season == .none })
        // Three years with a summer and a Christmas dip pass the lag-52 test and qualify.
        let seasonal = (0..<156).map { t -> Double in
            let week = t % 52
            return (27...32).contains(week) ? 50 : week >= 50 ? 40 : 100 + 3 * sin(Double(t))
        }
        #expect(method.candidates(for: seasonal, seasonLength: 52).contains { $0.season != .none })
        #expect(method.candidates(for: Array(seasonal.prefix(150)), seasonLength: 52).allSatisfy { $0.season == .none })
    }

    @Test func sameInputGivesTheSameOutput() {
        let series = ETSTestData.seasonalMonthly(count: 80, seed: 21)
        for method in [ETSMethod(), ETSMethod.holtWintersMultiplicative, ETSMethod.damped] {
            let first = method.forecast(series, horizon: 18, quantiles: levels)
            #expect(first != nil)
            #expect(method.forecast(series, horizon: 18, quantiles: levels) == first)
        }
    }
}
