/// The mean of the last `w` periods as a flat forecast, with `w` chosen from a small set (4, 8, 13, 26 weeks;
/// 3, 6, 12 months) by the in-sample one-step sum of squared errors, all windows scored on the same periods.
///
/// When the series is no longer than the smallest window, the whole series is averaged.
public struct MovingAverageMethod: ForecastMethod {
    /// "moving-average".
    public var id: String { "moving-average" }
    /// Implementation version.
    public var version: String { "1" }

    /// Creates the method.
    public init() {}

    /// The candidate windows for a frequency.
    public static func windows(for frequency: SeriesFrequency) -> [Int] {
        switch frequency {
        case .weekly: [4, 8, 13, 26]
        case .monthly: [3, 6, 12]
        }
    }

    /// Forecasts the chosen window's mean; nil only for an empty series.
    public func forecast(_ series: TimeSeries, horizon: Int, quantiles: [Double]) -> ModelForecast? {
        let values = ForecastSupport.values(of: series)
        let n = values.count
        guard n > 0 else { return nil }
        var prefix = [0.0]
        prefix.reserveCapacity(n + 1)
        for value in values { prefix.append(prefix[prefix.count - 1] + value) }
        let candidates = Self.windows(for: series.frequency).filter { $0 < n }
        guard let longest = candidates.last else {
            return MeanMethod().forecast(series, horizon: horizon, quantiles: quantiles).map {
                var forecast = $0
                forecast.model = "Glidande medelvärde (\(n))"
                forecast.parameters = ["window": Double(n)]
                return forecast
            }
        }
        var best = (window: longest, sse: Double.infinity)
        for window in candidates {
            var sse = 0.0
            for t in longest..<n {
                let error = values[t] - (prefix[t] - prefix[t - window]) / Double(window)
                sse += error * error
            }
            if sse < best.sse { best = (window, sse) }
        }
        let level = (prefix[n] - prefix[n - best.window]) / Double(best.window)
        let sigma = (best.sse / Double(max(1, n - longest))).squareRoot()
        return ForecastSupport.flat(
            value: level, horizon: horizon, levels: quantiles, model: "Glidande medelvärde (\(best.window))",
            parameters: ["window": Double(best.window), "sigma": sigma]
        ) { _ in sigma }
    }
}
