import Forecasting
import Foundation

/// Deterministic test series for the ETS, Theta and optimiser tests.
enum ETSTestData {
    /// A seeded generator with normal draws (SplitMix64 + Box–Muller), independent of the library's own.
    struct Generator {
        var state: UInt64

        mutating func uniform() -> Double {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return (Double((z ^ (z >> 31)) >> 11) + 0.5) / 9_007_199_254_740_992
        }

        mutating func normal() -> Double {
            let u = uniform()
            let v = uniform()
            return (-2 * log(u)).squareRoot() * cos(2 * Double.pi * v)
        }
    }

    static let monthlyPattern: [Double] = [0.7, 0.75, 0.9, 1.0, 1.1, 1.3, 1.45, 1.4, 1.15, 0.95, 0.8, 0.55]

    static func monthly(_ values: [Double]) -> TimeSeries {
        TimeSeries(values: values, frequency: .monthly, start: .index(0))
    }

    static func weekly(_ values: [Double]) -> TimeSeries {
        TimeSeries(values: values, frequency: .weekly, start: .index(0))
    }

    /// Strongly seasonal monthly series: level 200, slow growth, 4 % multiplicative noise.
    static func seasonalMonthly(count: Int, seed: UInt64) -> TimeSeries {
        var generator = Generator(state: seed)
        return monthly(
            (0..<count).map { t in
                (200 + Double(t)) * monthlyPattern[t % 12] * (1 + 0.04 * generator.normal())
            })
    }

    /// Gaussian white noise around `level`.
    static func whiteNoise(count: Int, seed: UInt64, level: Double = 100, sd: Double = 10) -> [Double] {
        var generator = Generator(state: seed)
        return (0..<count).map { _ in level + sd * generator.normal() }
    }

    /// Counts: rounded non-negative noisy values, with zeros when `level` is small.
    static func counts(count: Int, seed: UInt64, level: Double) -> [Double] {
        var generator = Generator(state: seed)
        return (0..<count).map { _ in max(0, (level + level.squareRoot() * 1.5 * generator.normal()).rounded()) }
    }

    /// Describes the first broken contract rule of `forecast`, or nil when it is sound.
    static func violation(_ forecast: ModelForecast, horizon: Int, levels: [Double]) -> String? {
        if forecast.mean.count != horizon { return "mean has \(forecast.mean.count) values, not \(horizon)" }
        if forecast.mean.contains(where: { !$0.isFinite || $0 < 0 }) { return "mean \(forecast.mean)" }
        if forecast.quantiles.map(\.level) != levels.sorted() { return "levels \(forecast.quantiles.map(\.level))" }
        for path in forecast.quantiles {
            if path.values.count != horizon { return "path \(path.level) has \(path.values.count) values" }
            if path.values.contains(where: { !$0.isFinite || $0 < 0 }) { return "path \(path.level): \(path.values)" }
        }
        for step in 0..<horizon {
            let column = forecast.quantiles.map { $0.values[step] }
            if column != column.sorted() { return "step \(step) not ordered: \(column)" }
        }
        if forecast.parameters.values.contains(where: { !$0.isFinite }) { return "parameters \(forecast.parameters)" }
        return nil
    }
}
