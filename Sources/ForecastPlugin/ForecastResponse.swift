/// What a plugin writes to standard output. Decode it only through ``ForecastResponseValidator``, which checks
/// the exact keys and every number before anything is used.
public struct ForecastResponse: Sendable, Hashable, Codable {
    /// The protocol version of this message; must equal the request's.
    public var protocolVersion: Int
    /// Which model answered.
    public var model: PluginModelInfo
    /// One forecast per requested series (none for `describe`).
    public var forecasts: [SeriesForecast]

    /// Creates a response.
    public init(
        protocolVersion: Int = ForecastPluginProtocol.currentVersion, model: PluginModelInfo,
        forecasts: [SeriesForecast]
    ) {
        self.protocolVersion = protocolVersion
        self.model = model
        self.forecasts = forecasts
    }
}
