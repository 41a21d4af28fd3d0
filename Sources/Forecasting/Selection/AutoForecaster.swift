import Foundation
import PlanningDomain

/// Chooses a forecasting method per series by a rolling-origin backtest and forecasts with it.
///
/// Every method is backtested at the origins of ``BacktestConfiguration`` (one `forecast(batch:)` call per
/// method and origin, so external plugins can batch); the method with the lowest mean MASE over the most
/// origins wins, ties going to the method listed first (list simpler methods first). The winner is refitted
/// on the whole series. A pinned method skips the choice, but the backtest is still run and reported.
///
/// Fallbacks, so every series of length ≥ 1 gets an answer (each sets ``AutoForecastResult/note``):
/// - an all-zero series: zeros with zero-width intervals (method "mean");
/// - one observation: that value, flat (method "mean");
/// - too short for any backtest origin (see ``BacktestConfiguration``): the pinned method if it applies,
///   otherwise the series mean;
/// - no method could be evaluated at any origin, or none fits the whole series: the series mean;
/// - the chosen method fails on the whole series: the next best by backtest.
///
/// Results are deterministic: `run(batch:)` splits the batch into contiguous chunks processed concurrently,
/// but every series' result depends only on that series.
public struct AutoForecaster: Sendable {
    /// The candidate methods, simplest first.
    public var methods: [any ForecastMethod]
    /// The backtest layout.
    public var backtest: BacktestConfiguration
    /// The quantile levels of the returned forecasts.
    public var quantiles: [Double]
    /// How many chunks of a batch run at once (default: the number of active processors).
    public var concurrency: Int

    /// Creates a forecaster over `methods`.
    public init(
        methods: [any ForecastMethod], backtest: BacktestConfiguration = .init(),
        quantiles: [Double] = StandardQuantiles.levels
    ) {
        self.methods = methods
        self.backtest = backtest
        self.quantiles = quantiles
        self.concurrency = ProcessInfo.processInfo.activeProcessorCount
    }

    /// Selects a method for `series` and forecasts `horizon` periods.
    public func run(_ series: TimeSeries, horizon: Int, pinnedMethod: String? = nil) -> AutoForecastResult {
        process([series], horizon: horizon, pinnedMethod: pinnedMethod)[0]
    }

    /// Selects a method for each series and forecasts `horizon` periods, in the order of `batch`.
    public func run(batch: [TimeSeries], horizon: Int, pinnedMethod: String? = nil) -> [AutoForecastResult] {
        let forecaster = self
        return ParallelChunks.map(batch, concurrency: concurrency) { chunk in
            forecaster.process(chunk, horizon: horizon, pinnedMethod: pinnedMethod)
        }
    }

    private func process(_ batch: [TimeSeries], horizon: Int, pinnedMethod: String?) -> [AutoForecastResult] {
        let steps = max(0, horizon)
        let pinnedIndex = pinnedMethod.flatMap { id in methods.firstIndex { $0.id == id } }
        let unknownPinned = pinnedMethod.flatMap { pinnedIndex == nil ? SelectionNotes.unknownPinned($0) : nil }
        var results = [AutoForecastResult?](repeating: nil, count: batch.count)
        var evaluated: [Int] = []
        for (index, series) in batch.enumerated() {
            if let result = fallback(series, horizon: steps, pinnedIndex: pinnedIndex) {
                results[index] = result
            } else {
                evaluated.append(index)
            }
        }
        let scores = backtestScores(evaluated.map { batch[$0] }, horizon: steps)
        // Per evaluated series (in `evaluated` order), the methods to try on the whole series, best first.
        var plans: [(order: [Int], note: String?)] = []
        for (position, index) in evaluated.enumerated() {
            let series = batch[index]
            let ranked = Self.rank(scores[position])
            let used = ranked.first.map { scores[position][$0].origins } ?? 0
            var note = unknownPinned
            if pinnedIndex == nil, ranked.isEmpty {
                note = SelectionNotes.noneEvaluated(series.count, series.frequency)
            } else if pinnedIndex == nil, used < backtest.origins {
                note = SelectionNotes.fewOrigins(
                    series.count, series.frequency, used: used, configured: backtest.origins)
            }
            let order = pinnedIndex.map { pinned in [pinned] + ranked.filter { $0 != pinned } } ?? ranked
            plans.append((order, note))
        }
        let refits = refit(zip(evaluated, plans).map { (batch[$0], $1.order) }, horizon: steps)
        for (position, index) in evaluated.enumerated() {
            let plan = plans[position]
            guard let refit = refits[position] else {
                let note = plan.order.isEmpty ? plan.note : SelectionNotes.allFailed
                results[index] = meanResult(batch[index], horizon: steps, scores: scores[position], note: note)
                continue
            }
            var note = plan.note
            if let first = plan.order.first, first != refit.method {
                note = SelectionNotes.replaced(methods[first].id, by: methods[refit.method].id)
            }
            results[index] = AutoForecastResult(
                chosenMethod: methods[refit.method].id, forecast: ForecastSupport.finalize(refit.forecast),
                scores: scores[position], note: note)
        }
        return results.map { $0! }
    }
}
