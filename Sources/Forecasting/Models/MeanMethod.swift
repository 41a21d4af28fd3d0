/// The mean of the whole series as a flat forecast, with normal intervals from the sample standard deviation.
///
/// The fallback of last resort in ``AutoForecaster``: it applies to every series of length ≥ 1, gives a
/// series of one value back flat with a zero-width interval, and an all-zero series back as zeros.
public struct MeanMethod: ForecastMethod {
    /// "mean".
    public var id: String { "mean" }
    /// Implementation version.
    public var version: String { "1" }

    /// Creates the method.
    public init() {}

    /// Forecasts the series mean; nil only for an empty series.
    public func forecast(_ series: TimeSeries, horizon: Int, quantiles: [Double]) -> ModelForecast? {
        let values = ForecastSupport.values(of: series)
        guard !values.isEmpty else { return nil }
        let mean = ForecastSupport.mean(values)
        let n = Double(values.count)
        let variance = values.count > 1 ? values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / (n - 1) : 0
        // Forecast error variance of a sample mean: σ² (1 + 1/n).
        let sd = (variance * (1 + 1 / n)).squareRoot()
        return ForecastSupport.flat(
            value: mean, horizon: horizon, levels: quantiles, model: "Medelvärde", parameters: ["mean": mean]
        ) { _ in sd }
    }
}
