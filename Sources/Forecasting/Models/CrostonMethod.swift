/// Croston's method with the Syntetos–Boylan approximation (SBA) for intermittent demand: demand sizes and the
/// intervals between demands are smoothed separately, and the flat forecast rate is (1 − β/2) · size / interval.
///
/// The two smoothing weights are fitted by minimising the in-sample one-step squared error (first a common
/// weight, then each weight in turn, by golden-section search on [0.01, 0.99]). Returns nil unless the series
/// is intermittent: at least 30 % zeros and at least two non-zero periods.
public struct CrostonMethod: ForecastMethod {
    /// "croston-sba".
    public var id: String { "croston-sba" }
    /// Implementation version.
    public var version: String { "1" }
    /// The smallest share of zero periods for which the method applies.
    public var minimumZeroShare: Double

    /// Creates the method; by default it applies to series with at least 30 % zero periods.
    public init(minimumZeroShare: Double = 0.3) {
        self.minimumZeroShare = minimumZeroShare
    }

    /// Forecasts the SBA demand rate; nil when the series is not intermittent.
    public func forecast(_ series: TimeSeries, horizon: Int, quantiles: [Double]) -> ModelForecast? {
        let values = ForecastSupport.values(of: series)
        let demands = values.count { $0 > 0 }
        guard !values.isEmpty, demands >= 2,
            Double(values.count - demands) >= minimumZeroShare * Double(values.count)
        else { return nil }
        func sse(_ alpha: Double, _ beta: Double) -> Double { Self.run(values, alpha: alpha, beta: beta).sse }
        var alpha = ScalarMinimizer.goldenSection(lower: 0.01, upper: 0.99) { sse($0, $0) }
        var beta = ScalarMinimizer.goldenSection(lower: 0.01, upper: 0.99) { sse(alpha, $0) }
        alpha = ScalarMinimizer.goldenSection(lower: 0.01, upper: 0.99) { sse($0, beta) }
        beta = ScalarMinimizer.goldenSection(lower: 0.01, upper: 0.99) { sse(alpha, $0) }
        let fit = Self.run(values, alpha: alpha, beta: beta)
        let sigma = (fit.sse / Double(max(1, fit.errors))).squareRoot()
        return ForecastSupport.flat(
            value: fit.rate, horizon: horizon, levels: quantiles, model: "Croston-SBA",
            parameters: ["alpha": alpha, "beta": beta, "rate": fit.rate, "sigma": sigma]
        ) { _ in sigma }
    }

    /// Runs the smoother: the final forecast rate, the one-step SSE after the first demand, and its error count.
    static func run(_ values: [Double], alpha: Double, beta: Double) -> (rate: Double, sse: Double, errors: Int) {
        let correction = 1 - beta / 2
        var size = 0.0
        var interval = 0.0
        var sinceDemand = 0
        var started = false
        var sse = 0.0
        var errors = 0
        for value in values {
            sinceDemand += 1
            if started {
                let error = value - correction * size / interval
                sse += error * error
                errors += 1
            }
            guard value > 0 else { continue }
            if started {
                size += alpha * (value - size)
                interval += beta * (Double(sinceDemand) - interval)
            } else {
                size = value
                interval = Double(sinceDemand)
                started = true
            }
            sinceDemand = 0
        }
        return (started ? correction * size / interval : 0, sse, errors)
    }
}
