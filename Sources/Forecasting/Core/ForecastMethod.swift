/// A forecasting method: built-in models and external plugins alike. Backtests and model selection treat every
/// method the same way.
public protocol ForecastMethod: Sendable {
    /// Stable identifier ("snaive", "ets", "theta", "croston-sba", "swedish-weekly", "plugin:<id>").
    var id: String { get }
    /// Version of the method's implementation, recorded with every forecast.
    var version: String { get }

    /// Fits the method to `series` and forecasts `horizon` periods with the given quantile levels (each in
    /// (0, 1)). Returns nil when the method does not apply (e.g. too short for a seasonal model); never traps.
    func forecast(_ series: TimeSeries, horizon: Int, quantiles: [Double]) -> ModelForecast?

    /// Forecasts many series at once. Built-in methods loop; external plugins batch into one process call.
    func forecast(batch: [TimeSeries], horizon: Int, quantiles: [Double]) -> [ModelForecast?]
}

extension ForecastMethod {
    /// Default: one series at a time.
    public func forecast(batch: [TimeSeries], horizon: Int, quantiles: [Double]) -> [ModelForecast?] {
        batch.map { forecast($0, horizon: horizon, quantiles: quantiles) }
    }
}
