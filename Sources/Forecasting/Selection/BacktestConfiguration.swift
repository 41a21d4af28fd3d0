/// How the rolling-origin backtest behind automatic model selection is laid out.
///
/// The last origin's test window ends at the end of the series; earlier origins step back by ``step``. The
/// test window is ``horizon`` periods, but never more than half the series, and an origin needs at least as
/// many training periods as its test window (and at least ``minimumTrainingLength``); origins that do not
/// are dropped. Which methods can be evaluated at an origin is up to the methods: one that returns nil for
/// the training series is not scored there.
public struct BacktestConfiguration: Sendable, Hashable {
    /// Number of forecast origins (default 3).
    public var origins: Int
    /// Test window in periods; nil: min(requested horizon, season length).
    public var horizon: Int?
    /// Periods between origins; nil: the test window divided by the number of origins, rounded up.
    public var step: Int?
    /// Fewest training periods an origin may have (default 4).
    public var minimumTrainingLength: Int

    /// Creates a configuration.
    public init(origins: Int = 3, horizon: Int? = nil, step: Int? = nil, minimumTrainingLength: Int = 4) {
        self.origins = origins
        self.horizon = horizon
        self.step = step
        self.minimumTrainingLength = minimumTrainingLength
    }

    /// The layout for a series of `length` periods, a requested horizon and a season length: the test window
    /// and the training lengths of the origins, oldest first (empty when the series is too short).
    public func layout(length: Int, horizon requested: Int, seasonLength: Int) -> (testLength: Int, training: [Int]) {
        let window = min(max(1, horizon ?? min(max(1, requested), seasonLength)), length / 2)
        guard window >= 1, origins >= 1 else { return (0, []) }
        let stride = max(1, step ?? (window + origins - 1) / origins)
        let training = (0..<origins).map { length - window - stride * (origins - 1 - $0) }
            .filter { $0 >= window && $0 >= minimumTrainingLength }
        return (window, training)
    }
}
