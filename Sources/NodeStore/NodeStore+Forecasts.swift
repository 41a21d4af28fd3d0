public import Forecasting
import Foundation
import GRDB
public import PlanningDomain

/// A planning object's weekly series as stored, dense from its first week to the node's last week.
public struct StoredSeries: Sendable, Hashable {
    /// The planning object's code.
    public var objectCode: String
    /// The producing unit's code.
    public var unitCode: String
    /// The first week with data for this object.
    public var firstWeek: ISOWeek
    /// One value per week from `firstWeek` to the series' last week; weeks without a row count as 0.
    public var values: [Double]
}

/// One object's forecast to store.
public struct NewForecast: Sendable {
    /// The planning object's code.
    public var objectCode: String
    /// The method that made it ("ets", "plugin:…").
    public var method: String
    /// The method's version.
    public var methodVersion: String
    /// The forecast; its quantiles must include ``StandardQuantiles/levels``.
    public var forecast: ModelForecast
    /// Fingerprint of the input series, so a rerun on the same data is recognisable.
    public var inputFingerprint: String
    /// Weeks of history used.
    public var historyWeeks: Int
    /// True when the planner pinned the method.
    public var pinned: Bool
    /// A note for planners (fallbacks), Swedish.
    public var note: String?
    /// The backtest that chose the method.
    public var scores: [StoredBacktestScore]

    /// Creates an entry.
    public init(
        objectCode: String, method: String, methodVersion: String, forecast: ModelForecast, inputFingerprint: String,
        historyWeeks: Int, pinned: Bool, note: String?, scores: [StoredBacktestScore]
    ) {
        self.objectCode = objectCode
        self.method = method
        self.methodVersion = methodVersion
        self.forecast = forecast
        self.inputFingerprint = inputFingerprint
        self.historyWeeks = historyWeeks
        self.pinned = pinned
        self.note = note
        self.scores = scores
    }
}

/// A backtest score as stored.
public struct StoredBacktestScore: Sendable, Hashable {
    /// Method id.
    public var method: String
    /// Mean absolute scaled error over the backtest origins.
    public var mase: Double?
    /// Symmetric MAPE, 0–200.
    public var smape: Double?
    /// Mean error (forecast − actual).
    public var bias: Double?
    /// Share of actuals inside the 80 % interval.
    public var coverage80: Double?
    /// Share of actuals inside the 95 % interval.
    public var coverage95: Double?
    /// Origins evaluated.
    public var origins: Int
    /// True for the method that was used.
    public var chosen: Bool

    /// Creates a score.
    public init(
        method: String, mase: Double?, smape: Double?, bias: Double?, coverage80: Double?, coverage95: Double?,
        origins: Int, chosen: Bool
    ) {
        self.method = method
        self.mase = mase
        self.smape = smape
        self.bias = bias
        self.coverage80 = coverage80
        self.coverage95 = coverage95
        self.origins = origins
        self.chosen = chosen
    }
}

/// A forecast run to store: provenance plus one forecast per object.
public struct NewForecastRun: Sendable {
    /// When the run started and finished (ISO 8601).
    public var startedAt: String
    /// When the run finished.
    public var finishedAt: String
    /// Which series was forecast.
    public var series: ActivitySeries
    /// Weeks ahead.
    public var horizon: Int
    /// The last week of history; the forecast starts the week after.
    public var lastHistoryWeek: ISOWeek
    /// What was forecast, for people ("alla planeringsobjekt", "enhet ORT").
    public var scope: String
    /// The forecasting engine's version.
    public var engineVersion: String
    /// The forecasts.
    public var forecasts: [NewForecast]

    /// Creates a run.
    public init(
        startedAt: String, finishedAt: String, series: ActivitySeries, horizon: Int, lastHistoryWeek: ISOWeek,
        scope: String, engineVersion: String, forecasts: [NewForecast]
    ) {
        self.startedAt = startedAt
        self.finishedAt = finishedAt
        self.series = series
        self.horizon = horizon
        self.lastHistoryWeek = lastHistoryWeek
        self.scope = scope
        self.engineVersion = engineVersion
        self.forecasts = forecasts
    }
}

/// A stored forecast with its run's provenance and backtest.
public struct StoredForecast: Sendable {
    /// The run's id.
    public var runID: Int64
    /// When the run finished.
    public var runFinishedAt: String
    /// The planning object.
    public var objectCode: String
    /// The producing unit.
    public var unitCode: String
    /// Method, version and model.
    public var method: String
    /// The method's version.
    public var methodVersion: String
    /// The fitted model, for people.
    public var model: String
    /// Fitted parameters.
    public var parameters: [String: Double]
    /// Input fingerprint.
    public var inputFingerprint: String
    /// Weeks of history used.
    public var historyWeeks: Int
    /// Pinned by a planner.
    public var pinned: Bool
    /// Fallback note.
    public var note: String?
    /// The forecast weeks.
    public var weeks: [ISOWeek]
    /// The forecast values, with ``StandardQuantiles/levels``.
    public var forecast: ModelForecast
    /// The backtest, best first.
    public var scores: [StoredBacktestScore]
}
