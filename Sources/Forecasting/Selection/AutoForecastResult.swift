/// The outcome of automatic model selection for one series.
public struct AutoForecastResult: Sendable {
    /// The id of the method whose forecast this is ("mean" for the documented fallbacks).
    public var chosenMethod: String
    /// The forecast over the requested horizon.
    public var forecast: ModelForecast
    /// The backtest score of every candidate, in candidate order (empty when no backtest was possible).
    public var scores: [BacktestScore]
    /// Why a fallback was used, in Swedish for planners; nil when the backtest chose normally.
    public var note: String?

    /// Creates a result.
    public init(chosenMethod: String, forecast: ModelForecast, scores: [BacktestScore], note: String?) {
        self.chosenMethod = chosenMethod
        self.forecast = forecast
        self.scores = scores
        self.note = note
    }
}
