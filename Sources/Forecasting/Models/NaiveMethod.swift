/// The last observation carried forward, with random-walk intervals (σ √h, σ from one-step differences).
public struct NaiveMethod: ForecastMethod {
    /// "naive".
    public var id: String { "naive" }
    /// Implementation version.
    public var version: String { "1" }

    /// Creates the method.
    public init() {}

    /// Forecasts the last value; nil only for an empty series.
    public func forecast(_ series: TimeSeries, horizon: Int, quantiles: [Double]) -> ModelForecast? {
        let values = ForecastSupport.values(of: series)
        guard let last = values.last else { return nil }
        let sigma = ForecastSupport.rootMeanSquare(zip(values.dropFirst(), values).map { $0 - $1 })
        return ForecastSupport.flat(
            value: last, horizon: horizon, levels: quantiles, model: "Naiv", parameters: ["last": last]
        ) { step in sigma * Double(step).squareRoot() }
    }
}
