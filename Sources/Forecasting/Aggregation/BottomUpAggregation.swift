import Foundation

/// Adds forecasts of planning objects up the organisation tree so that every level agrees with the level below.
///
/// Means add exactly (bottom-up), so a clinic's forecast is always the sum of its objects' forecasts. Quantiles
/// of a sum are not sums of quantiles: each object's spread is turned into a standard deviation per period
/// (from its 2.5–97.5 % or 10–90 % interval, or the widest one it has) and the variances are added as if the
/// objects were independent; the aggregate's quantiles are then normal quantiles around the summed mean,
/// truncated at 0. Independence understates the spread when objects move together (shared holidays), which is
/// why the seasonal and holiday effects sit in the means, not in the spread.
public enum BottomUpAggregation {
    /// The sum of `forecasts` (all of the same horizon) at the given quantile levels.
    public static func sum(_ forecasts: [ModelForecast], quantiles: [Double] = StandardQuantiles.levels)
        -> ModelForecast
    {
        let horizon = forecasts.map(\.horizon).min() ?? 0
        var mean = [Double](repeating: 0, count: horizon)
        var variance = [Double](repeating: 0, count: horizon)
        for forecast in forecasts {
            for step in 0..<horizon {
                mean[step] += forecast.mean[step]
                let sd = standardDeviation(forecast, step: step)
                variance[step] += sd * sd
            }
        }
        let paths = quantiles.sorted().map { level in
            QuantilePath(
                level: level,
                values: (0..<horizon).map {
                    max(0, mean[$0] + StandardNormal.quantile(level) * variance[$0].squareRoot())
                })
        }
        return ModelForecast(
            mean: mean, quantiles: paths, model: "Summa av \(forecasts.count) prognoser",
            parameters: ["components": Double(forecasts.count)])
    }

    /// A standard deviation for one period, read off the widest central interval the forecast carries.
    static func standardDeviation(_ forecast: ModelForecast, step: Int) -> Double {
        let sorted = forecast.quantiles.sorted { $0.level < $1.level }
        guard let low = sorted.first, let high = sorted.last, high.level > low.level, step < low.values.count,
            step < high.values.count
        else { return 0 }
        let width = high.values[step] - low.values[step]
        let zWidth = StandardNormal.quantile(high.level) - StandardNormal.quantile(low.level)
        guard zWidth > 0, width.isFinite, width > 0 else { return 0 }
        return width / zWidth
    }
}
