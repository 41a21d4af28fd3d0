/// One method's backtest result for one series, averaged over the origins where it could be evaluated.
public struct BacktestScore: Sendable, Codable, Hashable {
    /// The method's ``ForecastMethod/id``.
    public var methodID: String
    /// Mean MASE over origins; nil when the method could not be evaluated.
    public var mase: Double?
    /// Mean sMAPE (0–200) over origins.
    public var smape: Double?
    /// Mean error (forecast − actual) over all test periods.
    public var bias: Double?
    /// Total error relative to total actual, Σ(F − A) / ΣA, over all test periods.
    public var relativeBias: Double?
    /// Share of actuals inside the 80 % interval [q0.1, q0.9].
    public var coverage80: Double?
    /// Share of actuals inside the 95 % interval [q0.025, q0.975].
    public var coverage95: Double?
    /// Number of origins at which the method produced a forecast.
    public var origins: Int

    /// Creates a score.
    public init(
        methodID: String, mase: Double? = nil, smape: Double? = nil, bias: Double? = nil,
        relativeBias: Double? = nil, coverage80: Double? = nil, coverage95: Double? = nil, origins: Int = 0
    ) {
        self.methodID = methodID
        self.mase = mase
        self.smape = smape
        self.bias = bias
        self.relativeBias = relativeBias
        self.coverage80 = coverage80
        self.coverage95 = coverage95
        self.origins = origins
    }
}
