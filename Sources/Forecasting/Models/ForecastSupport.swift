import Foundation

/// Shared plumbing for the built-in methods: cleaning inputs and building forecasts whose quantiles are
/// finite, non-negative and non-decreasing in level, whatever the fitted numbers look like.
enum ForecastSupport {
    /// The requested quantile levels that are usable: finite, strictly inside (0, 1), sorted, without duplicates.
    static func levels(_ requested: [Double]) -> [Double] {
        var result: [Double] = []
        for level in requested.filter({ $0.isFinite && $0 > 0 && $0 < 1 }).sorted()
        where result.last.map({ level - $0 > 1e-12 }) ?? true {
            result.append(level)
        }
        return result
    }

    /// The series' values as non-negative finite counts (the `TimeSeries` contract; enforced so no model can
    /// produce NaN from a stray value).
    static func values(of series: TimeSeries) -> [Double] {
        series.values.map { $0.isFinite && $0 > 0 ? $0 : 0 }
    }

    /// A forecast with normal quantiles `mean + z(level) × sd` per period, clamped at zero.
    static func normal(
        mean: [Double], sd: [Double], levels requested: [Double], model: String, parameters: [String: Double]
    ) -> ModelForecast {
        let levels = levels(requested)
        let paths = levels.map { level in
            let z = StandardNormal.quantile(level)
            return QuantilePath(level: level, values: zip(mean, sd).map { $0 + z * $1 })
        }
        return finalize(ModelForecast(mean: mean, quantiles: paths, model: model, parameters: parameters))
    }

    /// A flat forecast of `value` with normal intervals of standard deviation `sd(h)` for step h = 1, 2, ….
    static func flat(
        value: Double, horizon: Int, levels: [Double], model: String, parameters: [String: Double],
        sd: (Int) -> Double
    ) -> ModelForecast {
        let steps = max(0, horizon)
        return normal(
            mean: Array(repeating: value, count: steps), sd: (0..<steps).map { sd($0 + 1) }, levels: levels,
            model: model, parameters: parameters)
    }

    /// Makes any forecast safe to hand out: non-finite numbers become 0 (or the mean), values are clamped at
    /// zero, paths are sorted by level and made non-decreasing in level period by period.
    static func finalize(_ forecast: ModelForecast) -> ModelForecast {
        var result = forecast
        result.mean = forecast.mean.map { $0.isFinite ? max(0, $0) : 0 }
        var paths = forecast.quantiles.filter { $0.level.isFinite }.sorted { $0.level < $1.level }
        for index in paths.indices {
            paths[index].values = (0..<result.mean.count).map { step in
                let values = paths[index].values
                let value = step < values.count ? values[step] : result.mean[step]
                return value.isFinite ? max(0, value) : result.mean[step]
            }
            if index > 0 {
                for step in paths[index].values.indices {
                    paths[index].values[step] = max(paths[index].values[step], paths[index - 1].values[step])
                }
            }
        }
        result.quantiles = paths
        result.parameters = forecast.parameters.filter { $0.value.isFinite }
        return result
    }

    /// Mean of `values`, 0 when empty.
    static func mean(_ values: some Collection<Double>) -> Double {
        values.isEmpty ? 0 : values.reduce(0, +) / Double(values.count)
    }

    /// Root mean square of `errors`, 0 when empty.
    static func rootMeanSquare(_ errors: some Collection<Double>) -> Double {
        errors.isEmpty ? 0 : (errors.reduce(0) { $0 + $1 * $1 } / Double(errors.count)).squareRoot()
    }
}
