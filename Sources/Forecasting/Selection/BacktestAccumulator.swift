/// Running sums of one method's backtest errors on one series, over origins.
struct BacktestAccumulator {
    private var maseSum = 0.0
    private var smapeSum = 0.0
    private var errorSum = 0.0
    private var actualSum = 0.0
    private var points = 0
    private var inside80 = 0
    private var points80 = 0
    private var inside95 = 0
    private var points95 = 0
    private(set) var origins = 0

    /// Adds one origin's forecast against the actual test values and the training series that preceded it.
    mutating func add(_ forecast: ModelForecast, actual: [Double], training: [Double], seasonLength: Int) {
        let length = actual.count
        guard forecast.mean.count >= length, length > 0 else { return }
        let mean = Array(forecast.mean.prefix(length))
        guard
            let mase = AccuracyMetrics.mase(
                forecast: mean, actual: actual, training: training, seasonLength: seasonLength),
            let smape = AccuracyMetrics.smape(forecast: mean, actual: actual)
        else { return }
        origins += 1
        maseSum += mase
        smapeSum += smape
        for (f, a) in zip(mean, actual) {
            errorSum += f - a
            actualSum += a
        }
        points += length
        if let inside = Self.inside(forecast, 0.1, 0.9, actual) {
            inside80 += inside
            points80 += length
        }
        if let inside = Self.inside(forecast, 0.025, 0.975, actual) {
            inside95 += inside
            points95 += length
        }
    }

    /// The averaged score.
    func score(methodID: String) -> BacktestScore {
        guard origins > 0, points > 0 else { return BacktestScore(methodID: methodID) }
        return BacktestScore(
            methodID: methodID, mase: maseSum / Double(origins), smape: smapeSum / Double(origins),
            bias: errorSum / Double(points), relativeBias: actualSum > 0 ? errorSum / actualSum : nil,
            coverage80: points80 > 0 ? Double(inside80) / Double(points80) : nil,
            coverage95: points95 > 0 ? Double(inside95) / Double(points95) : nil, origins: origins)
    }

    private static func inside(_ forecast: ModelForecast, _ low: Double, _ high: Double, _ actual: [Double]) -> Int? {
        guard let lower = forecast.quantile(low), let upper = forecast.quantile(high),
            lower.count >= actual.count, upper.count >= actual.count
        else { return nil }
        return actual.indices.count { lower[$0] <= actual[$0] && actual[$0] <= upper[$0] }
    }
}
