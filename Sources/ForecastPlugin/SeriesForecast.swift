/// A plugin's forecast for one series.
public struct SeriesForecast: Sendable, Hashable, Codable {
    /// The series id from the request.
    public var id: String
    /// Point forecast per future period; finite and ≥ 0.
    public var mean: [Double]
    /// Quantile paths keyed by level as a decimal string ("0.1", "0.975"); one value per period, finite, ≥ 0 and
    /// non-decreasing in level.
    public var quantiles: [String: [Double]]
    /// Fitted parameters by name (optional); finite numbers.
    public var parameters: [String: Double]?

    /// Creates a forecast.
    public init(id: String, mean: [Double], quantiles: [String: [Double]], parameters: [String: Double]? = nil) {
        self.id = id
        self.mean = mean
        self.quantiles = quantiles
        self.parameters = parameters
    }

    /// The path for `level`, matching the key numerically ("0.10" and "0.1" are the same level).
    public func quantile(_ level: Double) -> [Double]? {
        quantiles.first { QuantileKey.level(of: $0.key).map { abs($0 - level) < 1e-9 } ?? false }?.value
    }
}
