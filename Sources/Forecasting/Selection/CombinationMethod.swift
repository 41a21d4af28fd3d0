/// The equally weighted mean of several methods' forecasts — combinations are robust, which is why they do
/// well in the M and tourism forecasting competitions.
///
/// The mean path is the mean of the components' means; each quantile path is the mean of the components'
/// paths at that level (quantile averaging keeps the paths ordered). Components that return nil are left
/// out; with none left, the combination returns nil.
public struct CombinationMethod: ForecastMethod {
    /// "combination".
    public var id: String { "combination" }
    /// Implementation version.
    public var version: String { "1" }
    /// The methods combined.
    public var components: [any ForecastMethod]

    /// Creates a combination of `components`.
    public init(components: [any ForecastMethod]) {
        self.components = components
    }

    /// The mean of the components' forecasts.
    public func forecast(_ series: TimeSeries, horizon: Int, quantiles: [Double]) -> ModelForecast? {
        Self.combine(components.map { $0.forecast(series, horizon: horizon, quantiles: quantiles) })
    }

    /// Batches each component, then combines series by series.
    public func forecast(batch: [TimeSeries], horizon: Int, quantiles: [Double]) -> [ModelForecast?] {
        let perComponent = components.map { $0.forecast(batch: batch, horizon: horizon, quantiles: quantiles) }
        return batch.indices.map { index in Self.combine(perComponent.map { $0.count > index ? $0[index] : nil }) }
    }

    /// Combines already computed component forecasts (nil entries are skipped).
    static func combine(_ forecasts: [ModelForecast?]) -> ModelForecast? {
        let present = forecasts.compactMap { $0 }
        guard let first = present.first else { return nil }
        let horizon = present.map(\.horizon).min() ?? 0
        let count = Double(present.count)
        let mean = (0..<horizon).map { step in present.reduce(0) { $0 + $1.mean[step] } / count }
        // Only levels every component produced can be averaged.
        let levels = first.quantiles.map(\.level).filter { level in present.allSatisfy { $0.quantile(level) != nil } }
        let paths = levels.map { level in
            let members = present.compactMap { $0.quantile(level) }
            let values = (0..<horizon).map { step in
                members.reduce(0) { $0 + (step < $1.count ? $1[step] : 0) } / count
            }
            return QuantilePath(level: level, values: values)
        }
        let model = "Kombination (" + present.map(\.model).joined(separator: ", ") + ")"
        return ForecastSupport.finalize(
            ModelForecast(mean: mean, quantiles: paths, model: model, parameters: ["members": count]))
    }
}
