import ForecastPlugin
public import Forecasting

/// An allowlisted plugin as a ``ForecastMethod``, so backtests and model selection treat it like a built-in
/// model.
///
/// `forecast(batch:)` makes one process call per batch (per frequency, if a batch mixes them). On any failure
/// every series of that call gets nil (never a partial forecast) and the failure is recorded in ``log``.
/// Series without a calendar start (`.index`), empty series and frequencies the plugin does not support get
/// nil without a call: the method does not apply to them.
public struct PluginForecastMethod: ForecastMethod {
    /// The plugin.
    public let plugin: PluginPackage
    /// Runs it.
    public let runner: PluginRunner
    /// Builds requests with calendar covariates.
    public let requestBuilder: PluginRequestBuilder
    /// Failures and provenance of every call.
    public let log: PluginRunLog

    /// Wraps `plugin`; throws ``PluginFailure/Code/notAllowlisted`` unless the runner's allowlist pins it.
    public init(
        plugin: PluginPackage, runner: PluginRunner, requestBuilder: PluginRequestBuilder = PluginRequestBuilder(),
        log: PluginRunLog = PluginRunLog()
    ) throws(PluginFailure) {
        guard runner.allowlist.allows(pluginID: plugin.manifest.id, hash: plugin.hash) else {
            throw PluginFailure(
                .notAllowlisted, pluginID: plugin.manifest.id,
                message: "Pluginen \"\(plugin.manifest.id)\" finns inte i listan över tillåtna pluginer "
                    + "(SHA-256 \(plugin.hash)).")
        }
        self.plugin = plugin
        self.runner = runner
        self.requestBuilder = requestBuilder
        self.log = log
    }

    /// "plugin:<manifest id>".
    public var id: String { "plugin:\(plugin.manifest.id)" }

    /// The manifest version.
    public var version: String { plugin.manifest.version }

    /// Forecasts one series with one process call.
    public func forecast(_ series: TimeSeries, horizon: Int, quantiles: [Double]) -> ModelForecast? {
        forecast(batch: [series], horizon: horizon, quantiles: quantiles)[0]
    }

    /// Forecasts the batch with one process call per frequency present.
    public func forecast(batch: [TimeSeries], horizon: Int, quantiles: [Double]) -> [ModelForecast?] {
        var results = [ModelForecast?](repeating: nil, count: batch.count)
        let levels = Array(Set(quantiles)).sorted()
        for frequency in SeriesFrequency.allCases {
            let pluginFrequency = PluginRequestBuilder.frequency(frequency)
            guard plugin.manifest.frequencies.contains(pluginFrequency) else { continue }
            var inputs: [(index: Int, input: SeriesInput)] = []
            for (index, series) in batch.enumerated() where series.frequency == frequency && series.count > 0 {
                if let input = requestBuilder.input(id: "s\(index)", series: series, horizon: horizon) {
                    inputs.append((index, input))
                }
            }
            guard !inputs.isEmpty else { continue }
            let request = ForecastRequest(
                command: .forecast, horizon: horizon, quantiles: levels, frequency: pluginFrequency,
                series: inputs.map(\.input))
            switch runner.run(request, with: plugin) {
            case let .failure(failure):
                log.record(failure)
            case let .success(run):
                log.record(run.provenance)
                let byID = Dictionary(
                    run.response.forecasts.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
                for (index, input) in inputs {
                    guard let forecast = byID[input.id] else { continue }
                    results[index] = Self.modelForecast(forecast, levels: levels, model: run.response.model)
                }
            }
        }
        return results
    }

    static func modelForecast(_ forecast: SeriesForecast, levels: [Double], model: PluginModelInfo) -> ModelForecast {
        let paths = levels.compactMap { level in forecast.quantile(level).map { QuantilePath(level: level, values: $0) }
        }
        return ModelForecast(
            mean: forecast.mean, quantiles: paths, model: model.description, parameters: forecast.parameters ?? [:])
    }
}
