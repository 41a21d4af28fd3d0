public import ForecastPlugin

/// A successful, fully validated plugin run.
public struct PluginRun: Sendable, Hashable {
    /// The validated response.
    public var response: ForecastResponse
    /// Provenance to store with the forecast.
    public var provenance: PluginProvenance
    /// The plugin's standard error (at most the configured cap), for the log.
    public var log: String

    /// Creates a run.
    public init(response: ForecastResponse, provenance: PluginProvenance, log: String) {
        self.response = response
        self.provenance = provenance
        self.log = log
    }
}
