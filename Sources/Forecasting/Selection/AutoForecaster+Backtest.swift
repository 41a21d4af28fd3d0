extension AutoForecaster {
    /// Quantile levels the backtest needs for interval coverage, besides the configured ones.
    static let coverageLevels: [Double] = [0.025, 0.1, 0.9, 0.975]

    /// Backtest scores per series (outer, in `batch` order) and method (inner, in `methods` order).
    ///
    /// Origin k of every series that has one is forecast in one `forecast(batch:)` call per method. A
    /// ``CombinationMethod`` whose components are all earlier candidates (same id and version) is computed
    /// from their forecasts instead of refitting them.
    func backtestScores(_ batch: [TimeSeries], horizon: Int) -> [[BacktestScore]] {
        let layouts = batch.map {
            backtest.layout(length: $0.count, horizon: horizon, seasonLength: $0.frequency.seasonLength)
        }
        let values = batch.map { ForecastSupport.values(of: $0) }
        let levels = ForecastSupport.levels(quantiles + Self.coverageLevels)
        let reuse = methods.indices.map { combinationComponents(of: $0) }
        var accumulators = [[BacktestAccumulator]](
            repeating: Array(repeating: BacktestAccumulator(), count: methods.count), count: batch.count)
        let slots = layouts.map(\.training.count).max() ?? 0
        for slot in 0..<slots {
            let members = batch.indices.filter { layouts[$0].training.count > slot }
            let prefixes = members.map { batch[$0].prefix(layouts[$0].training[slot]) }
            let testLength = members.map { layouts[$0].testLength }.max() ?? 0
            var outputs: [[ModelForecast?]] = []
            for (method, components) in zip(methods, reuse) {
                let forecasts: [ModelForecast?]
                if let components {
                    forecasts = members.indices.map { row in
                        CombinationMethod.combine(components.map { outputs[$0][row] })
                    }
                } else {
                    forecasts = method.forecast(batch: prefixes, horizon: testLength, quantiles: levels)
                }
                outputs.append(members.indices.map { $0 < forecasts.count ? forecasts[$0] : nil })
            }
            for (row, index) in members.enumerated() {
                let training = layouts[index].training[slot]
                let actual = Array(values[index][training..<(training + layouts[index].testLength)])
                let past = Array(values[index].prefix(training))
                for method in methods.indices {
                    guard let forecast = outputs[method][row] else { continue }
                    accumulators[index][method].add(
                        forecast, actual: actual, training: past, seasonLength: batch[index].frequency.seasonLength)
                }
            }
        }
        return accumulators.map { row in zip(methods, row).map { $1.score(methodID: $0.id) } }
    }

    /// For a combination whose components are all earlier candidates, their indices; otherwise nil.
    private func combinationComponents(of index: Int) -> [Int]? {
        guard let combination = methods[index] as? CombinationMethod else { return nil }
        var indices: [Int] = []
        for component in combination.components {
            guard
                let match = methods.prefix(index).firstIndex(where: {
                    $0.id == component.id && $0.version == component.version && !($0 is CombinationMethod)
                })
            else { return nil }
            indices.append(match)
        }
        return indices
    }
}
