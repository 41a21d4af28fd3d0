import Testing

@testable import Forecasting

@Suite("ETS and Theta: any series gives a sound answer or nil")
struct ETSPropertyTests {
    let levels = StandardQuantiles.levels

    /// A mix of shapes per length: noise, counts with zeros, all zeros, constants, a spike, a ramp.
    static func shapes(length: Int, seed: UInt64) -> [[Double]] {
        var generator = ETSTestData.Generator(state: seed)
        let spiky = (0..<length).map { $0 == length / 2 ? 1e6 : 1 }
        return [
            (0..<length).map { _ in 50 + 10 * generator.normal() },
            ETSTestData.counts(count: length, seed: seed, level: 0.4),
            Array(repeating: 0, count: length),
            Array(repeating: 3, count: length),
            spiky,
            (0..<length).map { Double($0) * 2.5 },
        ]
    }

    @Test func weeklySeriesOfEveryLengthNeverTrapOrProduceNaN() {
        let methods: [any ForecastMethod] = [ETSMethod(), ETSMethod.damped, ThetaMethod()]
        // Every length up to 60, then a spread up to 200 (156+ reaches the weekly seasonal candidates).
        for length in Array(1...60) + Array(stride(from: 61, through: 200, by: 11)) + [156, 157] {
            for values in Self.shapes(length: length, seed: UInt64(length)) {
                let series = ETSTestData.weekly(values)
                for method in methods {
                    guard let forecast = method.forecast(series, horizon: 8, quantiles: levels) else {
                        #expect(length < 4, "\(method.id) gave nil for length \(length)")
                        continue
                    }
                    let problem = ETSTestData.violation(forecast, horizon: 8, levels: levels)
                    #expect(problem == nil, "\(method.id), length \(length): \(problem ?? "")")
                }
            }
        }
    }

    @Test func monthlySeriesOfManyLengthsNeverTrapOrProduceNaN() {
        let methods: [any ForecastMethod] = [ETSMethod(), ETSMethod.holtWintersMultiplicative, ThetaMethod()]
        for length in stride(from: 1, through: 200, by: 9) {
            for values in Self.shapes(length: length, seed: UInt64(1_000 + length)) {
                let series = ETSTestData.monthly(values)
                for method in methods {
                    guard let forecast = method.forecast(series, horizon: 13, quantiles: levels) else { continue }
                    let problem = ETSTestData.violation(forecast, horizon: 13, levels: levels)
                    #expect(problem == nil, "\(method.id), length \(length): \(problem ?? "")")
                }
            }
        }
    }

    @Test func zeroAndNegativeHorizonsGiveEmptyPaths() throws {
        let series = ETSTestData.weekly(ETSTestData.whiteNoise(count: 30, seed: 3))
        for method in [ETSMethod(), ETSMethod.holtWintersAdditive] as [any ForecastMethod] + [ThetaMethod()] {
            if let forecast = method.forecast(series, horizon: 0, quantiles: levels) {
                #expect(forecast.mean.isEmpty)
                #expect(forecast.quantiles.allSatisfy { $0.values.isEmpty })
            }
        }
        #expect(try #require(ETSMethod().forecast(series, horizon: -3, quantiles: levels)).mean.isEmpty)
    }

    @Test func nonFiniteInputIsRefused() {
        let series = ETSTestData.weekly([1, 2, .nan, 4, 5, 6])
        #expect(ETSMethod().forecast(series, horizon: 3, quantiles: levels) == nil)
        #expect(ThetaMethod().forecast(series, horizon: 3, quantiles: levels) == nil)
    }
}
