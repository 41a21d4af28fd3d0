/// What the host sends a plugin on standard input.
public struct ForecastRequest: Sendable, Hashable, Codable {
    /// What the plugin is asked to do.
    public enum Command: String, Sendable, Hashable, Codable {
        /// Describe the model (the response has no forecasts). Used by the conformance kit and on loading.
        case describe
        /// Forecast every series in ``ForecastRequest/series``.
        case forecast
    }

    /// The protocol version of this message.
    public var protocolVersion: Int
    /// What to do.
    public var command: Command
    /// Number of future periods to forecast (0 for `describe`).
    public var horizon: Int
    /// Quantile levels to forecast, each in (0, 1), ascending (empty for `describe`).
    public var quantiles: [Double]
    /// The frequency of every series in the request.
    public var frequency: PluginFrequency
    /// The series to forecast (empty for `describe`).
    public var series: [SeriesInput]

    /// Creates a request.
    public init(
        protocolVersion: Int = ForecastPluginProtocol.currentVersion, command: Command, horizon: Int,
        quantiles: [Double], frequency: PluginFrequency, series: [SeriesInput]
    ) {
        self.protocolVersion = protocolVersion
        self.command = command
        self.horizon = horizon
        self.quantiles = quantiles
        self.frequency = frequency
        self.series = series
    }

    /// A `describe` request.
    public static func describe(frequency: PluginFrequency = .weekly) -> ForecastRequest {
        ForecastRequest(command: .describe, horizon: 0, quantiles: [], frequency: frequency, series: [])
    }
}
