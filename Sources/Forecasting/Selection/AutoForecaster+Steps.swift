extension AutoForecaster {
    /// The result for series that need no backtest (empty, all zero, one value, too short), or nil.
    func fallback(_ series: TimeSeries, horizon: Int, pinnedIndex: Int?) -> AutoForecastResult? {
        let values = ForecastSupport.values(of: series)
        if values.isEmpty {
            return meanResult(series, horizon: horizon, scores: [], note: SelectionNotes.empty)
        }
        if values.allSatisfy({ $0 == 0 }) {
            return meanResult(series, horizon: horizon, scores: [], note: SelectionNotes.allZero)
        }
        if values.count == 1 {
            return meanResult(series, horizon: horizon, scores: [], note: SelectionNotes.single)
        }
        let layout = backtest.layout(
            length: series.count, horizon: horizon, seasonLength: series.frequency.seasonLength)
        guard layout.training.isEmpty else { return nil }
        if let pinnedIndex, let forecast = methods[pinnedIndex].forecast(series, horizon: horizon, quantiles: quantiles)
        {
            return AutoForecastResult(
                chosenMethod: methods[pinnedIndex].id, forecast: ForecastSupport.finalize(forecast), scores: [],
                note: SelectionNotes.tooShortPinned(series.count, series.frequency, method: methods[pinnedIndex].id))
        }
        return meanResult(
            series, horizon: horizon, scores: [], note: SelectionNotes.tooShort(series.count, series.frequency))
    }

    /// The series mean as the answer ("mean"); zeros for an empty series.
    func meanResult(_ series: TimeSeries, horizon: Int, scores: [BacktestScore], note: String?) -> AutoForecastResult {
        let forecast =
            MeanMethod().forecast(series, horizon: horizon, quantiles: quantiles)
            ?? ForecastSupport.flat(value: 0, horizon: horizon, levels: quantiles, model: "Noll", parameters: [:]) {
                _ in 0
            }
        return AutoForecastResult(chosenMethod: "mean", forecast: forecast, scores: scores, note: note)
    }

    /// Method indices with a score, best first: most origins, then lowest mean MASE, then list order.
    static func rank(_ scores: [BacktestScore]) -> [Int] {
        let scored = scores.indices.filter { scores[$0].mase != nil && scores[$0].origins > 0 }
        return scored.sorted { a, b in
            let (left, right) = (scores[a], scores[b])
            if left.origins != right.origins { return left.origins > right.origins }
            let (leftMASE, rightMASE) = (left.mase ?? .infinity, right.mase ?? .infinity)
            if leftMASE != rightMASE { return leftMASE < rightMASE }
            return a < b
        }
    }

    /// Refits on whole series: each series tries its methods in order until one gives a forecast. Series that
    /// share their next method are forecast in one batch call per round.
    func refit(_ plans: [(series: TimeSeries, order: [Int])], horizon: Int) -> [(method: Int, forecast: ModelForecast)?]
    {
        var results = [(method: Int, forecast: ModelForecast)?](repeating: nil, count: plans.count)
        var attempt = [Int](repeating: 0, count: plans.count)
        var pending = plans.indices.filter { !plans[$0].order.isEmpty }
        while !pending.isEmpty {
            var byMethod: [Int: [Int]] = [:]
            for index in pending { byMethod[plans[index].order[attempt[index]], default: []].append(index) }
            for method in byMethod.keys.sorted() {
                let members = byMethod[method]!
                let forecasts = methods[method].forecast(
                    batch: members.map { plans[$0].series }, horizon: horizon, quantiles: quantiles)
                for (offset, index) in members.enumerated() {
                    if offset < forecasts.count, let forecast = forecasts[offset], forecast.mean.count == horizon {
                        results[index] = (method, forecast)
                    }
                }
            }
            for index in pending { attempt[index] += 1 }
            pending = pending.filter { results[$0] == nil && attempt[$0] < plans[$0].order.count }
        }
        return results
    }
}
