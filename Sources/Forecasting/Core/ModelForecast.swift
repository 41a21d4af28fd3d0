/// A method's forecast for one series: the mean path, quantile paths, and what was fitted.
public struct ModelForecast: Sendable, Hashable, Codable {
    /// Point forecast per future period (≥ 0).
    public var mean: [Double]
    /// Quantile paths, ordered by level; each path has one value per period, ≥ 0 and non-decreasing in level.
    public var quantiles: [QuantilePath]
    /// What was fitted, for people: "ETS(A,Ad,M)", "Säsongsnaiv (52)".
    public var model: String
    /// Fitted parameters by name (smoothing weights, damping, seasonal strength, …).
    public var parameters: [String: Double]

    /// Creates a forecast.
    public init(mean: [Double], quantiles: [QuantilePath], model: String, parameters: [String: Double]) {
        self.mean = mean
        self.quantiles = quantiles
        self.model = model
        self.parameters = parameters
    }

    /// The path for `level`, if it was forecast.
    public func quantile(_ level: Double) -> [Double]? {
        quantiles.first { abs($0.level - level) < 1e-9 }?.values
    }

    /// Number of periods.
    public var horizon: Int { mean.count }
}

/// One quantile level's forecast path.
public struct QuantilePath: Sendable, Hashable, Codable {
    /// The probability level in (0, 1), e.g. 0.9.
    public var level: Double
    /// One value per future period.
    public var values: [Double]

    /// Creates a path.
    public init(level: Double, values: [Double]) {
        self.level = level
        self.values = values
    }
}

/// Quantile levels every stored forecast has: the median and the 80 % and 95 % central intervals.
public enum StandardQuantiles {
    /// 2.5 %, 10 %, 50 %, 90 %, 97.5 %.
    public static let levels: [Double] = [0.025, 0.1, 0.5, 0.9, 0.975]
}
